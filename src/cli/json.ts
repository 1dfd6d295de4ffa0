import type { Area, AreasOrigin } from '../model/areas';
import type { ScenarioPlan } from '../model/scenarios';
import type { Actual } from '../model/monitoring';
import { sensitivity } from '../model/sensitivity';
import { EconomicInputs, economicCase } from '../model/economics';
import { monitoringJson } from './actuals';

/**
 * The plan as the JSON the command prints: figures unrounded, ES as the rule gives them.
 * Field names are a public contract (README, issue 2): add fields, never rename them.
 * A budget-led scenario's assumptions carry budget, budgetBasis and the coverage bought, and the
 * scenario a budgetCheck (planned cost beside the budget); --sensitivity adds each scenario's rows;
 * --economics adds each scenario's economic case;
 * --actuals adds each scenario's plan against the actuals (one entry per area per year).
 */
export function planJson(
  scenarios: readonly ScenarioPlan[],
  withSensitivity: { areas: readonly Area[] } | null = null,
  actuals: readonly Actual[] | null = null,
  dataSet: AreasOrigin | null = null,
  economics: EconomicInputs | null = null,
): unknown {
  return {
    // The built-in data set the areas come from; null for the planner's own (--boards).
    dataSet: dataSet ? { id: dataSet.id, title: dataSet.title, areaWord: dataSet.words } : null,
    scenarios: scenarios.map((scenario) => {
      const { name, assumptions, plan, budget, budgetCheck } = scenario;
      return {
        name,
        assumptions: budget ? { ...assumptions, budget: budget.amount, budgetBasis: budget.basis } : assumptions,
        ...(budgetCheck ? { budgetCheck } : {}),
        boards: plan.areas,
        totals: plan.totals,
        warnings: plan.warnings,
        ...(withSensitivity ? { sensitivity: sensitivity(withSensitivity.areas, assumptions) } : {}),
        ...(actuals ? { monitoring: monitoringJson(plan, actuals) } : {}),
        ...(economics ? { economics: economicCase(scenario, economics) } : {}),
      };
    }),
  };
}
