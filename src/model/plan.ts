import { Area, phaseOf } from './areas';
import { Assumptions, effectiveFirstYearCaseload } from './assumptions';
import { roundSpecialists } from './rounding';
import { staffCostPerSpecialist, workforce } from './staff';
import { PlanInputError, areaProblems, assumptionProblems } from './validate';
import type { AreaPlan, Plan, Totals, YearPlan } from './planTypes';
import { planWarnings } from './warnings';
import { yearLabels } from './years';

export type { AreaPlan, Figures, Plan, Totals, Warning, YearPlan } from './planTypes';

/** The whole plan for some areas under some assumptions. Throws PlanInputError on bad input. */
export function computePlan(areas: readonly Area[], assumptions: Assumptions): Plan {
  const problems = [...assumptionProblems(assumptions), ...areaProblems(areas)];
  if (problems.length) throw new PlanInputError(problems);
  const labels = yearLabels(assumptions.firstYearLabel, assumptions.years);
  const perSpecialist = staffCostPerSpecialist(assumptions);
  const areaPlans = areas.map((area) => planArea(area, assumptions, labels, perSpecialist));
  const { flags, warnings } = planWarnings(areaPlans, assumptions);
  areaPlans.forEach((p, i) => (p.dataQualityFlag = flags[i]));
  return { assumptions, areas: areaPlans, totals: sumAreas(areaPlans, assumptions, labels), warnings };
}

function per100k(value: number, population: number | undefined | null): number | null {
  return population ? (value / population) * 100_000 : null;
}

function planArea(area: Area, a: Assumptions, labels: string[], perSpecialist: number): AreaPlan {
  const eligible = area.smiContacts * (1 - a.inWork) * a.interested;
  const clientsPerYear = eligible * a.coverage;
  const specialistsExact = clientsPerYear / a.caseload;
  const specialists = roundSpecialists(specialistsExact, a.rounding);
  const teamLeaders = specialists / a.esPerTeamLeader;
  const jobOutcomesPerYear = clientsPerYear * a.intoWorkRate;
  const costPerYear = clientsPerYear * a.costPerEngagement;
  const phase = phaseOf(area);
  const years = rollout(area, phase, specialists, clientsPerYear, a, labels, perSpecialist);
  let rolloutCost = 0;
  let rolloutStaffCost = 0;
  for (const y of years) {
    rolloutCost += y.cost;
    rolloutStaffCost += y.staffCost;
  }
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
    teamLeaders,
    managers: teamLeaders / a.teamLeadersPerManager,
    jobOutcomesPerYear,
    sustainedOutcomesPerYear: jobOutcomesPerYear * a.sustainmentRate,
    costPerYear,
    staffCostPerYear: specialists * perSpecialist,
    costPerJobOutcome: jobOutcomesPerYear > 0 ? costPerYear / jobOutcomesPerYear : null,
    rolloutCost,
    rolloutStaffCost,
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
function rollout(
  area: Area,
  phase: number,
  target: number,
  clients: number,
  a: Assumptions,
  labels: string[],
  perSpecialist: number,
): YearPlan[] {
  const n = a.years;
  const start = Math.min(phase, n);
  const fromExisting = a.rollout === 'existing';
  const existing = area.existingEs ?? 0;
  const firstYearShortfall = 1 - effectiveFirstYearCaseload(a) / a.caseload;
  let previous = fromExisting ? existing : 0;
  // A plain loop into a sized array: this runs for every area-year of large plans.
  const years: YearPlan[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const year = i + 1;
    const ramp = fromExisting ? year / n : year < start ? 0 : (year - start + 1) / (n - start + 1);
    const exact = fromExisting ? existing + (target - existing) * ramp : target * ramp;
    const specialists = roundSpecialists(exact, a.rounding);
    const newSpecialists = Math.max(0, specialists - previous);
    previous = specialists;
    const share = target > 0 ? Math.min(1, (specialists - newSpecialists * firstYearShortfall) / target) : ramp;
    const clientsInYear = clients * share;
    years[i] = {
      year,
      label: labels[i],
      specialists,
      newSpecialists,
      clients: clientsInYear,
      jobOutcomes: clientsInYear * a.intoWorkRate,
      cost: clientsInYear * a.costPerEngagement,
      staffCost: specialists * perSpecialist,
    };
  }
  return years;
}

function sumAreas(areas: AreaPlan[], a: Assumptions, labels: string[]): Totals {
  const sums = {
    smiContacts: 0,
    eligible: 0,
    clientsPerYear: 0,
    specialists: 0,
    jobOutcomesPerYear: 0,
    sustainedOutcomesPerYear: 0,
    costPerYear: 0,
    staffCostPerYear: 0,
    rolloutCost: 0,
    rolloutStaffCost: 0,
  };
  const years: YearPlan[] = labels.map((label, i) => ({
    year: i + 1,
    label,
    specialists: 0,
    newSpecialists: 0,
    clients: 0,
    jobOutcomes: 0,
    cost: 0,
    staffCost: 0,
  }));
  let population: number | null = areas.length > 0 ? 0 : null;
  for (const p of areas) {
    sums.smiContacts += p.smiContacts;
    sums.eligible += p.eligible;
    sums.clientsPerYear += p.clientsPerYear;
    sums.specialists += p.specialists;
    sums.jobOutcomesPerYear += p.jobOutcomesPerYear;
    sums.sustainedOutcomesPerYear += p.sustainedOutcomesPerYear;
    sums.costPerYear += p.costPerYear;
    sums.staffCostPerYear += p.staffCostPerYear;
    sums.rolloutCost += p.rolloutCost;
    sums.rolloutStaffCost += p.rolloutStaffCost;
    population = population !== null && p.population ? population + p.population : null;
    for (let i = 0; i < years.length; i++) {
      const y = p.years[i];
      const t = years[i];
      t.specialists += y.specialists;
      t.newSpecialists += y.newSpecialists;
      t.clients += y.clients;
      t.jobOutcomes += y.jobOutcomes;
      t.cost += y.cost;
      t.staffCost += y.staffCost;
    }
  }
  const team = workforce(sums.specialists, a);
  return {
    ...sums,
    population,
    teamLeaders: team.teamLeaders,
    managers: team.managers,
    costPerJobOutcome: sums.jobOutcomesPerYear > 0 ? sums.costPerYear / sums.jobOutcomesPerYear : null,
    implementationSupportPerYear: a.implementationSupportPerYear,
    totalCostPerYear: sums.costPerYear + a.implementationSupportPerYear,
    contactsPer100k: per100k(sums.smiContacts, population),
    specialistsPer100k: per100k(sums.specialists, population),
    years,
  };
}
