import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Plan } from '../../model/plan';
import type { ActualsPlan, ActualsRead } from '../../parse/actuals';
import {
  type ActualsPlanShape,
  type ActualsSource,
  describeActuals,
  readActualsSource,
  shapeKey,
  toParsePlan,
} from './actualsSource';
import { describeError } from '../shared/errors';
import { readFileText } from '../figures/figureReaders';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

/** More than this many problems would bury the first ones: the rest are counted. */
const MAX_SHOWN = 10;

interface Props {
  source?: ActualsSource;
  onSource: (source: ActualsSource | undefined) => void;
  /** The plan the actuals must fit (its areas and years); null while the plan has problems of its own. */
  plan: ActualsPlanShape | null;
  /** Reads the selected cells (inside Excel only). */
  readSelection?: (plan: ActualsPlan) => Promise<ActualsRead>;
  disabled: boolean;
}

/**
 * What actuals must fit: the areas and years only, so typing a coverage does not read them again (a new
 * plan object comes with every keystroke; the key changes only with the areas or years).
 */
export function useActualsPlan(plan: Plan | null): ActualsPlanShape | null {
  const key = plan
    ? shapeKey({ areas: plan.areas, firstYearLabel: plan.assumptions.firstYearLabel, years: plan.assumptions.years })
    : null;
  return React.useMemo(() => {
    if (key === null) return null;
    const [firstYearLabel, years, names] = JSON.parse(key) as [string, number, string[]];
    return { areas: names.map((name) => ({ name })), firstYearLabel, years };
  }, [key]);
}

type Feedback = { problems: string[]; summary?: string } | null;

/** What the chosen source holds for the plan as it is now. */
function useFeedback(source: ActualsSource | undefined, plan: ActualsPlanShape | null): Feedback {
  const [feedback, setFeedback] = React.useState<Feedback>(null);
  React.useEffect(() => {
    if (!source || !plan) {
      setFeedback(null);
      return;
    }
    let live = true;
    readActualsSource(source, plan).then(
      (read) => live && setFeedback({ problems: read.problems, summary: describeActuals(read.actuals) }),
      (err: unknown) => live && setFeedback({ problems: [`${source.name}: ${describeError(err)}`] }),
    );
    return () => {
      live = false;
    };
  }, [source, plan]);
  return feedback;
}

function Report({ source, feedback }: { source: ActualsSource; feedback: NonNullable<Feedback> }) {
  const styles = usePaneStyles();
  const { problems } = feedback;
  if (!problems.length)
    return (
      <p>
        From {source.name}: {feedback.summary}. They go into the Monitoring sheet when the plan is written; a blank
        never replaces a figure already in the workbook.
      </p>
    );
  return (
    <>
      <p>
        {problems.length === 1 ? '1 problem' : `${problems.length} problems`} in {source.name}. Nothing will be written
        until {problems.length === 1 ? 'it is' : 'they are'} fixed or the actuals removed.
      </p>
      <ul className={styles.problems}>
        {problems.slice(0, MAX_SHOWN).map((p) => (
          <li key={p}>{p}</li>
        ))}
        {problems.length > MAX_SHOWN && <li>… and {problems.length - MAX_SHOWN} more</li>}
      </ul>
    </>
  );
}

/** Actuals from a CSV (as --actuals reads) or the selection: they go into the Monitoring sheet with the plan. */
export function ActualsSourceField({ source, onSource, plan, readSelection, disabled }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const feedback = useFeedback(source, plan);
  const [failure, setFailure] = React.useState<string | null>(null);
  const attempt = (job: () => Promise<ActualsSource>) => {
    setFailure(null);
    job().then(onSource, (err: unknown) => setFailure(`The actuals could not be read: ${describeError(err)}`));
  };
  const chooseFile = (file: File) =>
    attempt(async () => ({ kind: 'file', name: file.name, text: await readFileText(file) }));
  const fromSelection = (read: (p: ActualsPlan) => Promise<ActualsRead>, shape: ActualsPlanShape) =>
    attempt(async () => ({
      kind: 'selection',
      name: 'the selection',
      read: await read(toParsePlan(shape)),
      shape: shapeKey(shape),
    }));
  return (
    <div className={styles.section}>
      <label htmlFor="actuals-file">
        Actuals from a CSV file{readSelection ? ' or the selected cells' : ''} (area, year, es_in_post, clients,
        job_outcomes, sustained_13_weeks)
      </label>
      <input
        id="actuals-file"
        key={source?.name ?? 'none'}
        className={styles.fileInput}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) chooseFile(chosen);
        }}
        data-testid={TEST_IDS.actualsFile}
      />
      {readSelection && (
        <Button
          onClick={() => plan && fromSelection(readSelection, plan)}
          disabled={disabled || !plan}
          data-testid={TEST_IDS.actualsSelection}
        >
          Read actuals from the selection
        </Button>
      )}
      <div aria-live="polite" data-testid={TEST_IDS.actualsReport}>
        {failure && <p>{failure}</p>}
        {source && feedback && <Report source={source} feedback={feedback} />}
      </div>
      {source && (
        <Button appearance="subtle" onClick={() => onSource(undefined)} data-testid={TEST_IDS.actualsRemove}>
          Remove the actuals from {source.name}
        </Button>
      )}
    </div>
  );
}
