import { Area } from './areas';
import { Assumptions } from './assumptions';
import type { Plan } from './plan';
import { staffCostPerSpecialist } from './staff';

/**
 * Budget-led scenarios: the planner has £B a year at full rollout and asks what coverage it buys.
 * Coverage is the same for every area (the review's equal-coverage principle); the budget first
 * pays for implementation support, and the rest buys engagements (or ES, on the staff basis).
 */
export type BudgetBasis = 'engagement' | 'staff';

export const BUDGET_BASES: readonly BudgetBasis[] = ['engagement', 'staff'];

export const BUDGET_BASIS_LABELS: Record<BudgetBasis, string> = {
  engagement: 'per engagement (clients × £ per engagement)',
  staff: 'staff-based (ES × staff cost per ES, with team leaders and managers)',
};

export interface Budget {
  /** £ a year at full rollout, implementation support included. */
  amount: number;
  basis: BudgetBasis;
}

/** Budgets above this are surely a typing slip (£10bn a year). */
export const MAX_BUDGET = 10_000_000_000;

export interface BudgetCoverage {
  /** The coverage the plan uses: the budget's, clamped to 0–100%. */
  coverage: number;
  /** The coverage the budget would buy without the clamp (Infinity when nothing costs anything). */
  coverageUnclamped: number;
  /** £ a year that 100% coverage costs on the budget's basis, implementation support excluded. */
  costAtFullCoverage: number;
  /** Why the coverage was clamped, in plain words; null when it was not. */
  note: string | null;
}

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const gbp = (v: number) => `${v < 0 ? '-' : ''}£${GBP.format(Math.abs(v))}`;
const pct = (v: number) => `${+(v * 100).toFixed(2)}%`;

export function budgetProblems(budget: Budget): string[] {
  const problems: string[] = [];
  const { amount, basis } = budget;
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    problems.push(`Budget: ${String(amount)} is not a number`);
  else if (amount < 0 || amount > MAX_BUDGET)
    problems.push(`Budget: ${gbp(amount)} is outside £0–${gbp(MAX_BUDGET)} a year`);
  if (!BUDGET_BASES.includes(basis)) problems.push(`Budget basis: "${basis}" is not engagement or staff`);
  return problems;
}

/** £ a year at 100% coverage: Σ eligible × £ per engagement, or Σ eligible × staff cost per ES ÷ clients per ES. */
export function costAtFullCoverage(areas: readonly Area[], a: Assumptions, basis: BudgetBasis): number {
  let eligible = 0;
  for (const area of areas) eligible += area.smiContacts * (1 - a.inWork) * a.interested; // as computePlan sums it
  const perClient = basis === 'engagement' ? a.costPerEngagement : staffCostPerSpecialist(a) / a.caseload;
  return eligible * perClient;
}

/** The coverage a budget buys: (budget − implementation support) ÷ the cost of 100% coverage, clamped to 0–100%. */
export function coverageForBudget(areas: readonly Area[], a: Assumptions, budget: Budget): BudgetCoverage {
  const full = costAtFullCoverage(areas, a, budget.basis);
  const left = budget.amount - a.implementationSupportPerYear;
  const unclamped = full > 0 ? left / full : left > 0 ? Infinity : 0;
  const coverage = Math.min(1, Math.max(0, unclamped));
  let note: string | null = null;
  if (left < 0) {
    note =
      `${gbp(budget.amount)} a year is less than the implementation support (${gbp(a.implementationSupportPerYear)}): ` +
      'it buys no IPS, so the plan is at 0% coverage';
  } else if (unclamped > 1) {
    note =
      full > 0
        ? `${gbp(budget.amount)} a year would buy ${pct(unclamped)} coverage: the plan is capped at 100%, ` +
          'and part of the budget is not needed (see the planned cost beside it)'
        : '100% coverage costs nothing with these figures (no eligible clients, or a £0 unit cost): the plan is at 100%';
  }
  return { coverage, coverageUnclamped: unclamped, costAtFullCoverage: full, note };
}

export interface BudgetCheck {
  budget: number;
  basis: BudgetBasis;
  /** The coverage bought (a fraction), as planned. */
  coverage: number;
  /**
   * What the plan costs a year on the budget's basis, implementation support included: per engagement,
   * clients × £ per engagement; staff-based, the rounded ES × staff cost per ES (so it can differ from the budget).
   */
  plannedCostPerYear: number;
  /** Planned cost − budget: above 0 the plan costs more than the budget, below 0 less. */
  difference: number;
  note: string | null;
}

/** The planned cost beside the budget, from a plan made at the budget's coverage. */
export function budgetCheck(plan: Plan, budget: Budget, bought: BudgetCoverage): BudgetCheck {
  const { totals } = plan;
  const running = budget.basis === 'engagement' ? totals.costPerYear : totals.staffCostPerYear;
  const plannedCostPerYear = running + totals.implementationSupportPerYear;
  return {
    budget: budget.amount,
    basis: budget.basis,
    coverage: plan.assumptions.coverage,
    plannedCostPerYear,
    difference: plannedCostPerYear - budget.amount,
    note: bought.note,
  };
}
