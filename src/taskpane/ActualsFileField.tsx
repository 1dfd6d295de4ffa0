import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { type ActualsFile, type ActualsPlanShape, describeActuals, readActualsFile } from './actualsFile';
import type { Plan } from '../model/plan';
import { readFileText } from './figureReaders';
import { usePaneStyles } from './styles';
import { TEST_IDS } from './testIds';

/** More than this many problems would bury the first ones: the rest are counted. */
const MAX_SHOWN = 10;

interface Props {
  file?: ActualsFile;
  onFile: (file: ActualsFile | undefined) => void;
  /** The plan the actuals must fit (its areas and years); null while the plan has problems of its own. */
  plan: ActualsPlanShape | null;
  disabled: boolean;
}

type Feedback = { problems: string[]; summary?: string } | null;

/**
 * What actuals from a file must fit: the areas and years only, so typing a coverage does not read the
 * file again (a new plan object comes with every keystroke; the key changes only with areas or years).
 */
export function useActualsPlan(plan: Plan | null): ActualsPlanShape | null {
  const key = plan
    ? JSON.stringify([plan.assumptions.firstYearLabel, plan.assumptions.years, plan.areas.map((a) => a.name)])
    : null;
  return React.useMemo(() => {
    if (key === null) return null;
    const [firstYearLabel, years, names] = JSON.parse(key) as [string, number, string[]];
    return { areas: names.map((name) => ({ name })), firstYearLabel, years };
  }, [key]);
}

/** What the chosen file holds for the plan as it is now: read again when the areas or years change. */
function useFeedback(file: ActualsFile | undefined, plan: ActualsPlanShape | null): Feedback {
  const [feedback, setFeedback] = React.useState<Feedback>(null);
  React.useEffect(() => {
    if (!file || !plan) {
      setFeedback(null);
      return;
    }
    let live = true;
    readActualsFile(file, plan).then(
      (read) => live && setFeedback({ problems: read.problems, summary: describeActuals(read.actuals) }),
      (err: unknown) => live && setFeedback({ problems: [`${file.fileName}: ${String(err)}`] }),
    );
    return () => {
      live = false;
    };
  }, [file, plan]);
  return feedback;
}

/** A CSV of actuals (as --actuals reads): they go into the Monitoring sheet when the plan is written. */
export function ActualsFileField({ file, onFile, plan, disabled }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const feedback = useFeedback(file, plan);
  const choose = async (chosen: File) => onFile({ fileName: chosen.name, text: await readFileText(chosen) });
  return (
    <div className={styles.section}>
      <label htmlFor="actuals-file">
        Actuals from a CSV file (area, year, es_in_post, clients, job_outcomes, sustained_13_weeks)
      </label>
      <input
        id="actuals-file"
        key={file?.fileName ?? 'none'}
        className={styles.fileInput}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) void choose(chosen);
        }}
        data-testid={TEST_IDS.actualsFile}
      />
      {file && feedback && (
        <div aria-live="polite" data-testid={TEST_IDS.actualsFileReport}>
          {feedback.problems.length === 0 ? (
            <p>
              {file.fileName}: {feedback.summary}. They go into the Monitoring sheet when the plan is written; a blank
              never replaces a figure already in the workbook.
            </p>
          ) : (
            <>
              <p>
                {feedback.problems.length === 1 ? '1 problem' : `${feedback.problems.length} problems`} in{' '}
                {file.fileName}. Nothing will be written until it is fixed or removed.
              </p>
              <ul className={styles.problems}>
                {feedback.problems.slice(0, MAX_SHOWN).map((p) => (
                  <li key={p}>{p}</li>
                ))}
                {feedback.problems.length > MAX_SHOWN && <li>… and {feedback.problems.length - MAX_SHOWN} more</li>}
              </ul>
            </>
          )}
        </div>
      )}
      {file && (
        <Button appearance="subtle" onClick={() => onFile(undefined)} data-testid={TEST_IDS.actualsFileRemove}>
          Remove {file.fileName}
        </Button>
      )}
    </div>
  );
}
