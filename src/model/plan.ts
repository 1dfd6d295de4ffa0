import { Area, phaseOf } from './areas';
import { Assumptions, effectiveFirstYearCaseload } from './assumptions';
import { roundSpecialists } from './rounding';
import { workforce } from './staff';
import { PlanInputError, areaProblems, assumptionProblems } from './validate';
import { Warning, planWarnings } from './warnings';
import { yearLabels } from './years';

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

/** The whole plan for some areas under some assumptions. Throws PlanInputError on bad input. */
export function computePlan(areas: readonly Area[], assumptions: Assumptions): Plan {
  const problems = [...assumptionProblems(assumptions), ...areaProblems(areas)];
  if (problems.length) throw new PlanInputError(problems);
  const labels = yearLabels(assumptions.firstYearLabel, assumptions.years);
  const areaPlans = areas.map((area) => planArea(area, assumptions, labels));
  const { flags, warnings } = planWarnings(areaPlans, assumptions);
  areaPlans.forEach((p, i) => (p.dataQualityFlag = flags[i]));
  return { assumptions, areas: areaPlans, totals: sumAreas(areaPlans, assumptions, labels), warnings };
}

function per100k(value: number, population: number | undefined | null): number | null {
  return population ? (value / population) * 100_000 : null;
}

function planArea(area: Area, a: Assumptions, labels: string[]): AreaPlan {
  const eligible = area.smiContacts * (1 - a.inWork) * a.interested;
  const clientsPerYear = eligible * a.coverage;
  const specialistsExact = clientsPerYear / a.caseload;
  const specialists = roundSpecialists(specialistsExact, a.rounding);
  const team = workforce(specialists, a);
  const jobOutcomesPerYear = clientsPerYear * a.intoWorkRate;
  const costPerYear = clientsPerYear * a.costPerEngagement;
  const phase = phaseOf(area);
  const years = rollout(area, phase, specialists, clientsPerYear, a, labels);
  return {
    name: area.name,
    code: area.code,
    population: area.population,
    existingEs: area.existingEs,
    phase,
    smiContacts: area.smiContacts,
    eligible,
    clientsPerYear,
    specialistsExact,
    specialists,
    teamLeaders: team.teamLeaders,
    managers: team.managers,
    jobOutcomesPerYear,
    sustainedOutcomesPerYear: jobOutcomesPerYear * a.sustainmentRate,
    costPerYear,
    staffCostPerYear: team.cost,
    costPerJobOutcome: jobOutcomesPerYear > 0 ? costPerYear / jobOutcomesPerYear : null,
    rolloutCost: sum(years.map((y) => y.cost)),
    rolloutStaffCost: sum(years.map((y) => y.staffCost)),
    contactsPer100k: per100k(area.smiContacts, area.population),
    specialistsPer100k: per100k(specialists, area.population),
    dataQualityFlag: null,
    years,
  };
}

/**
 * ES in post each year. Phased: nothing before the area's phase year (capped at the horizon),
 * then a straight ramp to the target in the final year. From existing ES: a straight ramp from
 * the existing ES ("year 0") to the target. Each year's ES is rounded by the plan's rule.
 * Clients follow the ES in post as a share of the target; ES in their first year may carry a
 * lower caseload. With no ES (rule "none", tiny areas) clients follow the ramp itself.
 */
function rollout(area: Area, phase: number, target: number, clients: number, a: Assumptions, labels: string[]): YearPlan[] {
  const n = a.years;
  const start = Math.min(phase, n);
  const existing = area.existingEs ?? 0;
  const firstYearShortfall = 1 - effectiveFirstYearCaseload(a) / a.caseload;
  let previous = a.rollout === 'existing' ? existing : 0;
  return labels.map((label, i) => {
    const year = i + 1;
    const ramp = a.rollout === 'existing' ? year / n : year < start ? 0 : (year - start + 1) / (n - start + 1);
    const exact = a.rollout === 'existing' ? existing + (target - existing) * ramp : target * ramp;
    const specialists = roundSpecialists(exact, a.rounding);
    const newSpecialists = Math.max(0, specialists - previous);
    previous = specialists;
    const share = target > 0 ? Math.min(1, (specialists - newSpecialists * firstYearShortfall) / target) : ramp;
    const yearClients = clients * share;
    return {
      year,
      label,
      specialists,
      newSpecialists,
      clients: yearClients,
      jobOutcomes: yearClients * a.intoWorkRate,
      cost: yearClients * a.costPerEngagement,
      staffCost: workforce(specialists, a).cost,
    };
  });
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function sumAreas(areas: AreaPlan[], a: Assumptions, labels: string[]): Totals {
  const total = (pick: (p: AreaPlan) => number) => sum(areas.map(pick));
  const specialists = total((p) => p.specialists);
  const team = workforce(specialists, a);
  const jobOutcomesPerYear = total((p) => p.jobOutcomesPerYear);
  const costPerYear = total((p) => p.costPerYear);
  const allHavePopulation = areas.length > 0 && areas.every((p) => p.population);
  const population = allHavePopulation ? total((p) => p.population ?? 0) : null;
  const years: YearPlan[] = labels.map((label, i) => {
    const column = (pick: (y: YearPlan) => number) => total((p) => pick(p.years[i]));
    return {
      year: i + 1,
      label,
      specialists: column((y) => y.specialists),
      newSpecialists: column((y) => y.newSpecialists),
      clients: column((y) => y.clients),
      jobOutcomes: column((y) => y.jobOutcomes),
      cost: column((y) => y.cost),
      staffCost: column((y) => y.staffCost),
    };
  });
  return {
    smiContacts: total((p) => p.smiContacts),
    population,
    eligible: total((p) => p.eligible),
    clientsPerYear: total((p) => p.clientsPerYear),
    specialists,
    teamLeaders: team.teamLeaders,
    managers: team.managers,
    jobOutcomesPerYear,
    sustainedOutcomesPerYear: total((p) => p.sustainedOutcomesPerYear),
    costPerYear,
    staffCostPerYear: total((p) => p.staffCostPerYear),
    costPerJobOutcome: jobOutcomesPerYear > 0 ? costPerYear / jobOutcomesPerYear : null,
    implementationSupportPerYear: a.implementationSupportPerYear,
    totalCostPerYear: costPerYear + a.implementationSupportPerYear,
    rolloutCost: total((p) => p.rolloutCost),
    rolloutStaffCost: total((p) => p.rolloutStaffCost),
    contactsPer100k: per100k(total((p) => p.smiContacts), population),
    specialistsPer100k: per100k(specialists, population),
    years,
  };
}
