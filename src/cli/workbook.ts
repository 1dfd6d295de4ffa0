import type { Area, AreasOrigin } from '../model/areas';
import type { Actual } from '../model/monitoring';
import type { Scenario } from '../model/scenarios';
import { buildWorkbook } from '../sheets/workbook';
import { writeXlsx } from '../hosts/xlsx/writeXlsx';
import packageJson from '../../package.json';
import type { CliOptions } from './options';
import { CliError } from './errors';
import { writeFileSafely } from './safeWrite';

export const DEFAULT_WORKBOOK = 'ips-plan.xlsx';

/**
 * Writes the scenario workbook (.xlsx) to `path` (already resolved); returns notes for stderr.
 * The workbook is built in memory first, so bad input writes nothing; an existing file is only
 * replaced with --force, and stays whole if the write fails (see writeFileSafely).
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
  const blueprint = buildWorkbook({
    areas: [...areas],
    base: { ...options.assumptions, coverage: first ? first.assumptions.coverage : options.assumptions.coverage },
    scenarios: [...scenarios], // buildWorkbook plans (and validates) each scenario itself
    generated: new Date(),
    version: packageJson.version,
    ...(dataSet ? { dataSet } : {}),
    ...(options.sensitivity ? { sensitivity: {} } : {}),
    // Opt-in (--monitoring or --actuals): the sheet is for a plan already approved, tied to the first scenario.
    ...(options.monitoring ? { monitoring: { scenario: 0, actuals: [...actuals] } } : {}),
  });
  const bytes = await writeXlsx(blueprint);
  return writeFileSafely(path, bytes, options.force);
}
