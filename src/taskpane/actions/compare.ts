import type { Assumptions } from '../../model/assumptions';
import { Scenario, coverageScenarios } from '../../model/scenarios';

export const COMPARE_COVERAGES = [0.25, 0.5, 1] as const;

/**
 * What a comparison writes: a scenario per coverage and, when the coverage is chosen by a budget, the
 * budget-led scenario beside them (the one the preview shows); else the current scenario alone.
 */
export function scenariosToWrite(
  base: Assumptions,
  coverages: readonly number[] | null,
  current: Scenario,
): Scenario[] {
  if (!coverages) return [current];
  const compared = coverageScenarios(base, coverages);
  return current.budget ? [...compared, current] : compared;
}

/** "IPS plan - compare 25, 50, 100% coverage and £5,000,000 budget.xlsx". */
export function downloadName(coverages: readonly number[] | null, scenarios: readonly Scenario[]): string {
  if (!coverages) return `IPS plan - ${scenarios[0].name}.xlsx`;
  const budget = scenarios.find((s) => s.budget);
  return `IPS plan - compare 25, 50, 100% coverage${budget ? ` and ${budget.name}` : ''}.xlsx`;
}

/** The compare button's words: with a budget typed, it says the budget-led sheet comes too. */
export function compareLabel(inExcel: boolean, budgetName?: string): string {
  const also = budgetName ? ` and ${budgetName}` : '';
  return inExcel ? `Compare 25 / 50 / 100%${also}` : `Download 25 / 50 / 100%${also} comparison`;
}
