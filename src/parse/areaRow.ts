import type { Area } from '../model/areas';
import { type AreaField, FIELD_LABELS } from './headers';
import { type CellValue, type NumberStyle, isBlank, isErrorValue, readNumber, showValue } from './numbers';
import type { Located, Problem } from './problems';
import { cleanText } from './text';

/** What every row of one grid shares: where its columns are, how to locate a cell, what came before. */
export interface RowContext {
  columns: Partial<Record<AreaField, number>>;
  numbers: NumberStyle;
  /** Location of a cell, by grid indexes. */
  locate(rowIndex: number, colIndex: number): Omit<Located, 'value'>;
  /** Names seen so far (cleaned, lower case) and the grid row where each was first seen. */
  firstRowOf: Map<string, number>;
}

type Check = (v: number) => string | null;

const CHECKS: Record<'smiContacts' | 'population' | 'existingEs' | 'phase', Check> = {
  smiContacts: (v) => (v < 0 ? 'is negative: SMI contacts must be 0 or more' : null),
  population: (v) => (v <= 0 ? 'must be above 0 (leave it blank if unknown)' : null),
  existingEs: (v) => (v < 0 ? 'is negative: existing ES must be 0 or more' : null),
  phase: (v) => ([1, 2, 3].includes(v) ? null : 'must be 1, 2 or 3'),
};

/**
 * One area from one grid row, or null when the row has problems (each pushed, located, onto
 * `problems`). Names are compared once cleaned of invisible characters and case.
 */
export function readAreaRow(row: readonly CellValue[], r: number, ctx: RowContext, problems: Problem[]): Area | null {
  const count = problems.length;
  // undefined: no such column; null: a blank cell, or none at all in a row shorter than the header.
  const cell = (field: AreaField) => (ctx.columns[field] === undefined ? undefined : (row[ctx.columns[field]] ?? null));
  const problem = (field: AreaField, message: string) => {
    const c = ctx.columns[field] as number;
    problems.push({ ...ctx.locate(r, c), value: showValue(row[c]), message });
  };
  const number = (field: keyof typeof CHECKS, optional: boolean): number | undefined => {
    const raw = cell(field);
    if (raw === undefined || (optional && isBlank(raw))) return undefined;
    if (isBlank(raw)) return void problem(field, `the cell is blank: every area needs its ${FIELD_LABELS[field]}`);
    const read = readNumber(raw, ctx.numbers);
    if (!read.ok) return void problem(field, `${read.reason}: ${FIELD_LABELS[field]} must be a number`);
    const why = CHECKS[field](read.value);
    if (why) problem(field, why);
    return read.value;
  };

  const name = readName(cell('board'), r, ctx, (message) => problem('board', message));
  const smiContacts = number('smiContacts', false);
  const population = number('population', true);
  const existingEs = number('existingEs', true);
  const phase = number('phase', true);
  if (smiContacts !== undefined && population !== undefined && smiContacts > population && population > 0) {
    problem(
      'smiContacts',
      `is more than the population (${population}): an area cannot have more people in contact with SMI services than live there`,
    );
  }
  if (problems.length !== count) return null;
  const rawCode = cell('code');
  const code = isBlank(rawCode) ? '' : cleanText(String(rawCode));
  return {
    name,
    ...(code ? { code } : {}),
    smiContacts: smiContacts as number,
    ...(population === undefined ? {} : { population }),
    ...(existingEs === undefined ? {} : { existingEs }),
    ...(phase === undefined ? {} : { phase }),
  };
}

function readName(raw: CellValue, r: number, ctx: RowContext, problem: (message: string) => void): string {
  const name = isBlank(raw) ? '' : cleanText(String(raw));
  if (!name) problem('the cell is blank: every area needs a name');
  else if (isErrorValue(name)) problem('is an error value, not a name');
  else {
    const key = name.toLowerCase();
    const first = ctx.firstRowOf.get(key);
    if (first === undefined) ctx.firstRowOf.set(key, r);
    else {
      const firstRow = ctx.locate(first, ctx.columns.board as number).row;
      const hidden = String(raw) !== name ? ', once spaces and invisible characters are set aside' : '';
      problem(`appears twice (first at row ${firstRow}${hidden})`);
    }
  }
  return name;
}
