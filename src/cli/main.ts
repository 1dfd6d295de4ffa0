import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_SETS, DEFAULT_DATA_SET_ID, dataSetAreas, findDataSet, listDataSets } from '../data';
import type { Area, AreasOrigin } from '../model/areas';
import { PlanInputError } from '../model/validate';
import { planScenarios } from '../model/scenarios';
import { describeProblem } from '../parse/areasTable';
import { readAreasCsv } from '../parse/csv';
import { decodeCsvBytes } from '../parse/encoding';
import { loadActuals } from './actuals';
import { CliError } from './errors';
import { planJson } from './json';
import { CliOptions, USAGE, parseOptions } from './options';
import { budgetLine, cliScenarios } from './scenarios';
import { DEFAULT_WORKBOOK, writeWorkbookFile } from './workbook';

/**
 * Workbooks hold every area on every scenario sheet four times over. Streamed to the file, n areas ×
 * 3 scenarios take some 0.4 GB per 10,000 areas at their peak (bench/scaleChild.ts: 10,000 in 0.36 to
 * 0.4 GB and 8 to 9.5 s; 20,000 in 0.84 GB and 50,000 in 1.8 GB before the blueprint shared its formulas
 * by place), so 100,000 would need some 4 GB: larger plans are refused before any work.
 */
export const MAX_WORKBOOK_AREAS = 10_000;
const GB_PER_10_000_AREAS = 0.4;

function tooManyAreas(n: number): string {
  const gb = Math.ceil((n / 10_000) * GB_PER_10_000_AREAS);
  return (
    `${n.toLocaleString('en-GB')} areas is more than a workbook can hold here: the limit is ` +
    `${MAX_WORKBOOK_AREAS.toLocaleString('en-GB')} (writing ${n.toLocaleString('en-GB')} would need some ${gb} GB of memory, ` +
    'and few spreadsheets open such a file). Use --json for plans of any size, or split the areas into several files.'
  );
}

export interface Io {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  /** The folder relative paths are read from: where the user ran the command (default: process.cwd()). */
  cwd?: string;
}

/**
 * `npm run plan` runs the script in the project root wherever it was typed; npm records the folder
 * the user typed it in as INIT_CWD, so paths are resolved against that, as the user means them.
 */
export function invocationFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD || process.cwd();
}

/** Runs the command; returns the exit code. Problems go to stderr, one per line; stdout stays clean. */
export async function run(
  argv: readonly string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const { options, problems, notes } = parseOptions(argv);
  if (options.help) {
    io.out.write(USAGE);
    return problems.length ? 2 : 0;
  }
  if (options.dataSet === 'list' && !problems.length) {
    io.out.write(listDataSets());
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const { areas, dataSet } = problems.length ? NO_AREAS : loadAreas(options, cwd, problems);
  const actuals = problems.length ? [] : loadActuals(options, areas, cwd, problems);
  if (problems.length) return fail(problems, io.err);
  for (const note of notes) io.err.write(`note: ${note}\n`);
  try {
    const scenarios = cliScenarios(areas, options);
    // --json alone prints; --out (or neither) writes; --json with --out does both.
    const wrote = options.out || !options.json ? resolve(cwd, options.out ?? DEFAULT_WORKBOOK) : null;
    const plans = planScenarios(areas, scenarios); // bad input fails before any write
    if (wrote && areas.length > MAX_WORKBOOK_AREAS) throw new CliError(tooManyAreas(areas.length));
    if (wrote) {
      const written = await writeWorkbookFile(scenarios, { areas, dataSet }, options, wrote, actuals);
      const budgets = plans.map(budgetLine).filter((line): line is string => line !== null);
      for (const note of [...written, ...budgets]) io.err.write(`note: ${note}\n`);
      // With --json, stdout carries only the JSON, so the confirmation goes to stderr.
      const count = `${areas.length} area${areas.length === 1 ? '' : 's'}`;
      const said = `Wrote ${wrote} (${scenarios.map((s) => s.name).join(', ')}; ${count})\n`;
      (options.json ? io.err : io.out).write(said);
    }
    if (!wrote)
      for (const p of plans) if (p.budgetCheck?.note) io.err.write(`note: ${p.name}: ${p.budgetCheck.note}\n`);
    if (options.json) {
      const json = planJson(
        plans,
        options.sensitivity ? { areas } : null,
        options.actualsFile ? actuals : null,
        dataSet ?? null,
        options.economics ? options.economicInputs : null,
      );
      io.out.write(`${JSON.stringify(json, null, 2)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof PlanInputError) return fail(error.problems, io.err);
    if (error instanceof CliError) return fail([error.message], io.err);
    throw error;
  }
}

/** The areas, and the built-in data set they come from (none for the planner's own). */
interface LoadedAreas {
  areas: Area[];
  dataSet?: AreasOrigin;
}
const NO_AREAS: LoadedAreas = { areas: [] };

function loadAreas(options: CliOptions, cwd: string, problems: string[]): LoadedAreas {
  if (options.boardsFile && options.dataSet) {
    problems.push('--data and --boards both give the areas: use one (--boards FILE.csv brings your own)');
    return NO_AREAS;
  }
  if (!options.boardsFile) {
    const id = options.dataSet ?? DEFAULT_DATA_SET_ID;
    const set = findDataSet(id);
    if (set) return { areas: dataSetAreas(set), dataSet: set };
    problems.push(`--data: "${id}" is not a data set; the data sets are ${DATA_SETS.map((s) => s.id).join(', ')}`);
    return NO_AREAS;
  }
  const file = resolve(cwd, options.boardsFile);
  let text: string;
  try {
    text = decodeCsvBytes(readFileSync(file));
  } catch (error) {
    problems.push(`--boards: cannot read ${file}: ${(error as Error).message}`);
    return NO_AREAS;
  }
  const read = readAreasCsv(text);
  problems.push(...read.problems.map((p) => `${options.boardsFile} ${describeProblem(p)}`));
  return { areas: read.areas };
}

function fail(problems: readonly string[], err: Io['err']): number {
  for (const p of problems) err.write(`error: ${p}\n`);
  return 2;
}

if (require.main === module) {
  run(process.argv.slice(2), { out: process.stdout, err: process.stderr, cwd: invocationFolder() }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
