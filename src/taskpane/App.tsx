import * as React from 'react';
import { ActionsSection } from './actions/ActionsSection';
import { useActualsPlan } from './actuals/ActualsSourceField';
import { AssumptionsSection } from './assumptions/AssumptionsSection';
import { FormState, initialForm } from './assumptions/assumptionsForm';
import { BlueprintBuilder, loadBlueprintBuilder } from './host/blueprintBuilder';
import { type MonitoringChoice, useProgressLines } from './actions/carryOver';
import { useEconomicChoice } from './economics/useEconomics';
import { FiguresSection } from './figures/FiguresSection';
import { BUILTIN_FIGURES, FiguresState, readCsvText } from './figures/figures';
import { PlanHost } from './host/host';
import { PlanSheetsList } from './actions/PlanSheetsList';
import { PreviewSection } from './preview/PreviewSection';
import { usePaneStyles } from './shared/styles';
import { assumptionsKeyFigure } from './keyFigures';
import { TEST_IDS } from './shared/testIds';
import { usePlan, useSensitivity } from './usePlan';
import { usePlanActions } from './actions/usePlanActions';
import { AboutExcel } from './about/AboutExcel';
import { VerificationReport } from './about/VerificationReport';
import { APP_VERSION } from './version';

// The pane's stable hooks for tests are in testIds.ts (TEST_IDS): keep them when editing.
export { loadBlueprintBuilder } from './host/blueprintBuilder';
export type { BlueprintBuilder } from './host/blueprintBuilder';
export { COMPARE_COVERAGES } from './actions/usePlanActions';
export { TEST_IDS } from './shared/testIds';

export interface AppProps {
  host: PlanHost;
  /** Why the pane runs standalone (office.js missing, another host …), shown once under the title. */
  startNote?: string;
  buildBlueprint?: BlueprintBuilder;
  readCsv?: typeof readCsvText;
  now?: () => Date;
}

const defaultNow = () => new Date();

/** The IPS planner task pane: figures, assumptions, a live preview, then write or download. */
export function App({
  host,
  startNote,
  buildBlueprint = loadBlueprintBuilder,
  readCsv,
  now = defaultNow,
}: AppProps): React.ReactElement {
  const styles = usePaneStyles();
  const inExcel = host.kind === 'excel';
  const [figures, setFigures] = React.useState<FiguresState>(BUILTIN_FIGURES);
  const [form, setForm] = React.useState<FormState>(initialForm);
  // Off by default: the workbook keeps its usual sheets unless the planner asks (the pane lists the figures anyway).
  const [withSensitivity, setWithSensitivity] = React.useState(false);
  const [monitoring, setMonitoring] = React.useState<MonitoringChoice>({ wanted: false, scenario: 0 });
  const { errors, notes, plan, scenario, budgetCheck, planError } = usePlan(form, figures);
  const sensitivity = useSensitivity(figures.areas, plan);
  const econ = useEconomicChoice(scenario, plan);
  const deps = { host, plan, scenario, figures, withSensitivity, monitoring, buildBlueprint, now };
  const actions = usePlanActions({ ...deps, economics: econ.inputs });
  // Read again whenever the list of plan sheets is (after each write or deletion).
  const progressLines = useProgressLines(host, plan, actions.sheets);
  const { busy, showError, refreshSheets, run, deleteSheet } = actions;
  const actualsPlan = useActualsPlan(plan);

  return (
    <main className={styles.pane} data-testid={TEST_IDS.root} data-host={host.kind}>
      <header className={styles.section}>
        <h1 className={styles.heading} style={{ fontSize: '1.25rem' }}>
          IPS employment specialist planner
        </h1>
        {startNote && !inExcel && (
          <p className={styles.muted}>{startNote}. Plans are downloaded as an Excel workbook.</p>
        )}
      </header>
      <FiguresSection host={host} figures={figures} onFigures={setFigures} onError={showError} readCsv={readCsv} />
      <AssumptionsSection
        form={form}
        errors={errors}
        notes={notes}
        onChange={setForm}
        keyFigure={assumptionsKeyFigure(plan)}
      />
      <PreviewSection {...{ plan, budgetCheck, sensitivity }} unavailable={planError} economic={econ.economics.state} />
      {progressLines.length > 0 && (
        <section className={styles.section} aria-label="Plan against actuals" data-testid={TEST_IDS.progressLines}>
          {progressLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      )}
      <ActionsSection
        inExcel={inExcel}
        canWrite={plan !== null && !busy && !econ.blocked}
        blocked={plan ? econ.blocked : planError}
        progress={actions.progress}
        notice={actions.notice}
        withSensitivity={withSensitivity}
        onSensitivity={setWithSensitivity}
        economic={econ}
        monitoring={monitoring}
        onMonitoring={setMonitoring}
        actualsPlan={actualsPlan}
        readActualsSelection={host.readActualsSelection?.bind(host)}
        onRun={(coverages) => void run(coverages)}
        budgetName={scenario?.budget ? scenario.name : undefined}
        pending={actions.pending ? { onReplace: actions.replaceAnyway, onKeep: actions.keepEdits } : undefined}
      />
      <VerificationReport verification={actions.verification} />
      {inExcel && (
        <PlanSheetsList
          sheets={actions.sheets}
          busy={busy}
          onRefresh={() => void refreshSheets()}
          onDelete={(n) => void deleteSheet(n)}
        />
      )}
      <footer className={styles.muted}>
        IPS planner {APP_VERSION} · <AboutExcel host={host} verification={actions.verification} />
      </footer>
    </main>
  );
}
