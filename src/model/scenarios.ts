import { Area } from './areas';
import { Assumptions } from './assumptions';
import { Budget, BudgetCheck, budgetCheck, budgetProblems, coverageForBudget } from './budget';
import { Plan, computePlan } from './plan';
import { PlanInputError, assumptionProblems } from './validate';

export interface Scenario {
  name: string;
  /** For a budget-led scenario, `coverage` is the coverage the budget buys. */
  assumptions: Assumptions;
  /** Set on a budget-led scenario. */
  budget?: Budget;
}

export interface ScenarioPlan extends Scenario {
  plan: Plan;
  /** A budget-led scenario's planned cost beside its budget. */
  budgetCheck?: BudgetCheck;
}

export function formatPercent(fraction: number): string {
  return `${+(fraction * 100).toFixed(4)}%`;
}

/** "25% coverage": the name a scenario sheet and the JSON carry. */
export function scenarioName(a: Assumptions): string {
  return `${formatPercent(a.coverage)} coverage`;
}

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "£5,000,000 budget", "£5,000,000 staff budget": short enough for a sheet name. */
export function budgetScenarioName(budget: Budget): string {
  return `£${GBP.format(budget.amount)} ${budget.basis === 'staff' ? 'staff budget' : 'budget'}`;
}

/** One scenario per coverage, everything else as in the base assumptions. */
export function coverageScenarios(base: Assumptions, coverages: readonly number[]): Scenario[] {
  const unique = [...new Set(coverages)];
  return unique.map((coverage) => {
    const assumptions = { ...base, coverage };
    return { name: scenarioName(assumptions), assumptions };
  });
}

/**
 * One scenario per budget: the base assumptions at the coverage the budget buys for these areas.
 * Throws PlanInputError on a bad budget or bad base assumptions. The same budget twice is kept once.
 */
export function budgetScenarios(areas: readonly Area[], base: Assumptions, budgets: readonly Budget[]): Scenario[] {
  const problems = [...assumptionProblems(base), ...budgets.flatMap(budgetProblems)];
  if (problems.length) throw new PlanInputError([...new Set(problems)]);
  const seen = new Set<string>();
  const unique = budgets.filter((b) => {
    const key = `${b.amount}|${b.basis}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique.map((budget) => ({
    name: budgetScenarioName(budget),
    assumptions: { ...base, coverage: coverageForBudget(areas, base, budget).coverage },
    budget: { ...budget },
  }));
}

export function planScenarios(areas: readonly Area[], scenarios: readonly Scenario[]): ScenarioPlan[] {
  return scenarios.map((s) => {
    const plan = computePlan(areas, s.assumptions);
    if (!s.budget) return { ...s, plan };
    return { ...s, plan, budgetCheck: budgetCheck(plan, s.budget, coverageForBudget(areas, s.assumptions, s.budget)) };
  });
}
