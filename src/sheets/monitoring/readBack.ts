/**
 * Rows read back from an IPS_Actuals table (its values, header row first, as Office.js returns them)
 * as ActualsRow, for carryActuals (src/model/carryActuals.ts) to match onto a new plan. The columns are
 * found by their headers, so a table a user widened or reordered still reads. Blank cells are null.
 */
import type { ActualsRow } from '../../model/carryActuals';
import type { ActualColumn } from './layout';
import { KEPT_CAPTION } from './kept';
import { headerOf } from './table';

const KEYS: [ActualColumn, keyof ActualsRow][] = [
  ['area', 'area'],
  ['label', 'label'],
  ['actualSpecialists', 'specialists'],
  ['actualClients', 'clients'],
  ['actualJobOutcomes', 'jobOutcomes'],
  ['actualSustained', 'sustained'],
];

const figure = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;

/**
 * The cells of an IPS_Actuals table and its kept block whose contents the carry-over takes into the new
 * plan: area, year and the four actuals of each table row, and each kept row's six cells. `header` is the
 * table's header row at (row, col); `below` the sheet's rows after the table, from the table's first column.
 * Edits there are carried, not lost, so a replace need not ask about them; any other edit still counts.
 */
export function carriedCells(
  table: { row: number; col: number; rowCount: number; header: readonly unknown[] },
  below: readonly (readonly unknown[])[],
): (row: number, col: number) => boolean {
  const names = table.header.map((h) => String(h ?? '').trim());
  const cols = new Set(KEYS.map(([col]) => names.indexOf(headerOf(col))).filter((i) => i >= 0));
  const end = table.row + table.rowCount; // the first row after the table
  const kept = keptRows(below);
  return (row, col) => {
    const c = col - table.col;
    if (row > table.row && row < end) return cols.has(c);
    const k = row - end;
    return k >= kept.first && k < kept.end && c >= 0 && c < KEYS.length;
  };
}

/**
 * Where the kept block's rows are among the rows after the table (from the table's first column): below
 * its caption and header, until the first row without an area and year. An empty span when there is none.
 */
function keptRows(values: readonly (readonly unknown[])[]): { first: number; end: number } {
  const caption = values.findIndex((row) => String(row[0] ?? '').trim() === KEPT_CAPTION);
  if (caption < 0) return { first: 0, end: 0 };
  let end = caption + 2;
  while (end < values.length && (String(values[end][0] ?? '').trim() || String(values[end][1] ?? '').trim())) end++;
  return { first: caption + 2, end };
}

/** The table's rows; throws when a column the carry-over needs is missing (nothing should be replaced then). */
export function readActualsTable(values: readonly (readonly unknown[])[]): ActualsRow[] {
  const [header = [], ...body] = values;
  const names = header.map((h) => String(h ?? '').trim());
  const at = Object.fromEntries(
    KEYS.map(([col, key]) => {
      const i = names.indexOf(headerOf(col));
      if (i < 0)
        throw new Error(`The IPS_Actuals table has no "${headerOf(col)}" column: its actuals cannot be carried over`);
      return [key, i];
    }),
  ) as Record<keyof ActualsRow, number>;
  return body.map((row) => ({
    area: String(row[at.area] ?? '').trim(),
    label: String(row[at.label] ?? '').trim(),
    specialists: figure(row[at.specialists]),
    clients: figure(row[at.clients]),
    jobOutcomes: figure(row[at.jobOutcomes]),
    sustained: figure(row[at.sustained]),
  }));
}

/**
 * The kept block below the table (kept.ts): `values` are the sheet's rows after the table, from the
 * table's first column. Finds the caption, skips the block's header and reads rows until the first row
 * without an area and year. None when there is no caption.
 */
export function readKeptBlock(values: readonly (readonly unknown[])[]): ActualsRow[] {
  const { first, end } = keptRows(values);
  return values.slice(first, end).map((row) => {
    const [specialists, clients, jobOutcomes, sustained] = [2, 3, 4, 5].map((c) => figure(row[c]));
    return {
      area: String(row[0] ?? '').trim(),
      label: String(row[1] ?? '').trim(),
      specialists,
      clients,
      jobOutcomes,
      sustained,
    };
  });
}
