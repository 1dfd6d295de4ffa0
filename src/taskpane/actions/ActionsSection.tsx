import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
} from '@fluentui/react-components';
import type { ActualsPlan, ActualsRead } from '../../parse/actuals';
import type { ActualsPlanShape } from '../actuals/actualsSource';
import { ActualsSourceField } from '../actuals/ActualsSourceField';
import type { MonitoringChoice } from './carryOver';
import type { EconomicChoice } from '../economics/economicForm';
import { EconomicFields } from '../economics/EconomicFields';
import type { EconomicsState } from '../economics/useEconomics';
import type { WriteProgress } from '../host/host';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';
import { COMPARE_COVERAGES, compareLabel } from './compare';
import type { Notice } from './usePlanActions';

interface Props {
  inExcel: boolean;
  canWrite: boolean;
  /** Why nothing can be written yet, naming what to fix; undefined when it can. */
  blocked?: string;
  progress: WriteProgress | null;
  notice: Notice | null;
  withSensitivity: boolean;
  onSensitivity: (on: boolean) => void;
  /** The Economic case sheet's choice, its fields read, and the case they give for the scenario previewed. */
  economic: {
    choice: EconomicChoice;
    setChoice: (update: (choice: EconomicChoice) => EconomicChoice) => void;
    economics: EconomicsState;
  };
  monitoring: MonitoringChoice;
  onMonitoring: (choice: MonitoringChoice) => void;
  /** The areas and years actuals from a file must fit; null while the plan cannot be made. */
  actualsPlan: ActualsPlanShape | null;
  /** Reads actuals from the selected cells (inside Excel only). */
  readActualsSelection?: (plan: ActualsPlan) => Promise<ActualsRead>;
  onRun: (coverages: readonly number[] | null) => void;
  /** The budget-led scenario's name when a budget is typed: a comparison writes it beside the three. */
  budgetName?: string;
  /** A replace refused over the user's edits: the two answers. */
  pending?: { onReplace: () => void; onKeep: () => void };
}

function ReplaceQuestion({ onReplace, onKeep }: { onReplace: () => void; onKeep: () => void }) {
  return (
    <div data-testid={TEST_IDS.replaceQuestion}>
      <Button onClick={onReplace} data-testid={TEST_IDS.replaceAnyway}>
        Replace them: my changes go
      </Button>{' '}
      <Button appearance="primary" onClick={onKeep} data-testid={TEST_IDS.keepEdits}>
        Keep my changes
      </Button>
    </div>
  );
}

/** The Monitoring sheet: on or off, and which of the compared scenarios it follows. */
function MonitoringChoiceField({
  monitoring,
  onMonitoring,
  actualsPlan,
  readActualsSelection,
  canWrite,
  budgetName,
}: Pick<Props, 'monitoring' | 'onMonitoring' | 'actualsPlan' | 'readActualsSelection' | 'canWrite' | 'budgetName'>) {
  const names = [...COMPARE_COVERAGES.map((c) => `${c * 100}% coverage`), ...(budgetName ? [budgetName] : [])];
  return (
    <>
      <Checkbox
        checked={monitoring.wanted}
        onChange={(_, d) => onMonitoring({ ...monitoring, wanted: d.checked === true })}
        label="Add the Monitoring sheet (plan against actuals)"
        data-testid={TEST_IDS.monitoringSheet}
      />
      {monitoring.wanted && (
        <Field label="When comparing, the Monitoring sheet follows">
          <Select
            value={String(Math.min(monitoring.scenario, names.length - 1))}
            onChange={(_, d) => onMonitoring({ ...monitoring, scenario: Number(d.value) })}
            data-testid={TEST_IDS.monitoringScenario}
          >
            {names.map((name, i) => (
              <option key={name} value={i}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {monitoring.wanted && (
        <ActualsSourceField
          source={monitoring.source}
          onSource={(source) => onMonitoring({ ...monitoring, source })}
          plan={actualsPlan}
          readSelection={readActualsSelection}
          disabled={!canWrite}
        />
      )}
    </>
  );
}

/** The two actions: one scenario at the chosen coverage, or the 25 / 50 / 100% comparison. */
function ActionButtons({
  inExcel,
  canWrite,
  onRun,
  budgetName,
}: Pick<Props, 'inExcel' | 'canWrite' | 'onRun' | 'budgetName'>) {
  const compareText = compareLabel(inExcel, budgetName);
  const [one, compare] = inExcel
    ? [
        { id: TEST_IDS.createScenario, label: 'Create scenario sheet' },
        { id: TEST_IDS.compareScenarios, label: compareText },
      ]
    : [
        { id: TEST_IDS.downloadWorkbook, label: 'Download workbook (.xlsx)' },
        { id: TEST_IDS.downloadCompare, label: compareText },
      ];
  return (
    <>
      <Button appearance="primary" disabled={!canWrite} onClick={() => onRun(null)} data-testid={one.id}>
        {one.label}
      </Button>
      <Button disabled={!canWrite} onClick={() => onRun(COMPARE_COVERAGES)} data-testid={compare.id}>
        {compare.label}
      </Button>
    </>
  );
}

function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid={TEST_IDS.notice} data-intent={notice.intent}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ActionsSection(props: Props): React.ReactElement {
  const { inExcel, blocked, progress, notice } = props;
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby="actions-heading">
      <h2 id="actions-heading" className={styles.heading}>
        4. {inExcel ? 'Write into this workbook' : 'Download'}
      </h2>
      <Checkbox
        checked={props.withSensitivity}
        onChange={(_, d) => props.onSensitivity(d.checked === true)}
        label="Add the Sensitivity sheet (what moves the answer, as live formulas)"
        data-testid={TEST_IDS.sensitivitySheet}
      />
      <EconomicFields
        choice={props.economic.choice}
        onChoice={props.economic.setChoice}
        economics={props.economic.economics}
      />
      <MonitoringChoiceField
        monitoring={props.monitoring}
        onMonitoring={props.onMonitoring}
        actualsPlan={props.actualsPlan}
        readActualsSelection={props.readActualsSelection}
        canWrite={props.canWrite}
        budgetName={props.budgetName}
      />
      <div className={styles.buttons}>
        <ActionButtons {...props} />
      </div>
      {blocked && (
        <p className={styles.muted} data-testid={TEST_IDS.actionsBlocked}>
          {blocked}
        </p>
      )}
      <div aria-live="polite">
        {progress && (
          <Field validationMessage={progress.message} validationState="none" data-testid={TEST_IDS.progress}>
            <ProgressBar
              value={progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
              aria-label="Progress"
            />
          </Field>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {notice && <NoticeBar notice={notice} />}
      </div>
      {props.pending && <ReplaceQuestion {...props.pending} />}
    </section>
  );
}
