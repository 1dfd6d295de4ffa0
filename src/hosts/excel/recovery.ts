/**
 * After a failure, what the workbook holds is read back, never assumed: a request can fail after some of
 * its actions ran, and a "lost response" (Excel applied the request but the sync threw) looks like a
 * failure of all of it. `planState` compares what is there with the old plan and with the complete new plan;
 * `rollForward` finishes a commit that failed part-way (the new plan was already complete).
 */
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import { FINGERPRINT_NS } from './fingerprint';
import { type WorkbookInfo, readWorkbookInfo } from './markers';
import type { WritePlan } from './writePlan';
import { sheetToActivate } from './writeActions';

export type PlanState = 'old' | 'new' | 'partial';

const lower = (s: string) => s.toLowerCase();

function sameInfo(a: WorkbookInfo, b: WorkbookInfo): boolean {
  const sheets = (i: WorkbookInfo) => JSON.stringify(i.sheets.map((s) => [s.id, s.name, s.position, s.visibility]));
  const names = (i: WorkbookInfo) =>
    JSON.stringify(i.names.map((n) => [lower(n.name), n.formula, n.comment]).sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  const tables = (i: WorkbookInfo) => JSON.stringify(i.tables.map((t) => [lower(t.name), t.sheet]).sort());
  const parts = (i: WorkbookInfo) => JSON.stringify(i.parts.map((x) => x.id).sort());
  return sheets(a) === sheets(b) && names(a) === names(b) && tables(a) === tables(b) && parts(a) === parts(b);
}

/** Which plan the workbook holds now, judged from its sheets, names and tables. */
export function planState(now: WorkbookInfo, before: WorkbookInfo, plan: WritePlan, bp: WorkbookBlueprint): PlanState {
  if (sameInfo(now, before)) return 'old';
  const beforeIds = new Set(before.sheets.map((s) => s.id));
  const nowNames = new Set(now.names.map((n) => lower(n.name)));
  const complete =
    plan.sheets.every((p) => now.sheets.some((s) => lower(s.name) === lower(p.finalName) && !beforeIds.has(s.id))) &&
    plan.sheets.every((p) => !p.old || !now.sheets.some((s) => s.id === p.old?.id)) &&
    [...plan.sheets.map((p) => p.markerName), ...bp.names.map((n) => n.name)].every((n) => nowNames.has(lower(n))) &&
    plan.namesToDelete.every((n) => !nowNames.has(lower(n))) &&
    plan.tablesAside.every((t) => !now.tables.some((x) => lower(x.name) === lower(t.aside))) &&
    plan.partsToDelete.every((id) => !now.parts.some((x) => x.id === id)) &&
    plan.sheets.every((p) => now.parts.some((x) => x.namespaceUri === `${FINGERPRINT_NS}${p.markerName}`));
  return complete ? 'new' : 'partial';
}

/** Finishes the commit: deletes what is left of the old plan, activates the new one. Returns the state read. */
export async function rollForward(context: Excel.RequestContext, plan: WritePlan, activate: boolean): Promise<void> {
  const now = await readWorkbookInfo(context);
  const wb = context.workbook;
  const names = new Set(now.names.map((n) => lower(n.name)));
  for (const n of plan.namesToDelete) if (names.has(lower(n))) wb.names.getItem(n).delete();
  for (const p of plan.sheets) {
    const id = p.old?.id;
    if (id && now.sheets.some((s) => s.id === id)) wb.worksheets.getItem(id).delete();
  }
  for (const id of plan.partsToDelete) if (now.parts.some((x) => x.id === id)) wb.customXmlParts.getItem(id).delete();
  const first = sheetToActivate(plan);
  if (activate && first) wb.worksheets.getItem(first).activate();
  await context.sync();
}

/** What the user is told the workbook holds. */
export function stateMessage(state: PlanState, now: WorkbookInfo | null, plan: WritePlan): string {
  if (state === 'old') return 'Nothing was changed: the workbook is as it was.';
  if (state === 'new') return 'The new plan is complete in the workbook, and the earlier one was removed.';
  const asides = plan.sheets.flatMap((p) => (p.old && now?.sheets.some((s) => s.id === p.old?.id) ? [p.old] : []));
  const kept = asides.length
    ? ` The earlier plan is still there, in ${asides.map((o) => `"${o.aside}" (was "${o.name}")`).join(', ')}.`
    : '';
  return `The workbook may hold part of the new plan.${kept} Check the planner's sheets, or write the plan again.`;
}
