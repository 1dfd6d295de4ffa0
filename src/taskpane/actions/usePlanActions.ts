import * as React from 'react';
import type { EconomicInputs } from '../../model/economics';
import type { Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenarios';
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import type { BlueprintBuilder } from '../host/blueprintBuilder';
import { type MonitoringChoice, carryOver } from './carryOver';
import { downloadName, scenariosToWrite } from './compare';
import { describeError } from '../shared/errors';
import type { FiguresState } from '../figures/figures';
import type { PlanHost, PlanSheet, WriteProgress, WriteVerification } from '../host/host';
import type { WorkbookInput } from '../../sheets/workbook/input';
import { verificationNotice } from '../about/verificationText';
import { APP_VERSION } from '../version';

export { COMPARE_COVERAGES } from './compare';

export interface Notice {
  intent: 'success' | 'error' | 'warning' | 'info';
  title: string;
  body?: string;
}

/** A write refused because the plan sheets it would replace hold the user's edits: ask before replacing. */
export interface PendingReplace {
  coverages: readonly number[] | null;
}

/** The Excel host refuses a replace over edited plan sheets with this error (by name: its module loads lazily). */
const isEditedError = (err: unknown): err is Error => err instanceof Error && err.name === 'PlanEditedError';

/** The planner's sheets in the workbook (Excel only), listed on start and after each change. */
function usePlanSheets(host: PlanHost, showError: (title: string, err: unknown) => void) {
  const inExcel = host.kind === 'excel';
  const [sheets, setSheets] = React.useState<PlanSheet[] | null>(inExcel ? null : []);
  const refreshSheets = React.useCallback(async () => {
    if (!inExcel) return;
    try {
      setSheets(await host.listPlanSheets());
    } catch (err) {
      setSheets([]);
      showError('Could not list the planner’s sheets', err);
    }
  }, [host, inExcel, showError]);
  React.useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);
  return { sheets, refreshSheets };
}

/** Writes into Excel; over edited plan sheets, only once the user has said so (else the question waits). */
function useGuardedWrite(
  host: PlanHost,
  setProgress: (p: WriteProgress | null) => void,
  setNotice: (n: Notice | null) => void,
  refreshSheets: () => Promise<void>,
) {
  const [pending, setPending] = React.useState<PendingReplace | null>(null);
  // The last write's read-back (what Excel computed against the planner): shown after a write and in "About this Excel".
  const [verification, setVerification] = React.useState<WriteVerification | null>(null);
  const write = async (
    blueprint: WorkbookBlueprint,
    names: string,
    coverages: readonly number[] | null,
    discard: boolean,
    verify: WorkbookInput,
    carried?: string,
    brought?: string,
  ) => {
    // The Monitoring sheet's typed actuals were carried into the blueprint: its changes are no reason to ask.
    const carriedEdits = carried === undefined ? [] : blueprint.sheets.filter((s) => s.role === 'monitoring');
    const options = {
      ...(discard ? { discardEdits: true } : {}),
      ...(carriedEdits.length ? { carriedEdits: carriedEdits.map((s) => s.name) } : {}),
      verify,
    };
    try {
      setVerification(null);
      const result = await host.writeScenarios(blueprint, setProgress, options);
      const body = [`Sheets: ${result.sheets.join(', ')}.`, carried, brought].filter(Boolean).join(' ');
      setVerification(result.verification ?? null);
      setNotice(verificationNotice(`Wrote ${names}`, body, result.verification));
    } catch (err) {
      if (!isEditedError(err)) throw err;
      setPending({ coverages });
      setNotice({ intent: 'warning', title: 'Your changes in the plan sheets are kept', body: err.message });
    }
    await refreshSheets();
  };
  /** The user's answer to a refused replace: keep the sheets as they are. */
  const keepEdits = () => {
    setPending(null);
    setNotice({ intent: 'info', title: 'Nothing was written: your changes are as you left them.' });
  };
  return { write, pending, setPending, verification, keepEdits };
}

export interface ActionsDeps {
  host: PlanHost;
  plan: Plan | null;
  /** The current scenario (coverage or budget-led), written by "Create scenario sheet". */
  scenario: Scenario | null;
  figures: FiguresState;
  /** Add the Sensitivity sheet (following the first scenario written). */
  withSensitivity: boolean;
  /**
   * Add the Economic case sheet at these inputs (following the first scenario written); undefined: not
   * wanted; null: wanted but a field does not read, so nothing is written.
   */
  economics?: EconomicInputs | null;
  /** Add the Monitoring sheet, and which scenario it follows (a workbook with actuals always keeps one). */
  monitoring: MonitoringChoice;
  buildBlueprint: BlueprintBuilder;
  now: () => Date;
}

/** Writing (Excel) or downloading (browser) the plan, deleting sheets, and what each says. */
export function usePlanActions(deps: ActionsDeps) {
  const { host, plan, scenario, figures, withSensitivity, buildBlueprint, now } = deps;
  const inExcel = host.kind === 'excel';
  const [progress, setProgress] = React.useState<WriteProgress | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const showError = React.useCallback(
    (title: string, err: unknown) => setNotice({ intent: 'error', title, body: describeError(err) }),
    [],
  );
  const { sheets, refreshSheets } = usePlanSheets(host, showError);
  const busy = progress !== null;
  /** Runs one action with its progress; its error is shown under `failure`. */
  const withProgress = async (
    start: string,
    failure: string,
    job: () => Promise<void>,
    after?: () => Promise<void>,
  ) => {
    setNotice(null);
    setProgress({ done: 0, total: 0, message: start });
    try {
      await job();
    } catch (err) {
      showError(failure, err);
    } finally {
      setProgress(null);
      await after?.();
    }
  };

  const guard = useGuardedWrite(host, setProgress, setNotice, refreshSheets);
  const { write, pending, setPending } = guard;
  /** Builds the workbook for some coverages (or the current scenario) and writes it (Excel) or downloads it. */
  const run = async (coverages: readonly number[] | null, discardEdits = false) => {
    if (!plan || !scenario || !figures.areas || busy || deps.economics === null) return;
    setPending(null);
    const [areas, base] = [figures.areas, plan.assumptions];
    const scenarios = scenariosToWrite(base, coverages, scenario);
    const failure = inExcel ? 'Could not write the plan into the workbook' : 'Could not make the workbook';
    await withProgress('Building the workbook', failure, async () => {
      const dataSet = figures.dataSet ? { dataSet: figures.dataSet } : {};
      const input = { areas, base, scenarios, generated: now(), version: APP_VERSION, ...dataSet };
      // Read before anything is built or replaced: the actuals typed into the workbook go into the new plan.
      const { monitoring, carried, brought } = await carryOver(host, deps.monitoring, input);
      const sensitivity = withSensitivity ? { sensitivity: {} } : {};
      const economics = deps.economics ? { economics: { inputs: deps.economics } } : {};
      const full = { ...input, ...sensitivity, ...economics, ...monitoring };
      const blueprint = await buildBlueprint(full);
      const names = scenarios.map((s) => s.name).join(', ');
      if (inExcel) {
        await write(blueprint, names, coverages, discardEdits, full, carried, brought);
      } else {
        const fileName = downloadName(coverages, scenarios);
        await host.downloadWorkbook(blueprint, fileName, setProgress);
        setNotice({ intent: 'success', title: `Downloaded ${fileName}`, ...(brought ? { body: brought } : {}) });
      }
    });
  };

  /** The user's other answer to a refused replace: replace anyway (their edits go). */
  const replaceAnyway = () => pending && void run(pending.coverages, true);

  const deleteSheet = (name: string) =>
    withProgress(
      `Deleting ${name}`,
      `Could not delete ${name}`,
      async () => {
        await host.deletePlanSheet(name);
        setNotice({ intent: 'success', title: `Deleted ${name}` });
      },
      refreshSheets,
    );

  return {
    progress,
    notice,
    busy,
    sheets,
    showError,
    refreshSheets,
    run,
    deleteSheet,
    replaceAnyway,
    ...guard,
  };
}
