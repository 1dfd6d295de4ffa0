// The shapes of the assumptions, apart from their defaults and sources (assumptionInfo.ts), so the
// defaults and the functions over them (assumptions.ts) import the shapes without importing each other.
import type { RoundingRule } from './rounding';

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

/** What every input the planner asks for says of itself, whichever part of the model it feeds. */
export interface SourcedInputInfo {
  label: string;
  defaultValue: number;
  /** Inclusive bounds, in the model's units (fractions for percentages). */
  min: number;
  max: number;
  integer?: boolean;
  /** Workbook defined name of the input cell. */
  name: string;
  cliFlag: string;
  source: string;
}

export interface NumericAssumptionInfo extends SourcedInputInfo {
  key: NumericAssumptionKey | 'firstYearCaseload';
  unit: Unit;
  presets?: readonly { value: number; label: string }[];
  /** Shown in the task pane's collapsed "advanced" section. */
  advanced?: boolean;
}
