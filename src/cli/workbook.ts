import type { Area } from '../model/areas';
import type { ScenarioPlan } from '../model/scenarios';
import type { CliOptions } from './options';
import { CliError } from './errors';

/** Writes the scenario workbook (.xlsx); returns the path written. */
export async function writeWorkbookFile(_scenarios: readonly ScenarioPlan[], _areas: readonly Area[], _options: CliOptions): Promise<string> {
  throw new CliError('writing a workbook is not built yet: use --json');
}
