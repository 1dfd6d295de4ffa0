import type { Area } from '../model/areas';
import { ScenarioPlan, Scenario, budgetScenarios, coverageScenarios, formatPercent } from '../model/scenarios';
import type { CliOptions } from './options';

/**
 * The scenarios the options ask for: one per coverage, then one per budget. With --budget alone
 * only the budgets are planned (the default 25% is not added unasked). Throws PlanInputError.
 */
export function cliScenarios(areas: readonly Area[], options: CliOptions): Scenario[] {
  const budgets = options.budgets.map((amount) => ({ amount, basis: options.budgetBasis }));
  const coverage =
    options.coverageGiven || !budgets.length ? coverageScenarios(options.assumptions, options.coverages) : [];
  return [...coverage, ...budgetScenarios(areas, options.assumptions, budgets)];
}

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const gbp = (v: number) => `£${GBP.format(Math.abs(v))}`;

/** A budget scenario in one line for stderr: coverage bought, ES, planned cost beside the budget, any clamp. */
export function budgetLine({ name, plan, budgetCheck }: ScenarioPlan): string | null {
  if (!budgetCheck) return null;
  const { coverage, plannedCostPerYear, difference, note } = budgetCheck;
  const gap = Math.round(difference);
  const versus = gap === 0 ? 'the same as the budget' : `${gbp(gap)} ${gap > 0 ? 'over' : 'under'} the budget`;
  return (
    `${name}: buys ${formatPercent(coverage)} coverage, ${plan.totals.specialists} ES; planned cost ` +
    `${gbp(plannedCostPerYear)} a year, ${versus}${note ? ` (${note})` : ''}`
  );
}
