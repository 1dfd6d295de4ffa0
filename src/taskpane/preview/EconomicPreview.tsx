import * as React from 'react';
import type { EconomicCase } from '../../model/economics';
import { formatPounds } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';
import type { EconomicCaseState } from '../economics/useEconomics';

const ratio = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rate = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** "0.16", or "–" where there is no cost to divide by. */
export const formatRatio = (bcr: number | null): string => (bcr === null ? '–' : ratio.format(bcr));

/** The three figures a committee asks, in the preview's words, from the model's case. */
export function economicFigures(c: EconomicCase): { id: string; label: string; value: string }[] {
  return [
    {
      id: TEST_IDS.economicNpv,
      label: `Net present value (${c.appraisalYears} years at ${rate.format(c.discountRate * 100)}%)`,
      value: formatPounds(c.netPresentValue),
    },
    { id: TEST_IDS.economicBcr, label: 'Benefit-cost ratio', value: formatRatio(c.benefitCostRatio) },
    {
      id: TEST_IDS.economicBreakEven,
      label: 'Break-even value per job outcome',
      value: c.breakEvenValuePerJobOutcome === null ? '–' : formatPounds(c.breakEvenValuePerJobOutcome),
    },
  ];
}

/** "Each £1 spent returns £0.16; a person into work would need to be worth £4,550 …": the sheet's words. */
export function economicSentence(c: EconomicCase): string {
  if (c.benefitCostRatio === null || c.breakEvenValuePerJobOutcome === null)
    return 'No cost or no job outcomes to weigh.';
  const back = `Each £1 spent returns £${ratio.format(c.benefitCostRatio)}`;
  return `${back}; a person into work would need to be worth ${formatPounds(c.breakEvenValuePerJobOutcome)} for the service to pay for itself.`;
}

/** The economic case of the scenario previewed above, at the inputs typed: recomputed on every keystroke. */
export function EconomicPreview({ state }: { state: EconomicCaseState }): React.ReactElement | null {
  const styles = usePaneStyles();
  if (!state) return null;
  return (
    <div aria-live="polite" aria-atomic="true" data-testid={TEST_IDS.economicPreview}>
      {'error' in state ? (
        <p className={styles.muted} data-testid={TEST_IDS.economicUnavailable}>
          {state.error}
        </p>
      ) : (
        <>
          <dl className={styles.totals}>
            {economicFigures(state.case).map((f) => (
              <div key={f.id} className={styles.total}>
                <dt className={styles.totalLabel}>{f.label}</dt>
                <dd className={styles.totalValue} data-testid={f.id}>
                  {f.value}
                </dd>
              </div>
            ))}
          </dl>
          <p className={styles.muted}>{economicSentence(state.case)}</p>
        </>
      )}
    </div>
  );
}
