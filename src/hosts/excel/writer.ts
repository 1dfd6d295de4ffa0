/**
 * Writes a WorkbookBlueprint into the open workbook with Office.js.
 *
 * Requests: one to read the workbook (sheets, names, tables), one more to check the sheets a replace would
 * discard for the user's changes (editCheck.ts), then the new plan queued as actions and
 * packed into as few requests as fit under the payload limit (usually one; requests.ts), then, when an
 * earlier plan is replaced, one last request that removes it. The count does not grow with the number of
 * areas: every block is a few full 2-D assignments (blockWrites.ts); only a write bigger than the limit is
 * split into more requests.
 *
 * Safety (writeActions.ts, rollback.ts, recovery.ts):
 * - Only sheets carrying our marker (markers.ts) are ever replaced or deleted; a clash with any other
 *   sheet gets a new name, "25% coverage (2)".
 * - Our old sheet is not overwritten: it is renamed aside ("IPS old 1") and the new one is written under the
 *   final name. (Writing the new sheet under a temporary name and renaming it afterwards would bind its
 *   cross-sheet formulas to the old sheets, which then turn into #REF! when those are deleted.)
 * - A failure while the new plan is written: what was added is deleted and what was moved aside is put back.
 * - The old plan is deleted only in a separate, last request, once the new plan is complete; a failure there
 *   is rolled forward (the deletion finished). Either way the workbook is read back and the message says
 *   which plan it holds: at every failure point it is the earlier plan exactly or the whole new one.
 */
import type { SheetRole, WorkbookBlueprint } from '../../sheets/shared/blueprint';
import type { WorkbookInput } from '../../sheets/workbook/input';
import { type ChangedSheet, PlanEditedError, readChanges } from './editCheck';
import { type WorkbookInfo, readWorkbookInfo } from './markers';
import { MAX_REQUEST_BYTES } from './payload';
import { type PlanState, planState, rollForward, stateMessage } from './recovery';
import { createSender } from './requests';
import { rollback } from './rollback';
import { type Supports, officeSupports } from './support';
import { workbookActions } from './writeActions';
import { type WritePlan, checkBlueprint, planWrite } from './writePlan';
import { type Verification, verifyPlan } from './verifyPlan';

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
  /**
   * Replace plan sheets even when the user changed cells in them (see changedPlanCells). Without it, such
   * a replace is refused with a PlanEditedError naming the sheets and cells, and nothing is written.
   */
  discardEdits?: boolean;
  /**
   * Blueprint sheets (by name) whose user-typed content the caller read back and carried into the new
   * blueprint (the Monitoring sheet's actuals): edits to the carried cells (the IPS_Actuals table's inputs
   * and its kept block) do not stop the replace; any other edit on those sheets still does.
   */
  carriedEdits?: readonly string[];
  /**
   * The input the blueprint was built from: once written, Excel's values for its headline cells are read back
   * and compared with the model's figures (verify.ts); the result is WriteResult.verification.
   */
  verify?: WorkbookInput;
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
  /** Set when the write succeeded only after a second try at removing the earlier plan. */
  note?: string;
  /** What Excel computed for the headline cells against the planner's figures (with options.verify). */
  verification?: Verification;
}

function describe(e: unknown): string {
  const err = e as {
    message?: string;
    code?: string;
    debugInfo?: { errorLocation?: string };
    traceMessages?: string[];
  };
  const where = err?.debugInfo?.errorLocation ? ` (at ${err.debugInfo.errorLocation})` : '';
  const traced = err?.traceMessages?.length ? ` while writing ${err.traceMessages[err.traceMessages.length - 1]}` : '';
  return `${err?.message ?? String(e)}${err?.code ? ` [${err.code}]` : ''}${where}${traced}`;
}

/** Reads the workbook back and says which plan it holds (or that it could not tell). */
async function tellState(
  context: Excel.RequestContext,
  before: WorkbookInfo,
  plan: WritePlan,
  bp: WorkbookBlueprint,
): Promise<{ state: PlanState | null; message: string }> {
  try {
    const now = await readWorkbookInfo(context);
    const state = planState(now, before, plan, bp);
    return { state, message: stateMessage(state, now, plan) };
  } catch (e) {
    return {
      state: null,
      message: `Reading the workbook back also failed (${describe(e)}), so what it holds now is not known: check the planner's sheets.`,
    };
  }
}

export async function writeBlueprint(
  context: Excel.RequestContext,
  blueprint: WorkbookBlueprint,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const supports = options.supports ?? officeSupports;
  const progress = options.onProgress ?? (() => undefined);
  const activate = options.activate ?? true;
  checkBlueprint(blueprint);

  progress('Reading the workbook', 0);
  let before: WorkbookInfo;
  try {
    before = await readWorkbookInfo(context);
  } catch (e) {
    throw new Error(`The workbook could not be read: ${describe(e)}. Nothing was changed.`, { cause: e });
  }
  const plan = planWrite(blueprint, before, options.replace ?? true);
  const carried = new Set((options.carriedEdits ?? []).map((n) => n.toLowerCase()));
  const replaced = plan.sheets.flatMap((p) =>
    p.old ? [{ name: p.old.name, marker: p.old.marker, carried: carried.has(p.bp.name.toLowerCase()) }] : [],
  );
  let reads = 1;
  if (replaced.length && !options.discardEdits) {
    progress('Checking the sheets to replace for changes', 0);
    reads += await refuseOverEdits(context, before, replaced);
  }
  const sender = createSender(context, supports, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  const { work, commit } = workbookActions(context, blueprint, plan, supports, sender.limit, activate);
  let done = 0;
  const step = (a: { label: string }) => progress(a.label, ++done / (work.length + commit.length + 1));
  const result = (note?: string): WriteResult => ({
    sheets: plan.sheets.map((p) => ({ name: p.finalName, key: p.bp.name, role: p.bp.role, replaced: !!p.old })),
    syncs: sender.syncs + reads,
    requestBytes: sender.requestBytes,
    ...(note ? { note } : {}),
  });

  try {
    await sender.send(work, step);
  } catch (e) {
    let undo = '';
    try {
      await rollback(context, before, plan, blueprint);
    } catch (r) {
      undo = ` Undoing the partial write also failed (${describe(r)}).`;
    }
    const { message } = await tellState(context, before, plan, blueprint);
    throw new Error(`The plan could not be written into the workbook: ${describe(e)}.${undo} ${message}`, { cause: e });
  }
  // Every work request succeeded: the new plan is complete. Only now does the old one go.
  try {
    await sender.send(commit, step);
  } catch (e) {
    let again = '';
    try {
      await rollForward(context, plan, activate);
    } catch (r) {
      again = ` Finishing it also failed (${describe(r)}).`;
    }
    const { state, message } = await tellState(context, before, plan, blueprint);
    if (state !== 'new')
      throw new Error(`Removing the earlier plan failed: ${describe(e)}.${again} ${message}`, { cause: e });
    const note = `Excel reported an error while removing the earlier plan (${describe(e)}); it was finished on a second try.`;
    return finish(context, plan, options, progress, result(note));
  }
  return finish(context, plan, options, progress, result());
}

/** The read-back, when asked for, after the write's last sync. */
async function finish(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: WriteOptions,
  progress: (step: string, fraction: number) => void,
  result: WriteResult,
): Promise<WriteResult> {
  if (!options.verify) {
    progress('Done', 1);
    return result;
  }
  progress('Checking what Excel computed', 1);
  const verification = await verifyPlan(context, options.verify, plan.finalNames);
  progress('Done', 1);
  return { ...result, syncs: result.syncs + 2, verification };
}

/** Throws PlanEditedError when a sheet to replace holds the user's edits (nothing written); returns the syncs used. */
async function refuseOverEdits(
  context: Excel.RequestContext,
  before: WorkbookInfo,
  replaced: { name: string; marker: string; carried: boolean }[],
): Promise<number> {
  const stats = { syncs: 0 };
  let changes: ChangedSheet[];
  try {
    changes = await readChanges(context, before, replaced, stats);
  } catch (e) {
    throw new Error(`The sheets to replace could not be checked for changes: ${describe(e)}. Nothing was changed.`, {
      cause: e,
    });
  }
  if (changes.length) throw new PlanEditedError(changes);
  return stats.syncs;
}
