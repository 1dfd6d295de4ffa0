/**
 * Actuals the planner brings into the pane for the Monitoring sheet: a CSV file (the command line's
 * --actuals columns: area, year, es_in_post, clients, job_outcomes, sustained_13_weeks) or the same
 * columns selected in the workbook. A file is read again against the plan being written (the areas or
 * years may have changed since it was chosen); a selection cannot be, so it must have been read for the
 * same areas and years. Any problem writes nothing.
 */
import { type Actual, reportedFigures } from '../../model/monitoring';
import type { ActualsRead } from '../../parse/actuals';
import { yearLabels } from '../../model/years';
import { describeProblem } from '../../parse/problems';

export type ActualsSource =
  { kind: 'file'; name: string; text: string } | { kind: 'selection'; name: string; read: ActualsRead; shape: string };

export interface ActualsPlanShape {
  areas: readonly { name: string }[];
  firstYearLabel: string;
  years: number;
}

export interface ActualsSourceRead {
  actuals: Actual[];
  /** Each located: the file's name, row and column, or the cell's address. */
  problems: string[];
}

/** The areas and years actuals are read against, as one comparable string. */
export function shapeKey(plan: ActualsPlanShape): string {
  return JSON.stringify([plan.firstYearLabel, plan.years, plan.areas.map((a) => a.name)]);
}

export function toParsePlan(plan: ActualsPlanShape): { areas: string[]; labels: string[] } {
  return { areas: plan.areas.map((a) => a.name), labels: yearLabels(plan.firstYearLabel, plan.years) };
}

/** Papa Parse loads with the first CSV, not with the pane. */
export async function readActualsSource(source: ActualsSource, plan: ActualsPlanShape): Promise<ActualsSourceRead> {
  if (source.kind === 'selection') {
    if (source.shape !== shapeKey(plan)) {
      const problem = `The actuals were read from ${source.name} for other areas or years than the plan's: read them again.`;
      return { actuals: [], problems: [problem] };
    }
    return { actuals: source.read.actuals, problems: source.read.problems.map(describeProblem) };
  }
  const { readActualsCsv } = await import(/* webpackChunkName: "csv" */ '../../parse/actuals');
  const read = readActualsCsv(source.text, toParsePlan(plan));
  return { actuals: read.actuals, problems: read.problems.map((p) => `${source.name} ${describeProblem(p)}`) };
}

/** "28 area-years, 96 reported figures": what a source brings. */
export function describeActuals(actuals: readonly Actual[]): string {
  const figures = reportedFigures(actuals);
  const years = `${actuals.length} area-year${actuals.length === 1 ? '' : 's'}`;
  return `${years}, ${figures} reported figure${figures === 1 ? '' : 's'}`;
}
