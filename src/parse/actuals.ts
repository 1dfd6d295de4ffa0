/**
 * Actuals from CSV text or a grid of cells (an Excel selection): `area,year,es_in_post,clients,
 * job_outcomes,sustained_13_weeks`, one row per area and year. The year is a label of the plan ("2027/28") or its number 1–N. A blank figure means
 * not reported (never 0). Every bad row is refused with its row and column, and then nothing is returned.
 */
import Papa from 'papaparse';
import { type Actual, type FigureKey, actualKey } from '../model/monitoring';
import { detectDialect } from './delimiter';
import { textProblem } from './encoding';
import { normaliseHeader } from './headers';
import type { GridPlace } from './areasTable';
import { type CellValue, DECIMAL_POINT, type NumberStyle, isBlank, readNumber, showValue } from './numbers';
import type { Located, Problem } from './problems';
import { cleanText } from './text';

/** The plan the actuals are for: its areas and year labels (year k + 1 is labels[k]). */
export interface ActualsPlan {
  areas: readonly string[];
  labels: readonly string[];
}

export interface ActualsRead {
  actuals: Actual[];
  problems: Problem[];
}

/** The CSV's header for each figure, in the file's order. */
export const ACTUALS_HEADERS: Record<FigureKey, string> = {
  specialists: 'es_in_post',
  clients: 'clients',
  jobOutcomes: 'job_outcomes',
  sustained: 'sustained_13_weeks',
};
const FIGURES = Object.keys(ACTUALS_HEADERS) as FigureKey[];
const norm = (h: string) => normaliseHeader(h);

interface Columns {
  area: number;
  year: number;
  figures: Record<FigureKey, number>;
}

function findColumns(
  header: readonly CellValue[],
  at: Omit<Located, 'value' | 'column'>,
  problems: Problem[],
): Columns | null {
  const names = header.map((h) => norm(isBlank(h) ? '' : String(h)));
  const find = (wanted: string, alias?: string) => {
    const i = names.indexOf(norm(wanted));
    return i >= 0 || !alias ? i : names.indexOf(alias);
  };
  const cols = { area: find('area', 'board'), year: find('year') };
  const figures = Object.fromEntries(FIGURES.map((k) => [k, find(ACTUALS_HEADERS[k])])) as Record<FigureKey, number>;
  const found = header.map((h) => showValue(h) || '(a blank)').join(', ');
  const missing = [['area', cols.area], ['year', cols.year], ...FIGURES.map((k) => [ACTUALS_HEADERS[k], figures[k]])];
  for (const [name, i] of missing)
    if (i === -1)
      problems.push({
        ...at,
        column: String(name),
        value: '',
        message: `not found in the header row (found ${found})`,
      });
  return problems.length ? null : { ...cols, figures };
}

/** The year number 1–N of a label or a number; null when it is not a year of the plan. */
function yearOf(text: string, labels: readonly string[]): number | null {
  const label = labels.findIndex((l) => l === text);
  if (label >= 0) return label + 1;
  return /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= labels.length ? Number(text) : null;
}

interface RowContext {
  plan: ActualsPlan;
  numbers: NumberStyle;
  /** Area-year → the row (as the user sees it) it was first read on. */
  seen: Map<string, number>;
  locate: (rowIndex: number, colIndex: number) => Omit<Located, 'value'>;
}

const textOf = (v: CellValue) => cleanText(isBlank(v) ? '' : String(v));

function readRow(
  cells: readonly CellValue[],
  r: number,
  c: Columns,
  ctx: RowContext,
  problems: Problem[],
): Actual | null {
  const before = problems.length;
  const at = (i: number, value: CellValue, message: string) =>
    problems.push({ ...ctx.locate(r, i), value: showValue(value), message });
  const row = ctx.locate(r, 0).row;
  const areaText = textOf(cells[c.area]);
  const area = ctx.plan.areas.find((a) => actualKey(a, 0) === actualKey(areaText, 0));
  if (area === undefined)
    at(c.area, areaText, areaText ? 'is not an area of the plan' : 'is blank: every row needs its area');
  const yearText = textOf(cells[c.year]);
  const year = yearOf(yearText, ctx.plan.labels);
  if (year === null) {
    const span = `${ctx.plan.labels[0]} to ${ctx.plan.labels[ctx.plan.labels.length - 1]}, or 1 to ${ctx.plan.labels.length}`;
    at(c.year, yearText, `is not a year of the plan (${span})`);
  }
  const figures = {} as Record<FigureKey, number | null>;
  for (const key of FIGURES) {
    const raw = cells[c.figures[key]] ?? null;
    figures[key] = null;
    if (isBlank(raw)) continue; // not reported yet
    const read = readNumber(raw, ctx.numbers);
    if (!read.ok) at(c.figures[key], raw, read.reason);
    else if (read.value < 0)
      at(c.figures[key], raw, 'is negative: a count is 0 or more (leave it blank if not reported)');
    else figures[key] = read.value;
  }
  if (area !== undefined && year !== null) {
    const key = actualKey(area, year);
    const first = ctx.seen.get(key);
    if (first !== undefined)
      at(c.year, yearText, `repeats ${area} in year ${ctx.plan.labels[year - 1]} (first on row ${first})`);
    else ctx.seen.set(key, row);
  }
  return problems.length > before || area === undefined || year === null ? null : { area, year, ...figures };
}

/** Actuals for a plan from CSV text, or every problem with its row and column (and then no actuals). */
export function readActualsCsv(text: string, plan: ActualsPlan): ActualsRead {
  const clean = text.replace(/^\uFEFF/, '');
  const unreadable = textProblem(clean);
  if (unreadable) return { actuals: [], problems: [{ row: 1, column: '', value: '', message: unreadable }] };
  const dialect = detectDialect(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter: dialect.delimiter, skipEmptyLines: false });
  const problems: Problem[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    column: '',
    value: '',
    message: `the CSV is malformed: ${e.message}`,
  }));
  // A row with more fields than the header is refused whole (a thousands comma out of quotes), then skipped.
  const data = parsed.data;
  const headerLength = data.find((r) => r.some((c) => !isBlank(c)))?.length ?? 0;
  const grid = data.map((cells, r) => {
    if (cells.length <= headerLength || cells.slice(headerLength).every((c) => isBlank(c))) return cells;
    const message = `${cells.length} fields, the header has ${headerLength}: put numbers with thousands separators in quotes`;
    problems.push({ row: r + 1, column: '', value: '', message });
    return [];
  });
  const read = readActualsGrid(grid, plan, {
    locate: (r, _c, header) => ({ row: r + 1, column: header }),
    numbers: dialect.numbers,
  });
  const all = [...problems, ...read.problems].sort((a, b) => a.row - b.row);
  return { actuals: all.length ? [] : read.actuals, problems: all };
}

const headerText = (header: readonly CellValue[], c: number) =>
  isBlank(header[c]) ? `#${c + 1}` : String(header[c]).trim();

/** Actuals for a plan from a grid whose first non-blank row is the header; every problem located by `place`. */
export function readActualsGrid(
  grid: readonly (readonly CellValue[])[],
  plan: ActualsPlan,
  place: GridPlace,
): ActualsRead {
  const rowOnly = (r: number) => {
    const { sheet, row } = place.locate(r, 0, '');
    return { ...(sheet === undefined ? {} : { sheet }), row };
  };
  const headerIndex = grid.findIndex((r) => r.some((c) => !isBlank(c)));
  if (headerIndex < 0) {
    const message = 'there is no data: expected a header row and one row per area and year';
    return { actuals: [], problems: [{ ...rowOnly(0), column: '', value: '', message }] };
  }
  const header = grid[headerIndex];
  const problems: Problem[] = [];
  const columns = findColumns(header, rowOnly(headerIndex), problems);
  if (!columns) return { actuals: [], problems };
  const ctx: RowContext = {
    plan,
    numbers: place.numbers ?? DECIMAL_POINT,
    seen: new Map<string, number>(),
    locate: (r, c) => place.locate(r, c, headerText(header, c)),
  };
  const actuals: Actual[] = [];
  for (let r = headerIndex + 1; r < grid.length; r++) {
    if (grid[r].every((c) => isBlank(c))) continue;
    const actual = readRow(grid[r], r, columns, ctx, problems);
    if (actual) actuals.push(actual);
  }
  return { actuals: problems.length ? [] : actuals, problems };
}
