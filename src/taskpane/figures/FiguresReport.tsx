import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { describeProblem } from '../../parse/areasTable';
import { type FiguresState, areasRead } from './figures';
import { formatWhole, problemCount } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

/** More than this many problems would bury the first ones: the rest are counted. */
const MAX_PROBLEMS_SHOWN = 50;

/** What was read, or that something is being read. */
export function FiguresStatus({ figures, reading }: { figures: FiguresState; reading: boolean }): React.ReactElement {
  const styles = usePaneStyles();
  const { areas, problems } = figures;
  return (
    <div role="status" aria-live="polite" data-testid={TEST_IDS.figuresStatus}>
      {reading ? (
        <Spinner size="tiny" label="Reading…" />
      ) : areas ? (
        <span>
          Read {areasRead(areas)}, from {figures.label}.
        </span>
      ) : problems.length === 0 ? (
        <span className={styles.muted}>No figures read yet.</span>
      ) : null}
    </div>
  );
}

/** Every problem in what was read, each with its place (up to MAX_PROBLEMS_SHOWN). */
export function FiguresProblems({ figures }: { figures: FiguresState }): React.ReactElement {
  const styles = usePaneStyles();
  const { problems } = figures;
  return (
    <MessageBar intent="error" layout="multiline" data-testid={TEST_IDS.figuresProblems}>
      <MessageBarBody>
        <MessageBarTitle>
          {problemCount(problems.length)} in {figures.label}. Nothing will be written until{' '}
          {problems.length === 1 ? 'it is' : 'they are'} fixed.
        </MessageBarTitle>
        <ul className={styles.problems}>
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>{describeProblem(p)}</li>
          ))}
          {problems.length > MAX_PROBLEMS_SHOWN && (
            <li>… and {formatWhole(problems.length - MAX_PROBLEMS_SHOWN)} more</li>
          )}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
