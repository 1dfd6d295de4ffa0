import { ASSUMPTION_INFO, REVIEW } from './assumptionInfo';

export { ASSUMPTION_INFO, REVIEW } from './assumptionInfo';
import type { Assumptions, NumericAssumptionInfo, NumericAssumptionKey } from './assumptionTypes';

export type { Assumptions, NumericAssumptionInfo, NumericAssumptionKey, RolloutMode, Unit } from './assumptionTypes';

export const DEFAULT_FIRST_YEAR_LABEL = '2027/28';

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = Object.freeze({
  ...(Object.fromEntries(ASSUMPTION_INFO.map((i) => [i.key, i.defaultValue])) as Record<NumericAssumptionKey, number>),
  firstYearCaseload: null,
  rounding: 'nearest-min1',
  firstYearLabel: DEFAULT_FIRST_YEAR_LABEL,
  rollout: 'phased',
});

export const ROLLOUT_SOURCE =
  `${REVIEW}, rollout: year 1 expands the existing high-fidelity services (the data's phase 1); ` +
  'years 2–5 ramp up in phases 1, 2 or 3, or by existing service size';

export function assumptionInfo(key: NumericAssumptionInfo['key']): NumericAssumptionInfo {
  const info = ASSUMPTION_INFO.find((i) => i.key === key);
  if (!info) throw new Error(`No assumption called ${key}`);
  return info;
}

/** The caseload new ES carry in their first year (the caseload unless a lower figure is set). */
export function effectiveFirstYearCaseload(a: Assumptions): number {
  return a.firstYearCaseload ?? a.caseload;
}
