import type { Area } from '../model/areas';
import type { AreasRead, Problem } from '../parse/areasTable';
import { SCOTLAND_2018 } from '../data/scotland2018';

/** Where the areas' figures come from. */
export type FiguresSource = 'builtin' | 'selection' | 'table' | 'csv';

export interface FiguresState {
  source: FiguresSource;
  /** null until something has been read (or when what was read has problems). */
  areas: Area[] | null;
  problems: Problem[];
  /** What was read, for the summary line: "Scotland 2018 (built-in)", "Sheet1!A1:B15", "boards.csv". */
  label: string;
}

export const BUILTIN_FIGURES: FiguresState = {
  source: 'builtin',
  areas: SCOTLAND_2018.map((a) => ({ ...a })),
  problems: [],
  label: 'Scotland 2018 (built-in)',
};

export function emptyFigures(source: FiguresSource): FiguresState {
  return source === 'builtin' ? BUILTIN_FIGURES : { source, areas: null, problems: [], label: '' };
}

/** The state after a read: areas only when there is not a single problem. */
export function fromRead(source: FiguresSource, label: string, read: AreasRead): FiguresState {
  return { source, label, problems: read.problems, areas: read.problems.length ? null : read.areas };
}

/** The CSV parser (Papa Parse) loads with the first CSV file, not with the pane. */
export async function readCsvText(text: string): Promise<AreasRead> {
  const { readAreasCsv } = await import(/* webpackChunkName: "csv" */ '../parse/csv');
  return readAreasCsv(text);
}
