import { ASSUMPTION_INFO, REVIEW } from './assumptionInfo';

export { ASSUMPTION_INFO, REVIEW } from './assumptionInfo';
import { RoundingRule } from './rounding';

export type RolloutMode = 'phased' | 'existing';

/** Every assumption of a plan. Percentages are fractions (0.25 = 25%). */
export interface Assumptions {
  inWork: number;
  interested: number;
  coverage: number;
  caseload: number;
  /** Clients a newly recruited ES works with in their first year; null = same as caseload. */
  firstYearCaseload: number | null;
  rounding: RoundingRule;
  costPerEngagement: number;
  intoWorkRate: number;
  sustainmentRate: number;
  esSalary: number;
  teamLeaderSalary: number;
  managerSalary: number;
  employerNiRate: number;
  niThresholdMonthly: number;
  pensionRate: number;
  overheadRate: number;
  esPerTeamLeader: number;
  teamLeadersPerManager: number;
  implementationSupportPerYear: number;
  years: number;
  firstYearLabel: string;
  rollout: RolloutMode;
}

export type NumericAssumptionKey = {
  [K in keyof Assumptions]: Assumptions[K] extends number ? K : never;
}[keyof Assumptions];

export type Unit = 'percent' | 'gbp' | 'clients' | 'ratio' | 'years';

export interface NumericAssumptionInfo {
  key: NumericAssumptionKey | 'firstYearCaseload';
  label: string;
  unit: Unit;
  defaultValue: number;
  /** Inclusive bounds, in the model's units (fractions for percentages). */
  min: number;
  max: number;
  integer?: boolean;
  /** Workbook defined name of the input cell. */
  name: string;
  cliFlag: string;
  source: string;
  presets?: readonly { value: number; label: string }[];
  /** Shown in the task pane's collapsed "advanced" section. */
  advanced?: boolean;
}

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
