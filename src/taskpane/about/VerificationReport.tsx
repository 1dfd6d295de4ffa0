import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { WriteVerification } from '../host/host';
import { usePaneStyles } from '../shared/styles';
import { ABOUT_IDS } from './aboutIds';
import { excelText } from './verificationText';

/**
 * The last write's read-back: one line when Excel agrees; otherwise every differing cell with Excel's value,
 * the planner's and what to do, as an error (the notice above says so too).
 */
export function VerificationReport({ verification }: { verification: WriteVerification | null }) {
  const styles = usePaneStyles();
  if (!verification) return null;
  const agrees = verification.status === 'agrees';
  return (
    <section aria-label="What Excel computed" data-testid={ABOUT_IDS.verification} data-status={verification.status}>
      <MessageBar intent={agrees ? 'success' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{verification.summary}</MessageBarTitle>
          {verification.differences.length > 0 && (
            <ul className={styles.problems}>
              {verification.differences.map((d) => (
                <li key={d.cell} data-testid={ABOUT_IDS.difference}>
                  {d.cell} ({d.label}): Excel has {excelText(d.excel)}, the planner {excelText(d.planner)}. {d.advice}
                </li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
