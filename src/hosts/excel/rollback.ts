/**
 * Undo of a failed write, so the workbook is as it was: Excel applies a failed request's actions up to
 * the failing one, so we look at what is there now and compare with what was there before.
 * - sheets added by this write (an id we had not seen, with a name we chose) are deleted;
 * - our old sheets moved aside get their names back (their formulas and names followed the rename);
 * - names this write added are deleted, names it removed are added back with their formula and comment;
 * - fingerprint parts this write added are deleted;
 * - tables moved aside get their names back;
 * - the sheet that was active is active again.
 */
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import { FINGERPRINT_NS } from './fingerprint';
import { type WorkbookInfo, readWorkbookInfo } from './markers';
import type { WritePlan } from './writePlan';

export async function rollback(
  context: Excel.RequestContext,
  before: WorkbookInfo,
  plan: WritePlan,
  bp: WorkbookBlueprint,
): Promise<void> {
  const now = await readWorkbookInfo(context);
  const wb = context.workbook;
  const lower = (s: string) => s.toLowerCase();

  const ours = new Set([...plan.sheets.map((p) => p.markerName), ...bp.names.map((n) => n.name)].map(lower));
  for (const n of now.names) if (ours.has(lower(n.name))) wb.names.getItem(n.name).delete();

  const beforeIds = new Set(before.sheets.map((s) => s.id));
  const finals = new Set(plan.sheets.map((p) => lower(p.finalName)));
  for (const s of now.sheets)
    if (!beforeIds.has(s.id) && finals.has(lower(s.name))) wb.worksheets.getItem(s.id).delete();

  for (const p of plan.sheets) {
    const old = p.old;
    const current = old && now.sheets.find((s) => s.id === old.id);
    if (old && current && current.name !== old.name) wb.worksheets.getItem(old.id).name = old.name;
  }
  const beforeParts = new Set(before.parts.map((x) => x.id));
  for (const x of now.parts)
    if (!beforeParts.has(x.id) && x.namespaceUri.startsWith(FINGERPRINT_NS)) wb.customXmlParts.getItem(x.id).delete();
  for (const t of plan.tablesAside) {
    if (now.tables.some((x) => lower(x.name) === lower(t.aside))) wb.tables.getItem(t.aside).name = t.name;
  }

  const nowNames = new Set(now.names.map((n) => lower(n.name)));
  const restore = [
    ...plan.namesToReplace,
    ...before.names.filter(
      (n) => plan.namesToDelete.some((d) => lower(d) === lower(n.name)) && !nowNames.has(lower(n.name)),
    ),
  ];
  for (const n of restore) wb.names.add(n.name, n.formula, n.comment || undefined);
  const active = before.activeSheetId;
  if (active && now.sheets.some((s) => s.id === active) && now.activeSheetId !== active)
    wb.worksheets.getItem(active).activate();
  await context.sync();
}
