/**
 * The formula engine the tests recalculate with: HyperFormula, set up as Excel computes. Shared by the
 * sheet tests (test/sheets/hf.ts, over a blueprint) and the fake Excel (test/fake-excel/calc.ts, over
 * what the writer put in the fake workbook), so both answer with the same arithmetic.
 */
import { DetailedCellError, HyperFormula, type RawCellContent, type SerializedNamedExpression } from 'hyperformula';

/**
 * Array arithmetic on: Excel (and LibreOffice) evaluate SUMPRODUCT's arguments, and comparisons inside
 * it, as arrays. No smart rounding: the raw double, as Excel's `values` returns it.
 */
export function newFormulaEngine(
  sheets?: Record<string, RawCellContent[][]>,
  names?: SerializedNamedExpression[],
): HyperFormula {
  const config = { licenseKey: 'gpl-v3', smartRounding: false, useArrayArithmetic: true };
  return sheets ? HyperFormula.buildFromSheets(sheets, config, names) : HyperFormula.buildEmpty(config);
}

/** Text as typed into a cell: HyperFormula reads "=…" as a formula unless it is prefixed with an apostrophe. */
export function textContent(text: string): string {
  return /^[='']/.test(text) ? `'${text}` : text;
}

/** An engine value as Excel's `range.values` gives it: errors as their text ("#DIV/0!"), an empty cell as "". */
export function excelValue(v: unknown): string | number | boolean {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return '';
  return v as string | number | boolean;
}
