/**
 * The whole write as queued actions, in two phases:
 * - `work`: move our old sheets and tables aside, add the new sheets, names and contents. The old plan is
 *   untouched (only renamed), so a failure here can always be undone (rollback.ts).
 * - `commit`: only once every `work` request has succeeded (the new plan is complete in the workbook): delete
 *   the old sheets and their names, and activate the new plan. Sent as its own, last request, so a failure
 *   in it can always be finished (recovery.ts: roll forward), never leaving the workbook without a plan.
 * Named helpers per kind of action keep it easy to extend (print setup, validation: see sheetActions.ts).
 */
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import { fingerprintXml, sheetFingerprint } from './fingerprint';
import { markerComment } from './markers';
import { type Action, sheetActions } from './sheetActions';
import type { Supports } from './support';
import { type WritePlan, formulaRewriter } from './writePlan';

export interface WriteActions {
  work: Action[];
  commit: Action[];
}

type SheetOf = (bpName: string) => () => Excel.Worksheet;

function asideActions(wb: Excel.Workbook, plan: WritePlan): Action[] {
  const actions: Action[] = [];
  for (const p of plan.sheets) {
    const old = p.old;
    if (!old) continue;
    actions.push({
      label: `move "${old.name}" aside`,
      bytes: 100,
      run: () => void (wb.worksheets.getItem(old.id).name = old.aside),
    });
  }
  for (const t of plan.tablesAside)
    actions.push({
      label: `move table ${t.name} aside`,
      bytes: 100,
      run: () => void (wb.tables.getItem(t.name).name = t.aside),
    });
  for (const n of plan.namesToReplace)
    actions.push({ label: `remove old name ${n.name}`, bytes: 60, run: () => wb.names.getItem(n.name).delete() });
  return actions;
}

function addSheetActions(wb: Excel.Workbook, plan: WritePlan, sheets: Map<string, Excel.Worksheet>): Action[] {
  return plan.sheets.map((p) => ({
    label: `add sheet "${p.finalName}"`,
    bytes: 300,
    run: () => {
      const ws = wb.worksheets.add(p.finalName);
      sheets.set(p.bp.name.toLowerCase(), ws);
      wb.names.add(p.markerName, ws.getRange('A1'), markerComment(p.bp.name, p.bp.role));
      if (p.old) ws.position = p.old.position;
    },
  }));
}

function nameActions(wb: Excel.Workbook, bp: WorkbookBlueprint, sheetOf: SheetOf): Action[] {
  return bp.names.map((n) => ({
    label: `name ${n.name}`,
    bytes: 100 + (n.comment?.length ?? 0),
    run: () =>
      void wb.names.add(
        n.name,
        sheetOf(n.sheet)().getRangeByIndexes(n.range.row, n.range.col, n.range.rows, n.range.cols),
        n.comment,
      ),
  }));
}

/** What each sheet was written with (fingerprint.ts), so a later replace can tell what the user changed. */
function fingerprintActions(wb: Excel.Workbook, plan: WritePlan, formula: (f: string) => string): Action[] {
  return plan.sheets.map((p) => {
    const xml = fingerprintXml(p.markerName, sheetFingerprint(p.bp, formula));
    return { label: `fingerprint "${p.finalName}"`, bytes: xml.length, run: () => void wb.customXmlParts.add(xml) };
  });
}

function commitActions(wb: Excel.Workbook, plan: WritePlan): Action[] {
  const actions: Action[] = plan.namesToDelete.map((name) => ({
    label: `remove name ${name}`,
    bytes: 60,
    run: () => wb.names.getItem(name).delete(),
  }));
  for (const p of plan.sheets) {
    if (!p.old) continue;
    const id = p.old.id;
    actions.push({ label: `delete old "${p.old.name}"`, bytes: 60, run: () => wb.worksheets.getItem(id).delete() });
  }
  for (const id of plan.partsToDelete)
    actions.push({ label: `delete old fingerprint`, bytes: 60, run: () => wb.customXmlParts.getItem(id).delete() });
  return actions;
}

/** The sheet the user sees at the end: the first scenario. */
export function sheetToActivate(plan: WritePlan): string | undefined {
  return (plan.sheets.find((p) => p.bp.role === 'scenario') ?? plan.sheets[0])?.finalName;
}

export function workbookActions(
  context: Excel.RequestContext,
  bp: WorkbookBlueprint,
  plan: WritePlan,
  supports: Supports,
  maxRequestBytes: number,
  activate: boolean,
): WriteActions {
  const wb = context.workbook;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf: SheetOf = (bpName) => () => sheets.get(bpName.toLowerCase()) as Excel.Worksheet;
  const formula = formulaRewriter(plan);
  const work = [...asideActions(wb, plan), ...addSheetActions(wb, plan, sheets), ...nameActions(wb, bp, sheetOf)];
  for (const p of plan.sheets) {
    const ctx = { sheet: sheetOf(p.bp.name), formula, supports, maxGridBytes: Math.floor(maxRequestBytes / 2) };
    work.push(...sheetActions(p.bp, ctx).map((a) => ({ ...a, label: `${p.finalName}: ${a.label}` })));
  }
  work.push(...fingerprintActions(wb, plan, formula));
  const commit = commitActions(wb, plan);
  const first = sheetToActivate(plan);
  if (activate && first) {
    // Activating is harmless to undo, so with nothing to delete it ends the work and no commit request is needed.
    const act: Action = { label: `activate "${first}"`, bytes: 40, run: () => wb.worksheets.getItem(first).activate() };
    (commit.length ? commit : work).push(act);
  }
  return { work, commit };
}
