import type { ScenarioPlan } from '../model/scenarios';

/**
 * The plan as the JSON the command prints: figures unrounded, ES as the rule gives them.
 * Field names are a public contract (README, issue 2): add fields, never rename them.
 */
export function planJson(scenarios: readonly ScenarioPlan[]): unknown {
  return {
    scenarios: scenarios.map(({ name, assumptions, plan }) => ({
      name,
      assumptions,
      boards: plan.areas,
      totals: plan.totals,
      warnings: plan.warnings,
    })),
  };
}
