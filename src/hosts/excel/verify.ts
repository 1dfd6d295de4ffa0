/**
 * After a write: ask Excel what it computed for the plan's headline cells and compare with the planner's
 * figures (headlines.ts), so a difference between the two never reaches a committee unseen.
 *
 * One request: each sheet's checked cells are read as the few column spans that hold them (an area's ES
 * column is one span, however many areas), after the sync that ended the write. Excel recalculates
 * automatically after a write (calculation mode Automatic); when the workbook is set to Manual, the read asks
 * for a full recalculation first (application.calculate, ExcelApi 1.1) so the values are current.
 */
import { cellAddress, sheetRef } from '../../sheets/shared/blueprint';
import { type HeadlineCheck, type HeadlineChecks, agrees } from './headlines';

export interface Difference {
  /** "'25% coverage'!C20" as the workbook names it now. */
  cell: string;
  label: string;
  /** What Excel holds there: a number, an error such as "#REF!", text, or "" for empty. */
  excel: unknown;
  planner: number;
  /** What to do, in plain words. */
  advice: string;
}

export interface Verification {
  /** agrees: every cell checked and equal; differs: some cells differ; unchecked: Excel could not be asked. */
  status: 'agrees' | 'differs' | 'unchecked';
  areas: number;
  scenarios: number;
  checked: number;
  differences: Difference[];
  /** Why the cells could not be read (status unchecked). */
  error?: string;
  /** One sentence for the pane. */
  summary: string;
}

const ADVICE_ERROR =
  'Excel shows an error in this cell: a formula the planner wrote does not work here. Write the plan again; if it stays, send "About this Excel" to support.';
const ADVICE_DIFF =
  'Excel computes another figure than the planner: do not use this plan until it agrees. Check the cell was not typed over, write the plan again, and if it still differs send "About this Excel" to support.';

function advice(excel: unknown): string {
  return typeof excel === 'string' && excel.startsWith('#') ? ADVICE_ERROR : ADVICE_DIFF;
}

/** The checks of one sheet, grouped by column into spans from the first checked row to the last. */
function spans(checks: HeadlineCheck[]): { col: number; first: number; rows: number; checks: HeadlineCheck[] }[] {
  const byCol = new Map<number, HeadlineCheck[]>();
  for (const c of checks) byCol.set(c.pos.col, [...(byCol.get(c.pos.col) ?? []), c]);
  return [...byCol].map(([col, list]) => {
    const first = Math.min(...list.map((c) => c.pos.row));
    const last = Math.max(...list.map((c) => c.pos.row));
    return { col, first, rows: last - first + 1, checks: list };
  });
}

function describe(e: unknown): string {
  const err = e as { message?: string; code?: string };
  return `${err?.message ?? String(e)}${err?.code ? ` [${err.code}]` : ''}`;
}

/**
 * Reads the headline cells back and compares them. `sheetNames` maps the blueprint's sheet names (lower case)
 * to the names the sheets got in the workbook. Never throws: a failed read is an "unchecked" result naming
 * the cells that went unchecked.
 */
export async function verifyWrite(
  context: Excel.RequestContext,
  headlines: HeadlineChecks,
  sheetNames: ReadonlyMap<string, string>,
): Promise<Verification> {
  const { checks, areas, scenarios } = headlines;
  const nameOf = (sheet: string) => sheetNames.get(sheet.toLowerCase()) ?? sheet;
  const cellOf = (c: HeadlineCheck) => `${sheetRef(nameOf(c.sheet))}!${cellAddress(c.pos.row, c.pos.col)}`;
  const bySheet = new Map<string, HeadlineCheck[]>();
  for (const c of checks) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  try {
    const app = context.workbook.application.load('calculationMode');
    await context.sync();
    if (app.calculationMode !== 'Automatic') app.calculate('Full');
    const reads = [...bySheet].flatMap(([sheet, list]) =>
      spans(list).map((s) => ({
        ...s,
        range: context.workbook.worksheets
          .getItem(nameOf(sheet))
          .getRangeByIndexes(s.first, s.col, s.rows, 1)
          .load('values'),
      })),
    );
    await context.sync();
    const differences: Difference[] = [];
    for (const r of reads) {
      for (const c of r.checks) {
        const excel = r.range.values[c.pos.row - r.first][0];
        if (!agrees(c, excel))
          differences.push({ cell: cellOf(c), label: c.label, excel, planner: c.expected, advice: advice(excel) });
      }
    }
    const status = differences.length ? 'differs' : 'agrees';
    const summary = differences.length
      ? `Excel does not agree: ${differences.length} of ${checks.length} headline figures differ.`
      : `Excel agrees: ${areas} areas, ${scenarios} scenario${scenarios === 1 ? '' : 's'}, every headline figure checked.`;
    return { status, areas, scenarios, checked: checks.length, differences, summary };
  } catch (e) {
    const cells = checks.slice(0, 3).map(cellOf).join(', ');
    const more = checks.length > 3 ? ` and ${checks.length - 3} more` : '';
    return {
      status: 'unchecked',
      areas,
      scenarios,
      checked: 0,
      differences: [],
      error: describe(e),
      summary: `Excel could not be asked what it computed (${describe(e)}), so the plan is not checked: compare ${cells}${more} with the pane's preview by hand, or write the plan again.`,
    };
  }
}
