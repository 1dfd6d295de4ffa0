import type { Area, AreasOrigin } from '../model/areas';
import type { Actual } from '../model/monitoring';
import { type ActualsRow, carryActuals } from '../model/carryActuals';
import { basename } from 'node:path';
import { actualsInFile } from './carryActualsFile';
import type { Scenario } from '../model/scenarios';
import { buildWorkbook } from '../sheets/workbook';
import { streamXlsx } from '../hosts/xlsx/streamXlsx';
import packageJson from '../../package.json';
import type { CliOptions } from './options';
import { CliError } from './errors';
import { writeFileSafely } from './safeWrite';

export const DEFAULT_WORKBOOK = 'ips-plan.xlsx';

/**
 * Writes the scenario workbook (.xlsx) to `path` (already resolved); returns notes for stderr.
 * The blueprint is built first, so bad input writes nothing; the file is then streamed to a temporary
 * file, so an existing one is only replaced with --force, and stays whole if the write fails (see writeFileSafely).
 */
export async function writeWorkbookFile(
  scenarios: readonly Scenario[],
  { areas, dataSet }: { areas: readonly Area[]; dataSet?: AreasOrigin },
  options: CliOptions,
  path: string,
  actuals: readonly Actual[] = [],
): Promise<string[]> {
  if (!/\.xlsx$/i.test(path)) throw new CliError(`--out: "${path}" must end in .xlsx (the workbook is an Excel file)`);
  // The Inputs sheet shows the first coverage scenario's coverage, so that sheet follows IPS_Coverage;
  // a budget scenario keeps the coverage its budget buys as its own figure.
  const first = scenarios.find((s) => !s.budget);
  const carried = await carriedActuals(path, scenarios[0], areas, options, actuals);
  const blueprint = buildWorkbook({
    areas: [...areas],
    base: { ...options.assumptions, coverage: first ? first.assumptions.coverage : options.assumptions.coverage },
    scenarios: [...scenarios], // buildWorkbook plans (and validates) each scenario itself
    generated: new Date(),
    version: packageJson.version,
    ...(dataSet ? { dataSet } : {}),
    ...(options.sensitivity ? { sensitivity: {} } : {}),
    // The Economic case sheet follows the first scenario, as the Sensitivity sheet does.
    ...(options.economics ? { economics: { scenario: 0, inputs: { ...options.economicInputs } } } : {}),
    // Opt-in (--monitoring or --actuals): the sheet is for a plan already approved, tied to the first scenario.
    // A workbook being replaced that has actuals keeps its Monitoring sheet and its figures.
    ...(options.monitoring || carried ? { monitoring: { scenario: 0, ...carried?.monitoring } } : {}),
  });
  const notes = await writeFileSafely(path, (out) => streamXlsx(blueprint, out), options.force);
  return [...notes, ...(carried?.notes ?? [])];
}

/**
 * The actuals the new workbook holds: --actuals, or else those typed into the workbook --force replaces
 * (matched onto the new plan; rows that match no area or year kept below the table). Null when neither.
 */
async function carriedActuals(
  path: string,
  scenario: Scenario,
  areas: readonly Area[],
  options: CliOptions,
  actuals: readonly Actual[],
): Promise<{ monitoring: { actuals: Actual[]; kept?: ActualsRow[] }; notes: string[] } | null> {
  if (options.actualsFile) return { monitoring: { actuals: [...actuals] }, notes: [] };
  const rows = options.force ? await actualsInFile(path) : null;
  if (!rows) return null;
  const { years, firstYearLabel } = scenario.assumptions;
  const { matched, unmatched } = carryActuals(rows, { areas, firstYearLabel, years });
  const n = unmatched.length;
  const kept = n
    ? `; ${n} ${n === 1 ? 'row matches' : 'rows match'} no area or year and ${n === 1 ? 'is' : 'are'} kept below the table`
    : '';
  return {
    monitoring: { actuals: matched, kept: unmatched },
    notes: [`carried over the actuals of ${matched.length} area-years from ${basename(path)}${kept}`],
  };
}
