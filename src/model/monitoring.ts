/**
 * The plan against what happened: actuals per area per year beside the plan's figures, with IPS Grow's
 * KPIs. Sources (../shared/data/README.md, docs/model.md): IPS Grow KPI framework — an ES in their first
 * year works with ≥ 35 clients (pro-rated), from the second year ≥ 40; ≥ 40% of clients into paid work;
 * ≥ 65% of those jobs still held after 13 weeks. NHS England asks expanding areas for "systems for
 * monitoring activity and outcomes".
 */
import type { Plan } from './plan';

/** The four figures a service reports for an area and a year; null = not reported yet (never 0). */
export interface Figures4 {
  specialists: number | null;
  clients: number | null;
  jobOutcomes: number | null;
  sustained: number | null;
}
export const FIGURE_KEYS = ['specialists', 'clients', 'jobOutcomes', 'sustained'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** What a service reported for one area in one rollout year (`year` 1–N). */
export interface Actual extends Figures4 {
  area: string;
  year: number;
}

export const KPI_KEYS = ['clientsPerEs', 'jobOutcomeRate', 'sustainedRate'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type KpiStatus = 'met' | 'below' | 'not reported';

/** IPS Grow's thresholds. */
export const KPI = {
  /** Clients a year per ES from their second year on. */
  clientsPerEs: 40,
  /** Clients a year per ES in their first year. */
  firstYearClientsPerEs: 35,
  jobOutcomeRate: 0.4,
  sustainedRate: 0.65,
} as const;

export interface MonitoringRow {
  area: string;
  year: number;
  label: string;
  planned: Record<FigureKey, number>;
  actual: Figures4;
  /** Actual − planned; null where not reported. */
  difference: Figures4;
  /** Actual ÷ planned; null where not reported or nothing was planned. */
  percentOfPlan: Figures4;
  jobOutcomeRate: number | null;
  sustainedRate: number | null;
  clientsPerEs: number | null;
  /**
   * The clients-per-ES threshold for the year: ES recruited that year count at 35, the others at 40,
   * in the plan's mix (40 − 5 × planned new ES ÷ planned ES in post; 35 where the plan has no ES yet).
   */
  clientsPerEsTarget: number;
  status: Record<KpiKey, KpiStatus>;
}

const num = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The year's clients-per-ES threshold from the plan's ES in post and new ES (see MonitoringRow). */
export function clientsPerEsTarget(plannedEs: number, plannedNewEs: number): number {
  const gap = KPI.clientsPerEs - KPI.firstYearClientsPerEs;
  return plannedEs > 0 ? KPI.clientsPerEs - (gap * plannedNewEs) / plannedEs : KPI.firstYearClientsPerEs;
}

/**
 * A KPI's status: "not reported" unless both figures are reported and the denominator is above 0
 * (no ES, no clients or no jobs leaves nothing to judge); otherwise met when part ≥ share × whole.
 * Comparing products rather than ratios keeps the sheet's formulas and this function exactly alike.
 */
export function kpiStatus(part: number | null, whole: number | null, share: number): KpiStatus {
  if (!num(part) || !num(whole) || whole <= 0) return 'not reported';
  return part >= share * whole ? 'met' : 'below';
}

const ratio = (a: number | null, b: number | null) => (num(a) && num(b) && b > 0 ? a / b : null);

function blankActual(area: string, year: number): Actual {
  return { area, year, specialists: null, clients: null, jobOutcomes: null, sustained: null };
}

/**
 * One row per area per rollout year, in the sheet's order (year by year, areas in the plan's order),
 * with the actuals given (matched on area name, case-insensitively, and year number).
 */
export function monitoringRows(plan: Plan, actuals: readonly Actual[] = []): MonitoringRow[] {
  const byKey = new Map(actuals.map((a) => [actualKey(a.area, a.year), a]));
  const rows: MonitoringRow[] = [];
  const years = plan.assumptions.years;
  for (let k = 0; k < years; k++) {
    for (const area of plan.areas) {
      const y = area.years[k];
      const actual = byKey.get(actualKey(area.name, y.year)) ?? blankActual(area.name, y.year);
      const planned = {
        specialists: y.specialists,
        clients: y.clients,
        jobOutcomes: y.jobOutcomes,
        sustained: y.jobOutcomes * plan.assumptions.sustainmentRate,
      };
      rows.push(monitoringRow(area.name, y.year, y.label, planned, actual, y.newSpecialists));
    }
  }
  return rows;
}

function monitoringRow(
  area: string,
  year: number,
  label: string,
  planned: Record<FigureKey, number>,
  actual: Figures4,
  plannedNewEs: number,
): MonitoringRow {
  const pick = (f: (key: FigureKey) => number | null) =>
    Object.fromEntries(FIGURE_KEYS.map((key) => [key, f(key)])) as unknown as Figures4;
  const reported = pick((key) => (num(actual[key]) ? actual[key] : null));
  const target = clientsPerEsTarget(planned.specialists, plannedNewEs);
  return {
    area,
    year,
    label,
    planned,
    actual: reported,
    difference: pick((key) => (num(reported[key]) ? reported[key] - planned[key] : null)),
    percentOfPlan: pick((key) => ratio(reported[key], planned[key])),
    jobOutcomeRate: ratio(reported.jobOutcomes, reported.clients),
    sustainedRate: ratio(reported.sustained, reported.jobOutcomes),
    clientsPerEs: ratio(reported.clients, reported.specialists),
    clientsPerEsTarget: target,
    status: {
      clientsPerEs: kpiStatus(reported.clients, reported.specialists, target),
      jobOutcomeRate: kpiStatus(reported.jobOutcomes, reported.clients, KPI.jobOutcomeRate),
      sustainedRate: kpiStatus(reported.sustained, reported.jobOutcomes, KPI.sustainedRate),
    },
  };
}

/** How many figures a set of actuals reports (a blank, null, is not one). */
export function reportedFigures(actuals: readonly Figures4[]): number {
  return actuals.reduce((n, a) => n + FIGURE_KEYS.filter((k) => a[k] !== null).length, 0);
}

/** The key an actual is matched on: the area's name as a reader compares it, and the year number. */
export function actualKey(area: string, year: number): string {
  return `${area.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${year}`;
}
