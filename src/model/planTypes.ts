// The shapes of a plan, apart from the code that computes them, so plan.ts and warnings.ts both import
// them without importing each other.
import type { Assumptions } from './assumptionTypes';

/** A note on the plan: a data-quality flag, implausible figures, spare capacity, existing ES above target. */
export interface Warning {
  board: string;
  kind: 'data-quality' | 'implausible-contacts' | 'spare-capacity' | 'existing-above-target';
  message: string;
}

export interface YearPlan {
  year: number;
  label: string;
  /** ES in post during the year. */
  specialists: number;
  /** ES recruited that year (the rise on the year before). */
  newSpecialists: number;
  clients: number;
  jobOutcomes: number;
  /** Clients × £ per engagement. */
  cost: number;
  /** Workforce cost of the ES in post, with team leaders and managers. */
  staffCost: number;
}

export interface Figures {
  smiContacts: number;
  eligible: number;
  clientsPerYear: number;
  specialists: number;
  teamLeaders: number;
  managers: number;
  jobOutcomesPerYear: number;
  sustainedOutcomesPerYear: number;
  costPerYear: number;
  staffCostPerYear: number;
  /** Cost per engagement view ÷ job outcomes; null where there are no outcomes. */
  costPerJobOutcome: number | null;
  rolloutCost: number;
  rolloutStaffCost: number;
  years: YearPlan[];
}

export interface AreaPlan extends Figures {
  name: string;
  code?: string;
  population?: number;
  existingEs?: number;
  phase: number;
  /** ES before rounding: clients ÷ caseload. */
  specialistsExact: number;
  contactsPer100k: number | null;
  specialistsPer100k: number | null;
  dataQualityFlag: string | null;
}

export interface Totals extends Figures {
  population: number | null;
  implementationSupportPerYear: number;
  /** Cost per year (per engagement) plus implementation support. */
  totalCostPerYear: number;
  contactsPer100k: number | null;
  specialistsPer100k: number | null;
}

export interface Plan {
  assumptions: Assumptions;
  areas: AreaPlan[];
  totals: Totals;
  warnings: Warning[];
}
