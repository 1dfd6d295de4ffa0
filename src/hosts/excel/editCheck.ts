/**
 * Before a replace: which plan sheets hold something the add-in did not write (the user typed into them).
 * Compares each sheet's used range with the fingerprint kept when it was written (fingerprint.ts). One
 * request for all sheets, whatever their number; no sync in a loop.
 */
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

/** The sheets (current name and marker) that differ from what the add-in wrote. One sync. */
export async function readChanges(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: { name: string; marker: string }[],
): Promise<ChangedSheet[]> {
  const wb = context.workbook;
  const reads = sheets.map((s) => {
    const part = info.parts.find((x) => x.namespaceUri === `${FINGERPRINT_NS}${s.marker}`);
    return {
      sheet: s.name,
      xml: part ? wb.customXmlParts.getItem(part.id).getXml() : null,
      used: wb.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load('formulas,rowIndex,columnIndex'),
    };
  });
  if (!reads.length) return [];
  await context.sync();
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
    const { addresses, count } = changedCells(fp, used);
    if (count > 0) changes.push({ sheet: r.sheet, addresses, count });
  }
  return changes;
}

/** Every plan sheet in the workbook that holds changes: for the pane to ask before replacing. Two syncs. */
export async function changedPlanCells(context: Excel.RequestContext): Promise<ChangedSheet[]> {
  const info = await readWorkbookInfo(context);
  const sheets = markersOf(info).flatMap((m) => (m.sheet ? [{ name: m.sheet, marker: m.nameItem }] : []));
  return readChanges(context, info, sheets);
}
