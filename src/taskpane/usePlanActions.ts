import * as React from 'react';
import type { Plan } from '../model/plan';
import { coverageScenarios } from '../model/scenarios';
import type { BlueprintBuilder } from './blueprintBuilder';
import { describeError } from './errors';
import type { FiguresState } from './figures';
import type { PlanHost, PlanSheet, WriteProgress } from './host';
import { APP_VERSION } from './version';

export const COMPARE_COVERAGES = [0.25, 0.5, 1] as const;

export interface Notice {
  intent: 'success' | 'error' | 'warning' | 'info';
  title: string;
  body?: string;
}

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

export interface ActionsDeps {
  host: PlanHost;
  plan: Plan | null;
  figures: FiguresState;
  buildBlueprint: BlueprintBuilder;
  now: () => Date;
}

/** Writing (Excel) or downloading (browser) the plan, deleting sheets, and what each says. */
export function usePlanActions({ host, plan, figures, buildBlueprint, now }: ActionsDeps) {
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

  /** Builds the workbook for some coverages and writes it (Excel) or downloads it (browser). */
  const run = async (coverages: readonly number[] | null) => {
    if (!plan || !figures.areas || busy) return;
    const areas = figures.areas;
    const base = plan.assumptions;
    const scenarios = coverageScenarios(base, coverages ?? [base.coverage]);
    const failure = inExcel ? 'Could not write the plan into the workbook' : 'Could not make the workbook';
    await withProgress('Building the workbook', failure, async () => {
      const { dataSet } = figures;
      const input = { areas, base, scenarios, generated: now(), version: APP_VERSION, ...(dataSet ? { dataSet } : {}) };
      const blueprint = await buildBlueprint(input);
      if (inExcel) {
        const result = await host.writeScenarios(blueprint, setProgress);
        const title = `Wrote ${scenarios.map((s) => s.name).join(', ')}`;
        setNotice({ intent: 'success', title, body: `Sheets: ${result.sheets.join(', ')}.` });
        await refreshSheets();
      } else {
        const fileName = coverages
          ? 'IPS plan - compare 25, 50, 100% coverage.xlsx'
          : `IPS plan - ${scenarios[0].name}.xlsx`;
        await host.downloadWorkbook(blueprint, fileName, setProgress);
        setNotice({ intent: 'success', title: `Downloaded ${fileName}` });
      }
    });
  };

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

  return { progress, notice, busy, sheets, showError, refreshSheets, run, deleteSheet };
}
