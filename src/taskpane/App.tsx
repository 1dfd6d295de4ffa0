import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from '@fluentui/react-components';
import { computePlan, Plan } from '../model/plan';
import { coverageScenarios } from '../model/scenarios';
import type { WorkbookBlueprint } from '../sheets/blueprint';
import type { WorkbookInput } from '../sheets/workbook';
import { AssumptionsSection } from './AssumptionsSection';
import { FormState, initialForm, readForm } from './assumptionsForm';
import { describeError } from './errors';
import { FiguresSection } from './FiguresSection';
import { BUILTIN_FIGURES, FiguresState, readCsvText } from './figures';
import { PlanHost, PlanSheet, WriteProgress } from './host';
import { PlanSheetsList } from './PlanSheetsList';
import { PreviewSection } from './PreviewSection';
import { usePaneStyles } from './styles';
import { APP_VERSION } from './version';

/**
 * The IPS planner task pane. Stable hooks for tests and browser tests (keep them when editing):
 *
 *   root                 data-testid="ips-planner", data-host="excel"|"standalone"
 *   figures              data-testid="figures-builtin" | "figures-selection" | "figures-table" | "figures-csv" (radios),
 *                        "read-selection", "table-name", "read-table", "csv-file" (file input),
 *                        "figures-status" (what was read), "figures-problems" (located problems)
 *   coverage             data-testid="coverage-25" | "coverage-50" | "coverage-100" | "coverage-custom" (radios,
 *                        accessible names "25% (review)", "50% (NHS England 2028/29)", "100%", "Custom"),
 *                        "coverage-custom-input"
 *   cost per engagement  data-testid="cost-1300" | "cost-2000" | "cost-2050" | "cost-custom", "cost-custom-input"
 *   other inputs         data-testid="field-<assumption key>" e.g. "field-inWork", "field-caseload", "field-years",
 *                        "field-rounding", "field-firstYearLabel"; advanced ones after clicking "advanced-toggle"
 *   totals               data-testid="total-eligible" | "total-clients" | "total-es" | "total-cost-year" |
 *                        "total-cost-rollout" | "total-job-outcomes"; per area: "preview-table"
 *   actions (Excel)      button "Create scenario sheet" data-testid="create-scenario";
 *                        button "Compare 25 / 50 / 100%" data-testid="compare-scenarios";
 *                        "refresh-sheets", "plan-sheets", "delete-sheet" then "confirm-delete-sheet"
 *   actions (browser)    button "Download workbook (.xlsx)" data-testid="download-workbook";
 *                        button "Download 25 / 50 / 100% comparison" data-testid="download-compare"
 *   progress, messages   data-testid="progress", "notice" (data-intent="success"|"error")
 *
 * The first action button ("create-scenario" in Excel, "download-workbook" outside) is enabled as
 * soon as the pane is ready to act: that is what "ready" measures.
 */

export const COMPARE_COVERAGES = [0.25, 0.5, 1] as const;

export type BlueprintBuilder = (input: WorkbookInput) => Promise<WorkbookBlueprint>;

/** The sheet builder loads with the first write; prefetched while the user reads the preview. */
export const loadBlueprintBuilder: BlueprintBuilder = async (input) => {
  const { buildWorkbook } = await import(/* webpackChunkName: "sheets", webpackPrefetch: true */ '../sheets/workbook');
  return buildWorkbook(input);
};

export interface AppProps {
  host: PlanHost;
  /** Why the pane runs standalone (office.js missing, another host …), shown once under the title. */
  startNote?: string;
  buildBlueprint?: BlueprintBuilder;
  readCsv?: typeof readCsvText;
  now?: () => Date;
}

interface Notice {
  intent: 'success' | 'error' | 'warning' | 'info';
  title: string;
  body?: string;
}

export function App({
  host,
  startNote,
  buildBlueprint = loadBlueprintBuilder,
  readCsv,
  now = () => new Date(),
}: AppProps): React.ReactElement {
  const styles = usePaneStyles();
  const inExcel = host.kind === 'excel';
  const [figures, setFigures] = React.useState<FiguresState>(BUILTIN_FIGURES);
  const [form, setForm] = React.useState<FormState>(initialForm);
  const [progress, setProgress] = React.useState<WriteProgress | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [sheets, setSheets] = React.useState<PlanSheet[] | null>(inExcel ? null : []);

  const { assumptions, errors } = React.useMemo(() => readForm(form), [form]);
  const { plan, planError } = React.useMemo((): { plan: Plan | null; planError?: string } => {
    if (!assumptions) return { plan: null, planError: 'Fix the highlighted assumptions to see the plan.' };
    if (!figures.areas)
      return {
        plan: null,
        planError: figures.problems.length
          ? 'Fix the problems in the figures to see the plan.'
          : 'Read some figures to see the plan.',
      };
    try {
      return { plan: computePlan(figures.areas, assumptions) };
    } catch (err) {
      return { plan: null, planError: describeError(err) };
    }
  }, [assumptions, figures]);

  const busy = progress !== null;
  const canWrite = plan !== null && !busy;

  const showError = React.useCallback(
    (title: string, err: unknown) => setNotice({ intent: 'error', title, body: describeError(err) }),
    [],
  );

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

  /** Builds the workbook for some coverages and writes it (Excel) or downloads it (browser). */
  const run = async (coverages: readonly number[] | null) => {
    if (!plan || !figures.areas || busy) return;
    const base = plan.assumptions;
    const scenarios = coverageScenarios(base, coverages ?? [base.coverage]);
    setNotice(null);
    setProgress({ done: 0, total: 0, message: 'Building the workbook' });
    try {
      const blueprint = await buildBlueprint({
        areas: figures.areas,
        base,
        scenarios,
        generated: now(),
        version: APP_VERSION,
      });
      if (inExcel) {
        const result = await host.writeScenarios(blueprint, setProgress);
        setNotice({
          intent: 'success',
          title: `Wrote ${scenarios.map((s) => s.name).join(', ')}`,
          body: `Sheets: ${result.sheets.join(', ')}.`,
        });
        await refreshSheets();
      } else {
        const fileName = coverages
          ? 'IPS plan - compare 25, 50, 100% coverage.xlsx'
          : `IPS plan - ${scenarios[0].name}.xlsx`;
        await host.downloadWorkbook(blueprint, fileName, setProgress);
        setNotice({ intent: 'success', title: `Downloaded ${fileName}` });
      }
    } catch (err) {
      showError(inExcel ? 'Could not write the plan into the workbook' : 'Could not make the workbook', err);
    } finally {
      setProgress(null);
    }
  };

  const deleteSheet = async (name: string) => {
    setNotice(null);
    setProgress({ done: 0, total: 0, message: `Deleting ${name}` });
    try {
      await host.deletePlanSheet(name);
      setNotice({ intent: 'success', title: `Deleted ${name}` });
    } catch (err) {
      showError(`Could not delete ${name}`, err);
    } finally {
      setProgress(null);
      await refreshSheets();
    }
  };

  return (
    <main className={styles.pane} data-testid="ips-planner" data-host={host.kind}>
      <header className={styles.section}>
        <h1 className={styles.heading} style={{ fontSize: '1.25rem' }}>
          IPS employment specialist planner
        </h1>
        {startNote && !inExcel && (
          <p className={styles.muted}>{startNote}. Plans are downloaded as an Excel workbook.</p>
        )}
      </header>

      <FiguresSection host={host} figures={figures} onFigures={setFigures} onError={showError} readCsv={readCsv} />
      <AssumptionsSection form={form} errors={errors} onChange={setForm} />
      <PreviewSection plan={plan} unavailable={planError} />

      <section className={styles.section} aria-labelledby="actions-heading">
        <h2 id="actions-heading" className={styles.heading}>
          4. {inExcel ? 'Write into this workbook' : 'Download'}
        </h2>
        <div className={styles.buttons}>
          {inExcel ? (
            <>
              <Button
                appearance="primary"
                disabled={!canWrite}
                onClick={() => void run(null)}
                data-testid="create-scenario"
              >
                Create scenario sheet
              </Button>
              <Button disabled={!canWrite} onClick={() => void run(COMPARE_COVERAGES)} data-testid="compare-scenarios">
                Compare 25 / 50 / 100%
              </Button>
            </>
          ) : (
            <>
              <Button
                appearance="primary"
                disabled={!canWrite}
                onClick={() => void run(null)}
                data-testid="download-workbook"
              >
                Download workbook (.xlsx)
              </Button>
              <Button disabled={!canWrite} onClick={() => void run(COMPARE_COVERAGES)} data-testid="download-compare">
                Download 25 / 50 / 100% comparison
              </Button>
            </>
          )}
        </div>
        {!plan && <p className={styles.muted}>{planError}</p>}
        <div aria-live="polite">
          {progress && (
            <Field validationMessage={progress.message} validationState="none" data-testid="progress">
              <ProgressBar
                value={progress.total > 0 ? progress.done / progress.total : undefined}
                max={1}
                aria-label="Progress"
              />
            </Field>
          )}
        </div>
        <div role="alert" aria-live="assertive">
          {notice && (
            <MessageBar intent={notice.intent} layout="multiline" data-testid="notice" data-intent={notice.intent}>
              <MessageBarBody>
                <MessageBarTitle>{notice.title}</MessageBarTitle>
                {notice.body}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>

      {inExcel && (
        <PlanSheetsList
          sheets={sheets}
          busy={busy}
          onRefresh={() => void refreshSheets()}
          onDelete={(n) => void deleteSheet(n)}
        />
      )}
      <footer className={styles.muted}>IPS planner {APP_VERSION}</footer>
    </main>
  );
}
