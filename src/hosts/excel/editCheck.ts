/**
 * Before a replace: which plan sheets hold something the add-in did not write (the user typed into them).
 * Compares each sheet's used range with the fingerprint kept when it was written (fingerprint.ts). One
 * request for all sheets, whatever their number; no sync in a loop.
 */
import { carriedCells } from '../../sheets/monitoring';
import { ACTUALS_TABLE } from '../../sheets/monitoring';
import { FINGERPRINT_NS, type UsedCells, changedCells, parseFingerprint } from './fingerprint';
import { type WorkbookInfo, markersOf, readWorkbookInfo } from './markers';

export interface ChangedSheet {
  /** The sheet's current name. */
  sheet: string;
  /** The first few cells that differ (A1 addresses); empty when the sheet could not be checked. */
  addresses: string[];
  /** How many cells differ. */
  count: number;
  /** No fingerprint was found (a sheet written by an older version): it may hold edits. */
  unchecked?: boolean;
}

/** Thrown by a replace that would discard edits, unless `discardEdits` confirms it. Nothing was written. */
export class PlanEditedError extends Error {
  constructor(readonly changes: ChangedSheet[]) {
    super(
      `The plan was not written, to keep your changes: ${describeChanges(changes)}. Nothing was changed. ` +
        'Copy what you need, or confirm that the new plan may replace these sheets.',
    );
    this.name = 'PlanEditedError';
  }
}

export function describeChanges(changes: ChangedSheet[]): string {
  return changes
    .map((c) => {
      if (c.unchecked) return `"${c.sheet}" could not be checked for changes`;
      const more = c.count > c.addresses.length ? ` and ${c.count - c.addresses.length} more` : '';
      return `"${c.sheet}" has ${c.count === 1 ? 'a changed cell' : 'changed cells'} (${c.addresses.join(', ')}${more})`;
    })
    .join('; ');
}

/**
 * The sheets (current name and marker) that differ from what the add-in wrote. One sync; two when a sheet
 * is `carried` (its actuals go into the new plan): on it, edits to the IPS_Actuals table's input cells and
 * its kept block are carried, not lost, and do not count, while any other edit does.
 */
export async function readChanges(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: { name: string; marker: string; carried?: boolean }[],
  stats: { syncs: number } = { syncs: 0 },
): Promise<ChangedSheet[]> {
  const wb = context.workbook;
  if (!sheets.length) return [];
  const table = sheets.some((s) => s.carried) ? await actualsTable(context, stats) : null;
  const reads = sheets.map((s) => {
    const part = info.parts.find((x) => x.namespaceUri === `${FINGERPRINT_NS}${s.marker}`);
    return {
      sheet: s.name,
      carried: s.carried && table?.sheet.toLowerCase() === s.name.toLowerCase() ? table : null,
      xml: part ? wb.customXmlParts.getItem(part.id).getXml() : null,
      used: wb.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load('formulas,rowIndex,columnIndex'),
    };
  });
  await context.sync();
  stats.syncs++;
  const changes: ChangedSheet[] = [];
  for (const r of reads) {
    const fp = r.xml ? parseFingerprint(r.xml.value) : null;
    if (!fp) {
      changes.push({ sheet: r.sheet, addresses: [], count: 0, unchecked: true });
      continue;
    }
    const used: UsedCells | null = r.used.isNullObject
      ? null
      : { row: r.used.rowIndex, col: r.used.columnIndex, formulas: r.used.formulas };
    const carried = r.carried && used ? carriedOn(r.carried, used) : undefined;
    const { addresses, count } = changedCells(fp, used, 5, carried);
    if (count > 0) changes.push({ sheet: r.sheet, addresses, count });
  }
  return changes;
}

interface ActualsTablePlace {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  header: unknown[];
}

/** Where the IPS_Actuals table is, and its header; null when there is none. One or two syncs. */
async function actualsTable(
  context: Excel.RequestContext,
  stats: { syncs: number },
): Promise<ActualsTablePlace | null> {
  const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE).load('name');
  await context.sync();
  stats.syncs++;
  if (table.isNullObject) return null;
  const sheet = table.worksheet.load('name');
  const range = table.getRange().load('rowIndex,columnIndex,rowCount');
  const header = table.getHeaderRowRange().load('values');
  await context.sync();
  stats.syncs++;
  return {
    sheet: sheet.name,
    row: range.rowIndex,
    col: range.columnIndex,
    rowCount: range.rowCount,
    header: header.values[0] ?? [],
  };
}

/** The carried cells of the table on its sheet, with the rows below it read from the used range. */
function carriedOn(table: ActualsTablePlace, used: UsedCells): (row: number, col: number) => boolean {
  const end = table.row + table.rowCount;
  const below = used.formulas
    .slice(Math.max(0, end - used.row))
    .map((row) => row.slice(Math.max(0, table.col - used.col)));
  return carriedCells(table, below);
}

/** Every plan sheet in the workbook that holds changes: for the pane to ask before replacing. Two syncs. */
export async function changedPlanCells(context: Excel.RequestContext): Promise<ChangedSheet[]> {
  const info = await readWorkbookInfo(context);
  const sheets = markersOf(info).flatMap((m) => (m.sheet ? [{ name: m.sheet, marker: m.nameItem }] : []));
  return readChanges(context, info, sheets);
}
