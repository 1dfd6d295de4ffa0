import * as React from 'react';
import type { Plan } from '../../model/plan';
import { figureLabel } from '../../model/figures';
import { formatFigure } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

type Totals = Plan['totals'];
type Shown = 'eligible' | 'clientsPerYear' | 'specialists' | 'totalCostPerYear' | 'rolloutCost' | 'jobOutcomesPerYear';

/** The totals a planner asks first, labelled as the workbook labels them (OUTPUT_FIGURES). */
const SHOWN: readonly [Shown, string][] = [
  ['eligible', TEST_IDS.totalEligible],
  ['clientsPerYear', TEST_IDS.totalClients],
  ['specialists', TEST_IDS.totalEs],
  ['totalCostPerYear', TEST_IDS.totalCostYear],
  ['rolloutCost', TEST_IDS.totalCostRollout],
  ['jobOutcomesPerYear', TEST_IDS.totalJobOutcomes],
];

function totalsShown(years: number): { id: string; label: string; value: (t: Totals) => string }[] {
  return SHOWN.map(([key, id]) => ({ id, label: figureLabel(key, years), value: (t) => formatFigure(key, t[key]) }));
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
