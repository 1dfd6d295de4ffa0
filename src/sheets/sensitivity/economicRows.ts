import type { Area } from '../../model/areas';
import { DEFAULT_ECONOMIC_INPUTS, EconomicInputs } from '../../model/economics';
import { EconomicSensitivityRow, economicSensitivity } from '../../model/economicSensitivity';
import { Scenario, planScenarios } from '../../model/scenarios';

/**
 * The economic case's rows for the Sensitivity sheet, when the workbook has the Economic case sheet and it
 * follows the same scenario (its names then hold that scenario's case); else none.
 */
export function economicRowsFor(
  areas: readonly Area[],
  scenarios: readonly Scenario[],
  economics: { scenario?: number; inputs?: EconomicInputs } | undefined,
  followed: number,
): EconomicSensitivityRow[] | undefined {
  if (!economics) return undefined;
  const own = Math.min(economics.scenario ?? 0, scenarios.length - 1);
  if (own !== followed) return undefined;
  const [planned] = planScenarios(areas, [scenarios[followed]]);
  return economicSensitivity(planned, economics.inputs ?? DEFAULT_ECONOMIC_INPUTS);
}
