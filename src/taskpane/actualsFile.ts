/**
 * Actuals from a CSV the planner chooses in the pane (`area,year,es_in_post,clients,job_outcomes,
 * sustained_13_weeks`, as the command line's --actuals). The file is read once for feedback when it is
 * chosen, and again against the plan being written (the areas or years may have changed since): a file
 * with any problem writes nothing.
 */
import type { Actual } from '../model/monitoring';
import { yearLabels } from '../model/years';
import { describeProblem } from '../parse/problems';

export interface ActualsFile {
  fileName: string;
  text: string;
}

export interface ActualsPlanShape {
  areas: readonly { name: string }[];
  firstYearLabel: string;
  years: number;
}

export interface ActualsFileRead {
  actuals: Actual[];
  /** Each with the file's name, row and column. */
  problems: string[];
}

/** Papa Parse loads with the first CSV, not with the pane. */
export async function readActualsFile(file: ActualsFile, plan: ActualsPlanShape): Promise<ActualsFileRead> {
  const { readActualsCsv } = await import(/* webpackChunkName: "csv" */ '../parse/actuals');
  const read = readActualsCsv(file.text, {
    areas: plan.areas.map((a) => a.name),
    labels: yearLabels(plan.firstYearLabel, plan.years),
  });
  return { actuals: read.actuals, problems: read.problems.map((p) => `${file.fileName} ${describeProblem(p)}`) };
}

/** "28 area-years, 96 reported figures": what a file brings. */
export function describeActuals(actuals: readonly Actual[]): string {
  const figures = actuals.reduce(
    (n, a) => n + [a.specialists, a.clients, a.jobOutcomes, a.sustained].filter((v) => v !== null).length,
    0,
  );
  const years = `${actuals.length} area-year${actuals.length === 1 ? '' : 's'}`;
  return `${years}, ${figures} reported figure${figures === 1 ? '' : 's'}`;
}
