import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Area } from '../model/areas';
import type { Actual } from '../model/monitoring';
import { monitoringRows } from '../model/monitoring';
import type { ScenarioPlan } from '../model/scenarios';
import { yearLabels } from '../model/years';
import { readActualsCsv } from '../parse/actuals';
import { describeProblem } from '../parse/problems';
import { decodeCsvBytes } from '../parse/encoding';
import type { CliOptions } from './options';

/**
 * --actuals FILE.csv, read against the plan's areas and years (resolved like --boards, from the folder
 * the command was typed in). Every problem goes to `problems` with its row and column; then no actuals.
 */
export function loadActuals(options: CliOptions, areas: readonly Area[], cwd: string, problems: string[]): Actual[] {
  if (!options.actualsFile) return [];
  const file = resolve(cwd, options.actualsFile);
  let text: string;
  try {
    text = decodeCsvBytes(readFileSync(file));
  } catch (error) {
    problems.push(`--actuals: cannot read ${file}: ${(error as Error).message}`);
    return [];
  }
  const { firstYearLabel, years } = options.assumptions;
  const read = readActualsCsv(text, { areas: areas.map((a) => a.name), labels: yearLabels(firstYearLabel, years) });
  problems.push(...read.problems.map((p) => `${options.actualsFile} ${describeProblem(p)}`));
  return read.actuals;
}

/** A scenario's plan against the actuals, as the JSON carries it: one entry per area per year. */
export function monitoringJson(plan: ScenarioPlan['plan'], actuals: readonly Actual[]): unknown[] {
  return monitoringRows(plan, actuals).map(({ area, year, label, planned, actual, status }) => ({
    area,
    year,
    label,
    planned,
    actual,
    status,
  }));
}
