/**
 * Writes a WorkbookBlueprint into the open workbook with Office.js.
 *
 * Requests: one to read the workbook (sheets, names, tables), then the whole write queued as actions and
 * packed into as few requests as fit under the payload limit — usually one. The count does not grow with
 * the number of areas: a column of same-shape formulas is one scalar R1C1 assignment and every other
 * block a few 2-D assignments (blockWrites.ts). Only a write bigger than the limit is split into more
 * requests. Calculation is suspended for every write request (ExcelApi 1.6).
 *
 * Safety:
 * - Only sheets carrying our marker (markers.ts) are ever replaced or deleted; a clash with any other
 *   sheet gets a new name, "25% coverage (2)".
 * - Our old sheet is not overwritten: it is renamed aside ("IPS old 1"), the new one is written under the
 *   final name, and the old one is deleted in the very last actions of the last request. (Writing the new
 *   sheet under a temporary name and renaming it afterwards would bind its cross-sheet formulas to the old
 *   sheets, which then turn into #REF! when those are deleted; renaming the old ones first avoids that.)
 * - If any request fails, what was added is deleted and what was moved aside is put back (rollback.ts),
 *   and a plain-words Error is thrown with Excel's own error as its cause.
 */
import type { SheetRole, WorkbookBlueprint } from '../../sheets/blueprint';
import { type WorkbookInfo, markerComment, readWorkbookInfo } from './markers';
import { ACTION_OVERHEAD_BYTES, MAX_REQUEST_BYTES } from './payload';
import { rollback } from './rollback';
import { type Action, sheetActions } from './sheetActions';
import { type Supports, excelApi, officeSupports } from './support';
import { type WritePlan, checkBlueprint, formulaRewriter, planWrite } from './writePlan';

export interface WriteOptions {
  onProgress?(step: string, fraction: number): void;
  /** Replace the sheets this add-in wrote earlier from the same blueprint sheets (default true). */
  replace?: boolean;
  /** Requirement-set check (default: Office.context.requirements.isSetSupported). */
  supports?: Supports;
  /** Largest request we send (default 4 MB; Excel on the web refuses more than 5 MB). */
  maxRequestBytes?: number;
  /** Activate the first scenario sheet at the end (default true). */
  activate?: boolean;
}

export interface WrittenSheet {
  name: string;
  /** The blueprint's name for it. */
  key: string;
  role: SheetRole;
  replaced: boolean;
}

export interface WriteResult {
  sheets: WrittenSheet[];
  /** context.sync() calls made, the read included. */
  syncs: number;
  /** Estimated payload of each write request. */
  requestBytes: number[];
}

/** Every action carries its argument plus the envelope of the few calls it queues. */
const PER_ACTION = 3 * ACTION_OVERHEAD_BYTES;

function workbookActions(
  context: Excel.RequestContext,
  bp: WorkbookBlueprint,
  plan: WritePlan,
  supports: Supports,
  maxRequestBytes: number,
  activate: boolean,
): Action[] {
  const wb = context.workbook;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (bpName: string) => () => sheets.get(bpName.toLowerCase()) as Excel.Worksheet;
  const formula = formulaRewriter(plan);
  const actions: Action[] = [];

  for (const p of plan.sheets) {
    if (!p.old) continue;
    const old = p.old;
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

  for (const p of plan.sheets) {
    actions.push({
      label: `add sheet "${p.finalName}"`,
      bytes: 300,
      run: () => {
        const ws = wb.worksheets.add(p.finalName);
        sheets.set(p.bp.name.toLowerCase(), ws);
        wb.names.add(p.markerName, ws.getRange('A1'), markerComment(p.bp.name, p.bp.role));
        if (p.old) ws.position = p.old.position;
      },
    });
  }
  for (const n of bp.names) {
    actions.push({
      label: `name ${n.name}`,
      bytes: 100 + (n.comment?.length ?? 0),
      run: () =>
        void wb.names.add(
          n.name,
          sheetOf(n.sheet)().getRangeByIndexes(n.range.row, n.range.col, n.range.rows, n.range.cols),
          n.comment,
        ),
    });
  }
  for (const p of plan.sheets) {
    actions.push(
      ...sheetActions(p.bp, {
        sheet: sheetOf(p.bp.name),
        formula,
        supports,
        maxGridBytes: Math.floor(maxRequestBytes / 2),
      }).map((a) => ({ ...a, label: `${p.finalName}: ${a.label}` })),
    );
  }

  // Commit: the new sheets are complete; only now do the old ones go.
  for (const name of plan.namesToDelete)
    actions.push({ label: `remove name ${name}`, bytes: 60, run: () => wb.names.getItem(name).delete() });
  for (const p of plan.sheets) {
    if (!p.old) continue;
    const id = p.old.id;
    actions.push({ label: `delete old "${p.old.name}"`, bytes: 60, run: () => wb.worksheets.getItem(id).delete() });
  }
  const first = plan.sheets.find((p) => p.bp.role === 'scenario') ?? plan.sheets[0];
  if (activate && first)
    actions.push({ label: `activate "${first.finalName}"`, bytes: 40, run: () => sheetOf(first.bp.name)().activate() });
  return actions;
}

function describe(e: unknown): string {
  const err = e as { message?: string; code?: string; debugInfo?: { errorLocation?: string } };
  const where = err?.debugInfo?.errorLocation ? ` (at ${err.debugInfo.errorLocation})` : '';
  return `${err?.message ?? String(e)}${err?.code ? ` [${err.code}]` : ''}${where}`;
}

export async function writeBlueprint(
  context: Excel.RequestContext,
  blueprint: WorkbookBlueprint,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const supports = options.supports ?? officeSupports;
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const progress = options.onProgress ?? (() => undefined);
  checkBlueprint(blueprint);

  progress('Reading the workbook', 0);
  const before: WorkbookInfo = await readWorkbookInfo(context);
  let syncs = 1;
  const plan = planWrite(blueprint, before, options.replace ?? true);
  const actions = workbookActions(context, blueprint, plan, supports, limit, options.activate ?? true);

  const requestBytes: number[] = [];
  let bytes = 0;
  let queued = 0;
  const begin = () => {
    bytes = 0;
    queued = 0;
    if (excelApi(supports, '1.6')) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      bytes += PER_ACTION;
    }
  };
  const send = async () => {
    requestBytes.push(bytes);
    syncs++;
    await context.sync();
  };

  try {
    begin();
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      const cost = a.bytes + PER_ACTION;
      if (queued > 0 && bytes + cost > limit) {
        await send();
        begin();
      }
      a.run();
      bytes += cost;
      queued++;
      progress(a.label, (i + 1) / (actions.length + 1));
    }
    await send();
  } catch (e) {
    let undo = '';
    try {
      await rollback(context, before, plan, blueprint);
    } catch (r) {
      undo = ` Undoing the partial write also failed (${describe(r)}); sheets named "IPS old …" still hold the previous plan.`;
    }
    throw new Error(
      `The plan could not be written into the workbook: ${describe(e)}.${undo || ' Nothing was changed: the workbook is as it was.'}`,
      { cause: e },
    );
  }
  progress('Done', 1);
  return {
    sheets: plan.sheets.map((p) => ({ name: p.finalName, key: p.bp.name, role: p.bp.role, replaced: !!p.old })),
    syncs,
    requestBytes,
  };
}
