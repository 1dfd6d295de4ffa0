import { Area } from './areas';
import { Assumptions } from './assumptions';
import { Plan, computePlan } from './plan';

export interface Scenario {
  name: string;
  assumptions: Assumptions;
}

export interface ScenarioPlan extends Scenario {
  plan: Plan;
}

export function formatPercent(fraction: number): string {
  return `${+(fraction * 100).toFixed(4)}%`;
}

/** "25% coverage": the name a scenario sheet and the JSON carry. */
export function scenarioName(a: Assumptions): string {
  return `${formatPercent(a.coverage)} coverage`;
}

/** One scenario per coverage, everything else as in the base assumptions. */
export function coverageScenarios(base: Assumptions, coverages: readonly number[]): Scenario[] {
  const unique = [...new Set(coverages)];
  return unique.map((coverage) => {
    const assumptions = { ...base, coverage };
    return { name: scenarioName(assumptions), assumptions };
  });
}

export function planScenarios(areas: readonly Area[], scenarios: readonly Scenario[]): ScenarioPlan[] {
  return scenarios.map((s) => ({ ...s, plan: computePlan(areas, s.assumptions) }));
}
