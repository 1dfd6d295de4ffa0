import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { BudgetCheck } from '../../model/budget';
import { formatPounds } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

const percent = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** "15.32%": the coverage a budget buys, to two decimals (the ES, cost and jobs above are at the exact figure). */
export const formatCoverage = (fraction: number): string => `${percent.format(fraction * 100)}%`;

/** "£12,345 over the budget", "£0: the same as the budget". */
export function formatDifference(difference: number): string {
  const gap = Math.round(difference);
  if (gap === 0) return 'The same as the budget';
  return `${formatPounds(Math.abs(gap))} ${gap > 0 ? 'over' : 'under'} the budget`;
}

/**
 * What the budget buys: the coverage (the totals above are the plan at it), why it was clamped, and
 * the planned cost beside the budget where they can differ (staff-based: ES are rounded per area).
 */
export function BudgetPreview({ check }: { check: BudgetCheck }): React.ReactElement {
  const styles = usePaneStyles();
  const showCost = check.basis === 'staff' || Math.round(check.difference) !== 0;
  return (
    <div aria-live="polite" aria-atomic="true" data-testid={TEST_IDS.budgetPreview} className={styles.section}>
      <dl className={styles.totals}>
        <div className={styles.total}>
          <dt className={styles.totalLabel}>Coverage the budget buys</dt>
          <dd className={styles.totalValue} data-testid={TEST_IDS.budgetCoverage}>
            {formatCoverage(check.coverage)}
          </dd>
        </div>
        {showCost && (
          <div className={styles.total}>
            <dt className={styles.totalLabel}>Planned cost a year (budget {formatPounds(check.budget)})</dt>
            <dd className={styles.totalValue} data-testid={TEST_IDS.budgetPlanned}>
              {formatPounds(check.plannedCostPerYear)}
            </dd>
            <dd className={styles.totalLabel} data-testid={TEST_IDS.budgetDifference}>
              {formatDifference(check.difference)}
            </dd>
          </div>
        )}
      </dl>
      {check.note && (
        <MessageBar intent="info" layout="multiline" data-testid={TEST_IDS.budgetNote}>
          <MessageBarBody>{check.note}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
