import type { Area } from '../model/areas';
import { readAreaRow } from './areaRow';
import { type AreaField, FIELD_HEADERS, type HeaderClash, mapHeaders } from './headers';
import { type CellValue, DECIMAL_POINT, type NumberStyle, isBlank, showValue } from './numbers';
import type { Located, Problem } from './problems';

export type { AreaField } from './headers';
export { FIELD_LABELS, mapHeaders, normaliseHeader } from './headers';
export { type Located, type Problem, describeProblem } from './problems';

export interface AreasRead {
  areas: Area[];
  problems: Problem[];
  /** Which column index holds each field. */
  columns: Partial<Record<AreaField, number>>;
}

export interface GridPlace {
  /** 1-based row and column label for messages, and an address where there is one. */
  locate(rowIndex: number, colIndex: number, header: string): Omit<Located, 'value'>;
  /** How numbers stored as text are written (a decimal point unless said otherwise). */
  numbers?: NumberStyle;
  /** How the grid was read, for messages about a header that is not understood ("columns separated by commas"). */
  readAs?: string;
}

const REQUIRED: readonly AreaField[] = ['board', 'smiContacts'];

/** A problem about a whole row (the header, or the end of the data): no column, no value. */
function rowProblem(place: GridPlace, rowIndex: number, message: string): Problem {
  const { sheet, row } = place.locate(rowIndex, 0, '');
  return { ...(sheet === undefined ? {} : { sheet }), row, column: '', value: '', message };
}

function headerProblems(
  header: readonly CellValue[],
  headerIndex: number,
  columns: Partial<Record<AreaField, number>>,
  clashes: readonly HeaderClash[],
  place: GridPlace,
): Problem[] {
  const problems: Problem[] = [];
  const found = header.map((h) => showValue(h) || '(a blank)').join(', ');
  const readAs = place.readAs ? `; ${place.readAs}` : '';
  for (const field of REQUIRED) {
    if (columns[field] !== undefined) continue;
    const { sheet, row } = place.locate(headerIndex, 0, '');
    problems.push({
      ...(sheet === undefined ? {} : { sheet }),
      row,
      column: FIELD_HEADERS[field],
      value: '',
      message: `not found in the header row (found ${found}${readAs})`,
    });
  }
  for (const {
    field,
    columns: [first, ...others],
  } of clashes) {
    for (const c of others) {
      problems.push({
        ...place.locate(headerIndex, c, headerText(header, c)),
        value: showValue(header[c]),
        message: `is a second ${FIELD_HEADERS[field]} column (the first is ${showValue(header[first])}): keep only one`,
      });
    }
  }
  return problems;
}

function headerText(header: readonly CellValue[], c: number): string {
  return isBlank(header[c]) ? `#${c + 1}` : String(header[c]).trim();
}

/**
 * Areas from a grid whose first non-blank row is a header (board, SMI contacts, and optionally
 * code, population, existing ES, phase). Every problem is reported with where it is; areas are
 * returned only when there are none.
 */
export function readAreasGrid(grid: readonly (readonly CellValue[])[], place: GridPlace): AreasRead {
  const headerIndex = grid.findIndex((row) => row.some((c) => !isBlank(c)));
  if (headerIndex < 0) {
    const message = 'there is no data: expected a header row (board, smi_contacts …) and one row per area';
    return { areas: [], columns: {}, problems: [rowProblem(place, 0, message)] };
  }
  const header = grid[headerIndex];
  const { columns, clashes } = mapHeaders(header);
  const problems = headerProblems(header, headerIndex, columns, clashes, place);
  if (problems.length) return { areas: [], columns, problems };

  const areas: Area[] = [];
  const ctx = {
    columns,
    numbers: place.numbers ?? DECIMAL_POINT,
    locate: (r: number, c: number) => place.locate(r, c, headerText(header, c)),
    firstRowOf: new Map<string, number>(),
  };
  for (let r = headerIndex + 1; r < grid.length; r++) {
    if (grid[r].every(isBlank)) continue;
    const area = readAreaRow(grid[r], r, ctx, problems);
    if (area) areas.push(area);
  }
  if (!problems.length && !areas.length) {
    problems.push(rowProblem(place, headerIndex, 'there are no areas below the header row'));
  }
  return { areas: problems.length ? [] : areas, columns, problems };
}
