import * as React from 'react';
import type { Plan } from '../model/plan';
import { formatEs, formatPounds, formatWhole } from './format';
import { usePaneStyles } from './styles';
import { TEST_IDS } from './testIds';

type Totals = Plan['totals'];

/** The totals a planner asks first. */
function totalsShown(years: number): { id: string; label: string; value: (t: Totals) => string }[] {
  return [
    { id: TEST_IDS.totalEligible, label: 'Eligible people', value: (t) => formatWhole(t.eligible) },
    { id: TEST_IDS.totalClients, label: 'Clients per year', value: (t) => formatWhole(t.clientsPerYear) },
    { id: TEST_IDS.totalEs, label: 'Employment specialists', value: (t) => formatEs(t.specialists) },
    { id: TEST_IDS.totalCostYear, label: 'Cost per year', value: (t) => formatPounds(t.totalCostPerYear) },
    {
      id: TEST_IDS.totalCostRollout,
      label: `${years}-year rollout cost`,
      value: (t) => formatPounds(t.rolloutCost + t.implementationSupportPerYear * years),
    },
    { id: TEST_IDS.totalJobOutcomes, label: 'Job outcomes per year', value: (t) => formatWhole(t.jobOutcomesPerYear) },
  ];
}

export function PreviewTotals({ plan, unavailable }: { plan: Plan | null; unavailable?: string }): React.ReactElement {
  const styles = usePaneStyles();
  return (
    // Read out when the figures change, so a screen-reader user hears the effect of an input.
    <div aria-live="polite" aria-atomic="true" data-testid={TEST_IDS.previewTotals}>
      {plan ? (
        <dl className={styles.totals}>
          {totalsShown(plan.assumptions.years).map((row) => (
            <div key={row.id} className={styles.total}>
              <dt className={styles.totalLabel}>{row.label}</dt>
              <dd className={styles.totalValue} data-testid={row.id}>
                {row.value(plan.totals)}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.muted} data-testid={TEST_IDS.previewUnavailable}>
          {unavailable ?? 'No preview yet.'}
        </p>
      )}
    </div>
  );
}
