import type { Area } from '../model/areas';
import { CellValue, isBlank, isErrorValue, readNumber, showValue } from './numbers';

export type AreaField = 'board' | 'code' | 'smiContacts' | 'population' | 'existingEs' | 'phase';

/** Where a problem is: always a row and column, and for Excel a sheet and cell address. */
export interface Located {
  sheet?: string;
  /** 1-based row as the user sees it (CSV line, or Excel row). */
  row: number;
  /** The column's header as the user wrote it (or its letter, for Excel). */
  column: string;
  address?: string;
  value: string;
}

export interface Problem extends Located {
  message: string;
}

export function describeProblem(p: Problem): string {
  const at = p.address ? `${p.address} (row ${p.row}, column ${p.column})` : `row ${p.row}, column ${p.column}`;
  return `${at}: ${p.value === '' ? '' : `${p.value} `}${p.message}`.replace(/: $/, '');
}

export interface AreasRead {
  areas: Area[];
  problems: Problem[];
  /** Which column index holds each field. */
  columns: Partial<Record<AreaField, number>>;
}

const HEADERS: Record<AreaField, (h: string) => boolean> = {
  board: (h) =>
    ['board', 'health board', 'board name', 'health board name', 'hb name', 'area', 'area name', 'name'].includes(h),
  code: (h) => ['code', 'hb code', 'hb2014', 'board code', 'area code'].includes(h),
  smiContacts: (h) =>
    h === 'contacts' || h === 'smi' || h.startsWith('smi contacts') || h === 'people in contact with smi services',
  population: (h) => h === 'population' || h === 'pop' || /^population( all( ages)?)?( \d{4})?$/.test(h),
  existingEs: (h) => /^existing( es| specialists| employment specialists)?( wte)?$/.test(h),
  phase: (h) => h === 'phase' || h === 'rollout phase',
};

export const FIELD_LABELS: Record<AreaField, string> = {
  board: 'board',
  code: 'code',
  smiContacts: 'SMI contacts',
  population: 'population',
  existingEs: 'existing ES',
  phase: 'phase',
};

export function normaliseHeader(h: CellValue): string {
  return String(h ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which field each header names; unrecognised headers are ignored (e.g. population_16_64). */
export function mapHeaders(header: readonly CellValue[]): Partial<Record<AreaField, number>> {
  const columns: Partial<Record<AreaField, number>> = {};
  header.forEach((cell, i) => {
    const h = normaliseHeader(cell);
    for (const field of Object.keys(HEADERS) as AreaField[]) {
      if (columns[field] === undefined && HEADERS[field](h)) {
        columns[field] = i;
        break;
      }
    }
  });
  return columns;
}

export interface GridPlace {
  /** 1-based row and column label for messages, and an address where there is one. */
  locate(rowIndex: number, colIndex: number, header: string): Omit<Located, 'value'>;
}

/**
 * Areas from a grid whose first non-blank row is a header (board, SMI contacts, and optionally
 * code, population, existing ES, phase). Every problem is reported with where it is; areas are
 * returned only when there are none.
 */
export function readAreasGrid(grid: readonly (readonly CellValue[])[], place: GridPlace): AreasRead {
  const problems: Problem[] = [];
  const headerIndex = grid.findIndex((row) => row.some((c) => !isBlank(c)));
  if (headerIndex < 0) {
    return {
      areas: [],
      columns: {},
      problems: [
        {
          ...place.locate(0, 0, '(none)'),
          row: 1,
          value: '',
          message: 'there is no data: expected a header row (board, SMI contacts …) and one row per area',
        },
      ],
    };
  }
  const header = grid[headerIndex];
  const columns = mapHeaders(header);
  const headerText = (c: number) => (isBlank(header[c]) ? `#${c + 1}` : String(header[c]).trim());
  for (const field of ['board', 'smiContacts'] as const) {
    if (columns[field] === undefined) {
      problems.push({
        ...place.locate(headerIndex, 0, headerText(0)),
        value: '',
        message: `the header row has no ${FIELD_LABELS[field]} column (found: ${header.map((h) => showValue(h)).join(', ')})`,
      });
    }
  }
  if (problems.length) return { areas: [], columns, problems };

  const areas: Area[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every(isBlank)) continue;
    const problem = (field: AreaField, message: string) => {
      const c = columns[field] as number;
      problems.push({ ...place.locate(r, c, headerText(c)), value: showValue(row[c]), message });
    };
    const cell = (field: AreaField) => (columns[field] === undefined ? undefined : row[columns[field] as number]);
    const count = problems.length;

    const rawName = cell('board');
    const name = isBlank(rawName) ? '' : String(rawName).trim();
    if (!name) problem('board', 'is blank: every area needs a name');
    else if (isErrorValue(rawName)) problem('board', 'is an error value, not a name');
    else {
      const key = name.toLowerCase();
      const first = firstRowOf.get(key);
      if (first !== undefined)
        problem('board', `appears twice (first at row ${place.locate(first, columns.board as number, '').row})`);
      else firstRowOf.set(key, r);
    }

    const number = (field: AreaField, optional: boolean, check: (v: number) => string | null): number | undefined => {
      const raw = cell(field);
      if (raw === undefined || (optional && isBlank(raw))) return undefined;
      const read = readNumber(raw);
      if (!read.ok) {
        problem(field, `${read.reason}: ${FIELD_LABELS[field]} must be a number`);
        return undefined;
      }
      const why = check(read.value);
      if (why) problem(field, why);
      return read.value;
    };
    const smiContacts = number('smiContacts', false, (v) =>
      v < 0 ? 'is negative: SMI contacts must be 0 or more' : null,
    );
    const population = number('population', true, (v) =>
      v <= 0 ? 'must be above 0 (leave it blank if unknown)' : null,
    );
    const existingEs = number('existingEs', true, (v) => (v < 0 ? 'is negative: existing ES must be 0 or more' : null));
    const phase = number('phase', true, (v) => ([1, 2, 3].includes(v) ? null : 'must be 1, 2 or 3'));
    const rawCode = cell('code');

    if (problems.length === count) {
      areas.push({
        name,
        ...(isBlank(rawCode) ? {} : { code: String(rawCode).trim() }),
        smiContacts: smiContacts as number,
        ...(population === undefined ? {} : { population }),
        ...(existingEs === undefined ? {} : { existingEs }),
        ...(phase === undefined ? {} : { phase }),
      });
    }
  }
  if (!problems.length && !areas.length) {
    problems.push({
      ...place.locate(headerIndex, 0, headerText(0)),
      value: '',
      message: 'there are no areas below the header row',
    });
  }
  return { areas: problems.length ? [] : areas, columns, problems };
}
