import { readFileSync } from 'node:fs';
import { scotlandBoards } from '../data/scotland2018';
import type { Area } from '../model/areas';
import { PlanInputError } from '../model/validate';
import { coverageScenarios, planScenarios } from '../model/scenarios';
import { describeProblem } from '../parse/areasTable';
import { readAreasCsv } from '../parse/csv';
import { decodeCsvBytes } from '../parse/encoding';
import { CliError } from './errors';
import { planJson } from './json';
import { CliOptions, USAGE, parseOptions } from './options';
import { writeWorkbookFile } from './workbook';

/** Runs the command; returns the exit code. Problems go to stderr, one per line; stdout stays clean. */
export interface Io {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

export async function run(
  argv: readonly string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const { options, problems } = parseOptions(argv);
  if (options.help) {
    io.out.write(USAGE);
    return problems.length ? 2 : 0;
  }
  const areas = problems.length ? [] : loadAreas(options, problems);
  if (problems.length) return fail(problems, io.err);
  try {
    const scenarios = coverageScenarios(options.assumptions, options.coverages);
    if (options.json) {
      io.out.write(`${JSON.stringify(planJson(planScenarios(areas, scenarios)), null, 2)}\n`);
      return 0;
    }
    const written = await writeWorkbookFile(scenarios, areas, options);
    io.out.write(`Wrote ${written} (${scenarios.map((s) => s.name).join(', ')}; ${areas.length} areas)\n`);
    return 0;
  } catch (error) {
    if (error instanceof PlanInputError) return fail(error.problems, io.err);
    if (error instanceof CliError) return fail([error.message], io.err);
    throw error;
  }
}

function loadAreas(options: CliOptions, problems: string[]): Area[] {
  if (!options.boardsFile) return scotlandBoards();
  let text: string;
  try {
    text = decodeCsvBytes(readFileSync(options.boardsFile));
  } catch (error) {
    problems.push(`--boards: cannot read ${options.boardsFile}: ${(error as Error).message}`);
    return [];
  }
  const read = readAreasCsv(text);
  problems.push(...read.problems.map((p) => `${options.boardsFile} ${describeProblem(p)}`));
  return read.areas;
}

function fail(problems: readonly string[], err: Io['err']): number {
  for (const p of problems) err.write(`error: ${p}\n`);
  return 2;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
