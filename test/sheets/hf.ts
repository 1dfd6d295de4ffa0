import type { HyperFormula } from 'hyperformula';
import { Cell, WorkbookBlueprint, cellAddress, isFormula, sheetRef } from '../../src/sheets/shared/blueprint';
import { CellPos } from '../../src/sheets/shared/cells';
import { newFormulaEngine, textContent } from '../support/formulaEngine';

/**
 * The blueprint loaded into HyperFormula, a real formula engine, as a spreadsheet would hold it:
 * formulas as formulas, everything else as values. HyperFormula reads a string starting with "="
 * as a formula unless it is prefixed with an apostrophe, as a typed cell would be.
 */
export function hfContent(cell: Cell): string | number | boolean | null {
  if (isFormula(cell)) return cell.formula;
  return typeof cell === 'string' ? textContent(cell) : cell;
}

export interface LoadedWorkbook {
  hf: HyperFormula;
  value(sheet: string, pos: CellPos): unknown;
  /** A number, failing the test with the cell's address if the cell holds anything else. */
  number(sheet: string, pos: CellPos): number;
  set(sheet: string, pos: CellPos, content: string | number | null): void;
  formula(sheet: string, pos: CellPos): string | undefined;
}

export function loadBlueprint(bp: WorkbookBlueprint): LoadedWorkbook {
  const hf = newFormulaEngine();
  for (const s of bp.sheets) hf.addSheet(s.name);
  const id = (sheet: string) => {
    const found = hf.getSheetId(sheet);
    if (found === undefined) throw new Error(`no sheet ${sheet}`);
    return found;
  };
  hf.batch(() => {
    for (const n of bp.names) {
      hf.addNamedExpression(n.name, `=${sheetRef(n.sheet)}!${cellAddress(n.range.row, n.range.col, true)}`);
    }
    for (const s of bp.sheets) {
      for (const b of s.blocks) {
        hf.setCellContents(
          { sheet: id(s.name), row: b.row, col: b.col },
          b.cells.map((r) => r.map(hfContent)),
        );
      }
    }
  });
  const value = (sheet: string, pos: CellPos) => hf.getCellValue({ sheet: id(sheet), ...pos });
  return {
    hf,
    value,
    number(sheet, pos) {
      const v = value(sheet, pos);
      if (typeof v !== 'number')
        throw new Error(`${sheet}!${cellAddress(pos.row, pos.col)} is ${JSON.stringify(v)}, not a number`);
      return v;
    },
    set(sheet, pos, content) {
      hf.setCellContents({ sheet: id(sheet), ...pos }, [[content]]);
    },
    formula(sheet, pos) {
      return hf.getCellFormula({ sheet: id(sheet), ...pos });
    },
  };
}
