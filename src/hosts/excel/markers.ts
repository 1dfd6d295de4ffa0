/**
 * Which sheets the add-in created. Each gets a workbook-scoped defined name "IPS_PlanSheet_<n>" that
 * refers to its A1 cell, with a JSON comment {"app":"ips-planner","key":…,"role":…}.
 *
 * Why a defined name: it works on ExcelApi 1.7 (NamedItem.formula; worksheet custom properties need 1.12),
 * all markers are read in one request with the other names, it follows the sheet when the user renames it
 * (Excel rewrites the reference), it turns into #REF! when the sheet is deleted (so it can never point at a
 * user's sheet by accident, unlike a list of sheet names kept in a document property), and it is visible in
 * Name Manager, so nothing is hidden from the user. `key` is the blueprint's sheet name, so a refresh finds
 * the sheet to replace even after it was renamed ("25% coverage" → "25% coverage (2)" on a clash).
 */
import type { SheetRole } from '../../sheets/shared/blueprint';
import { sheetsReferenced } from './formulaRefs';

export const MARKER_PREFIX = 'IPS_PlanSheet_';
const APP = 'ips-planner';

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: string;
}

export interface NameInfo {
  name: string;
  formula: string;
  comment: string;
}

export interface TableInfo {
  name: string;
  sheet: string;
}

/** A custom XML part (fingerprint.ts keeps one per plan sheet). */
export interface PartInfo {
  id: string;
  namespaceUri: string;
}

/** The workbook as the writer needs to know it, read in one request. */
export interface WorkbookInfo {
  sheets: SheetInfo[];
  names: NameInfo[];
  tables: TableInfo[];
  parts: PartInfo[];
  /** Id of the active sheet (a failed write gives the user back the sheet they were on). */
  activeSheetId?: string;
}

export interface Marker {
  /** The defined name that marks the sheet. */
  nameItem: string;
  /** The marked sheet's current name; null when the sheet is gone (#REF!). */
  sheet: string | null;
  key: string;
  role: SheetRole;
}

export function markerComment(key: string, role: SheetRole): string {
  return JSON.stringify({ app: APP, key, role });
}

export function parseMarker(n: NameInfo): Marker | null {
  if (!n.name.startsWith(MARKER_PREFIX)) return null;
  let meta: { app?: unknown; key?: unknown; role?: unknown };
  try {
    meta = JSON.parse(n.comment) as typeof meta;
  } catch {
    return null; // A name with our prefix but not our comment is not ours.
  }
  if (meta.app !== APP || typeof meta.key !== 'string') return null;
  const sheets = n.formula.includes('#REF!') ? [] : sheetsReferenced(n.formula);
  return { nameItem: n.name, sheet: sheets[0] ?? null, key: meta.key, role: (meta.role as SheetRole) ?? 'scenario' };
}

export function markersOf(info: WorkbookInfo): Marker[] {
  const live = new Set(info.sheets.map((s) => s.name.toLowerCase()));
  return info.names.flatMap((n) => {
    const m = parseMarker(n);
    if (!m) return [];
    return [m.sheet && live.has(m.sheet.toLowerCase()) ? m : { ...m, sheet: null }];
  });
}

export function nextMarkerNumber(info: WorkbookInfo): number {
  let max = 0;
  for (const n of info.names) {
    const m = new RegExp(`^${MARKER_PREFIX}(\\d+)$`).exec(n.name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** Queues the reads; call sync, then `result()`. */
export function queueWorkbookInfo(context: Excel.RequestContext): () => WorkbookInfo {
  const sheets = context.workbook.worksheets.load('items/name,items/id,items/position,items/visibility');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const active = context.workbook.worksheets.getActiveWorksheet().load('id');
  const parts = context.workbook.customXmlParts.load('items/id,items/namespaceUri');
  return () => ({
    activeSheetId: active.id,
    parts: parts.items.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri })),
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position, visibility: s.visibility })),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment ?? '' })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  });
}

export async function readWorkbookInfo(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const result = queueWorkbookInfo(context);
  await context.sync();
  return result();
}

/** Names that refer to `sheet` (they would turn into #REF! without it). */
export function namesReferring(info: WorkbookInfo, sheet: string): NameInfo[] {
  const lower = sheet.toLowerCase();
  return info.names.filter((n) => sheetsReferenced(n.formula).some((s) => s.toLowerCase() === lower));
}
