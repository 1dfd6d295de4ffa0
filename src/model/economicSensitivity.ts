// "What moves the net present value": the economic case's uncertain savings at a low and a high, the rest as typed.
import { REVIEW } from './assumptionInfo';
import { EconomicInputs, economicCase } from './economics';
import type { ScenarioPlan } from './scenarios';

export type EconomicSensitivityInput = 'taxBenefitSavingPerPound' | 'nhsSavingPerJobOutcome';

export interface EconomicSensitivityRange {
  input: EconomicSensitivityInput;
  label: string;
  /** In the model's units: a fraction of £1 for the tax & benefit saving, £ for the NHS saving. */
  low: number;
  high: number;
  source: string;
}

export interface EconomicSensitivityRow extends EconomicSensitivityRange {
  npvLow: number;
  npvHigh: number;
  bcrLow: number | null;
  bcrHigh: number | null;
}

export const ECONOMIC_SENSITIVITY_RANGES: readonly EconomicSensitivityRange[] = [
  {
    input: 'taxBenefitSavingPerPound',
    label: 'Tax & benefit saving per £1 spent',
    low: 0.09,
    high: 0.66,
    source: `University of Sheffield, cashable savings of 9p to 66p per £1 spent, quoted by the ${REVIEW}: the published range`,
  },
  {
    input: 'nhsSavingPerJobOutcome',
    label: 'NHS saving per job outcome',
    low: 0,
    high: 748,
    source:
      '£0: no NHS saving realised (the case on the other savings alone); £748: no published higher figure, so ' +
      `as far above the £374 of the ${REVIEW} as £0 is below`,
  },
];

/** Each range's low and high as a full economic case of the scenario, sorted by the swing in NPV. */
export function economicSensitivity(
  s: ScenarioPlan,
  inputs: EconomicInputs,
  ranges: readonly EconomicSensitivityRange[] = ECONOMIC_SENSITIVITY_RANGES,
): EconomicSensitivityRow[] {
  const rows = ranges.map((range): EconomicSensitivityRow => {
    const low = economicCase(s, { ...inputs, [range.input]: range.low });
    const high = economicCase(s, { ...inputs, [range.input]: range.high });
    return {
      ...range,
      npvLow: low.netPresentValue,
      npvHigh: high.netPresentValue,
      bcrLow: low.benefitCostRatio,
      bcrHigh: high.benefitCostRatio,
    };
  });
  const swing = (r: EconomicSensitivityRow) => Math.abs(r.npvHigh - r.npvLow);
  return rows.sort((x, y) => swing(y) - swing(x));
}
