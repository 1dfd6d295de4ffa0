import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Plan } from '../model/plan';
import { formatEs, formatPounds, formatWhole } from './format';
import { usePaneStyles } from './styles';

interface Props {
  plan: Plan | null;
  /** Why there is no plan ("Fix the highlighted assumptions"), when there is none. */
  unavailable?: string;
}

/** The totals a planner asks first, then every board: recomputed on every keystroke (cheap). */
export function PreviewSection({ plan, unavailable }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const t = plan?.totals;
  const years = plan?.assumptions.years ?? 5;
  const totals: { id: string; label: string; value: (p: NonNullable<typeof t>) => string }[] = [
    { id: 'total-eligible', label: 'Eligible people', value: (x) => formatWhole(x.eligible) },
    { id: 'total-clients', label: 'Clients per year', value: (x) => formatWhole(x.clientsPerYear) },
    { id: 'total-es', label: 'Employment specialists', value: (x) => formatEs(x.specialists) },
    { id: 'total-cost-year', label: 'Cost per year', value: (x) => formatPounds(x.totalCostPerYear) },
    {
      id: 'total-cost-rollout',
      label: `${years}-year rollout cost`,
      value: (x) => formatPounds(x.rolloutCost + x.implementationSupportPerYear * years),
    },
    { id: 'total-job-outcomes', label: 'Job outcomes per year', value: (x) => formatWhole(x.jobOutcomesPerYear) },
  ];

  return (
    <section className={styles.section} aria-labelledby="preview-heading">
      <h2 id="preview-heading" className={styles.heading}>
        3. Preview
      </h2>
      {/* Read out when the figures change, so a screen-reader user hears the effect of an input. */}
      <div aria-live="polite" aria-atomic="true" data-testid="preview-totals">
        {t ? (
          <dl className={styles.totals}>
            {totals.map((row) => (
              <div key={row.id} className={styles.total}>
                <dt className={styles.totalLabel}>{row.label}</dt>
                <dd className={styles.totalValue} data-testid={row.id}>
                  {row.value(t)}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className={styles.muted} data-testid="preview-unavailable">
            {unavailable ?? 'No preview yet.'}
          </p>
        )}
      </div>
      {plan && plan.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="plan-warnings">
          <MessageBarBody>
            <ul className={styles.problems}>
              {plan.warnings.map((w, i) => (
                <li key={i}>
                  <strong>{w.board}</strong>: {w.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        // Focusable so keyboard users can scroll it sideways at 320 px.
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Plan by area">
          <table className={styles.table} data-testid="preview-table">
            <caption className={styles.caption}>Each area at full rollout (per year)</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Eligible</th>
                <th scope="col">Clients</th>
                <th scope="col">ES</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {plan.areas.map((a) => (
                <tr key={a.name}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                    {a.name}
                  </th>
                  <td>{formatWhole(a.eligible)}</td>
                  <td>{formatWhole(a.clientsPerYear)}</td>
                  <td>{formatEs(a.specialists)}</td>
                  <td>{formatPounds(a.costPerYear)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" style={{ textAlign: 'left' }}>
                  Total
                </th>
                <td>{formatWhole(plan.totals.eligible)}</td>
                <td>{formatWhole(plan.totals.clientsPerYear)}</td>
                <td>{formatEs(plan.totals.specialists)}</td>
                <td>{formatPounds(plan.totals.costPerYear)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
