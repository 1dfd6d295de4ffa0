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

/** The review whose method and defaults the planner reproduces. */
export const REVIEW = 'Fair Start Scotland IPS review (Social Finance for the Scottish Government, 2020)';
const GROW_KPI = 'IPS Grow KPI framework';
const GROW_CALC = 'IPS Grow workforce calculator (England, 2026/27)';

export const ASSUMPTION_INFO: readonly NumericAssumptionInfo[] = [
  {
    key: 'inWork',
    label: 'Already in work',
    unit: 'percent',
    defaultValue: 0.1,
    min: 0,
    max: 1,
    name: 'IPS_InWork',
    cliFlag: 'in-work',
    source: `${REVIEW}, footnote 2: about 10% of people with SMI are already in work`,
  },
  {
    key: 'interested',
    label: 'Interested in work',
    unit: 'percent',
    defaultValue: 0.3,
    min: 0,
    max: 1,
    name: 'IPS_Interested',
    cliFlag: 'interested',
    source: `${REVIEW}, footnote 2: 30% of those not in work want to work`,
  },
  {
    key: 'coverage',
    label: 'Coverage of eligible clients',
    unit: 'percent',
    defaultValue: 0.25,
    min: 0,
    max: 1,
    name: 'IPS_Coverage',
    cliFlag: 'coverage',
    source: `${REVIEW}: about 100 ES reach 25%; 50% is the NHS England ambition for 2028/29 (NHS Long Term Plan)`,
    presets: [
      { value: 0.25, label: '25% (review)' },
      { value: 0.5, label: '50% (NHS England 2028/29)' },
      { value: 1, label: '100%' },
    ],
  },
  {
    key: 'caseload',
    label: 'Clients per ES per year',
    unit: 'clients',
    defaultValue: 40,
    min: 1,
    max: 1000,
    name: 'IPS_Caseload',
    cliFlag: 'caseload',
    source: `${GROW_CALC}: 40 clients per employment specialist per year`,
  },
  {
    key: 'firstYearCaseload',
    label: 'Clients per new ES in their first year',
    unit: 'clients',
    defaultValue: 40,
    min: 1,
    max: 1000,
    name: 'IPS_FirstYearCaseload',
    cliFlag: 'first-year-caseload',
    advanced: true,
    source: `${GROW_KPI}: ES in their first year work with at least 35 clients (pro-rated), from year 2 at least 40; default: same as the caseload`,
  },
  {
    key: 'costPerEngagement',
    label: 'Cost per engagement',
    unit: 'gbp',
    defaultValue: 2000,
    min: 0,
    max: 1_000_000,
    name: 'IPS_CostPerEngagement',
    cliFlag: 'cost-per-engagement',
    source: `${REVIEW}, cost table: £2,000 prudent unit cost in a mainstream setting; £1,300 average in SMI cohorts; £2,050 University of Sheffield estimate (caseload 25)`,
    presets: [
      { value: 1300, label: '£1,300 (SMI cohorts)' },
      { value: 2000, label: '£2,000 (review, prudent)' },
      { value: 2050, label: '£2,050 (Sheffield)' },
    ],
  },
  {
    key: 'intoWorkRate',
    label: 'Clients into paid work',
    unit: 'percent',
    defaultValue: 0.4,
    min: 0,
    max: 1,
    name: 'IPS_IntoWork',
    cliFlag: 'into-work',
    source: `${GROW_KPI}: at least 40% of unemployed clients into paid work`,
  },
  {
    key: 'sustainmentRate',
    label: 'In work after 13 weeks',
    unit: 'percent',
    defaultValue: 0.65,
    min: 0,
    max: 1,
    name: 'IPS_Sustained',
    cliFlag: 'sustained',
    source: `${GROW_KPI}: at least 65% of those into work still in work after 13 weeks`,
  },
  {
    key: 'esSalary',
    label: 'ES salary (Band 5)',
    unit: 'gbp',
    defaultValue: 33437,
    min: 0,
    max: 1_000_000,
    name: 'IPS_SalaryES',
    cliFlag: 'es-salary',
    advanced: true,
    source: `${GROW_CALC}: Agenda for Change Band 5 mid-point`,
  },
  {
    key: 'teamLeaderSalary',
    label: 'Team leader salary (Band 6)',
    unit: 'gbp',
    defaultValue: 40823,
    min: 0,
    max: 1_000_000,
    name: 'IPS_SalaryTeamLeader',
    cliFlag: 'team-leader-salary',
    advanced: true,
    source: `${GROW_CALC}: Agenda for Change Band 6 mid-point`,
  },
  {
    key: 'managerSalary',
    label: 'Service manager salary (Band 7)',
    unit: 'gbp',
    defaultValue: 50723,
    min: 0,
    max: 1_000_000,
    name: 'IPS_SalaryManager',
    cliFlag: 'manager-salary',
    advanced: true,
    source: `${GROW_CALC}: Agenda for Change Band 7 mid-point`,
  },
  {
    key: 'employerNiRate',
    label: 'Employer National Insurance',
    unit: 'percent',
    defaultValue: 0.15,
    min: 0,
    max: 1,
    name: 'IPS_EmployerNI',
    cliFlag: 'employer-ni',
    advanced: true,
    source: `${GROW_CALC}: employer NI 15% on pay above £417 a month`,
  },
  {
    key: 'niThresholdMonthly',
    label: 'NI threshold per month',
    unit: 'gbp',
    defaultValue: 417,
    min: 0,
    max: 100_000,
    name: 'IPS_NIThreshold',
    cliFlag: 'ni-threshold',
    advanced: true,
    source: `${GROW_CALC}: employer NI is paid on pay above £417 a month`,
  },
  {
    key: 'pensionRate',
    label: 'Employer pension',
    unit: 'percent',
    defaultValue: 0.143,
    min: 0,
    max: 1,
    name: 'IPS_Pension',
    cliFlag: 'pension',
    advanced: true,
    source: `${GROW_CALC}: NHS employer pension contribution 14.3%`,
  },
  {
    key: 'overheadRate',
    label: 'Non-staff and overhead costs',
    unit: 'percent',
    defaultValue: 0.2,
    min: 0,
    max: 1,
    name: 'IPS_Overheads',
    cliFlag: 'overheads',
    advanced: true,
    source: `${GROW_CALC}: non-staff and overhead costs 20% on top of staff costs`,
  },
  {
    key: 'esPerTeamLeader',
    label: 'ES per team leader',
    unit: 'ratio',
    defaultValue: 6,
    min: 1,
    max: 100,
    name: 'IPS_ESPerTeamLeader',
    cliFlag: 'es-per-team-leader',
    advanced: true,
    source: `${GROW_CALC}: 1 team leader per 6 ES`,
  },
  {
    key: 'teamLeadersPerManager',
    label: 'Team leaders per service manager',
    unit: 'ratio',
    defaultValue: 5,
    min: 1,
    max: 100,
    name: 'IPS_TeamLeadersPerManager',
    cliFlag: 'team-leaders-per-manager',
    advanced: true,
    source: `${GROW_CALC}: 1 service manager per 5 team leaders`,
  },
  {
    key: 'implementationSupportPerYear',
    label: 'Implementation support per year',
    unit: 'gbp',
    defaultValue: 0,
    min: 0,
    max: 100_000_000,
    name: 'IPS_ImplementationSupport',
    cliFlag: 'implementation-support',
    advanced: true,
    source: `${REVIEW}, rollout: year 1 funds standards, buy-in and implementation support; no figure is published, so 0 unless you set one`,
  },
  {
    key: 'years',
    label: 'Rollout horizon',
    unit: 'years',
    defaultValue: 5,
    min: 1,
    max: 10,
    integer: true,
    name: 'IPS_Years',
    cliFlag: 'years',
    source: `${REVIEW}: phase the increase over 5 years`,
  },
];

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
