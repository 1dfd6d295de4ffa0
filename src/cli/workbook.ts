import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Area } from '../model/areas';
import type { Scenario } from '../model/scenarios';
import { buildWorkbook } from '../sheets/workbook';
import { writeXlsx } from '../hosts/xlsx/writeXlsx';
import packageJson from '../../package.json';
import type { CliOptions } from './options';
import { CliError } from './errors';

export const DEFAULT_WORKBOOK = 'ips-plan.xlsx';

/**
 * Writes the scenario workbook (.xlsx); returns what to tell the user was written. The workbook
 * is built in memory first, so bad input or a failure writes nothing; an existing file is only
 * replaced with --force (the check and the write are one step: the "wx" flag).
 */
export async function writeWorkbookFile(
  scenarios: readonly Scenario[],
  areas: readonly Area[],
  options: CliOptions,
): Promise<string> {
  const path = options.out ?? DEFAULT_WORKBOOK;
  if (!/\.xlsx$/i.test(path)) throw new CliError(`--out: "${path}" must end in .xlsx (the workbook is an Excel file)`);
  const blueprint = buildWorkbook({
    areas: [...areas],
    // The Inputs sheet shows the first scenario's coverage, so that sheet follows IPS_Coverage.
    base: { ...options.assumptions, coverage: scenarios[0].assumptions.coverage },
    scenarios: [...scenarios], // buildWorkbook plans (and validates) each scenario itself
    generated: new Date(),
    version: packageJson.version,
  });
  const bytes = await writeXlsx(blueprint);
  try {
    await writeFile(path, bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST')
      throw new CliError(`${path} already exists: choose another --out, or add --force to replace it`);
    throw new CliError(`cannot write ${path}: ${e.message}`);
  }
  return options.out ? path : `${DEFAULT_WORKBOOK} in the current folder (${resolve(path)})`;
}
