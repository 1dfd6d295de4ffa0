import type { Area } from '../../model/areas';
import type { AreasRead, Problem } from '../../parse/areasTable';
import { DATA_SETS, DataSet, dataSetAreas, findDataSet } from '../../data';
import { formatWhole } from '../shared/format';

/** Where the areas' figures come from. */
export type FiguresSource = 'builtin' | 'selection' | 'table' | 'csv';

export interface FiguresState {
  source: FiguresSource;
  /** null until something has been read (or when what was read has problems). */
  areas: Area[] | null;
  problems: Problem[];
  /** What was read, for the summary line: "NHS Scotland, 2018 (built-in)", "boards.csv". */
  label: string;
  /** The built-in data set chosen (source 'builtin' only): its words and sources go into the workbook. */
  dataSet?: DataSet;
}

/** A built-in data set's figures. */
/** "14 areas, 60,424 SMI contacts": what was read, as the status line and the folded heading say it. */
export function areasRead(areas: readonly Area[]): string {
  const contacts = areas.reduce((s, a) => s + a.smiContacts, 0);
  return `${formatWhole(areas.length)} ${areas.length === 1 ? 'area' : 'areas'}, ${formatWhole(contacts)} SMI contacts`;
}

export function builtinFigures(set: DataSet): FiguresState {
  return { source: 'builtin', areas: dataSetAreas(set), problems: [], label: `${set.title} (built-in)`, dataSet: set };
}

export const BUILTIN_FIGURES: FiguresState = builtinFigures(DATA_SETS[0]);

/** The figures a choice of source starts with: a data set's own, or nothing until something is read. */
export function emptyFigures(source: FiguresSource, dataSetId?: string): FiguresState {
  if (source !== 'builtin') return { source, areas: null, problems: [], label: '' };
  const set = dataSetId === undefined ? undefined : findDataSet(dataSetId);
  return set ? builtinFigures(set) : BUILTIN_FIGURES;
}

/** The state after a read: areas only when there is not a single problem. */
export function fromRead(source: FiguresSource, label: string, read: AreasRead): FiguresState {
  return { source, label, problems: read.problems, areas: read.problems.length ? null : read.areas };
}

/** The CSV parser (Papa Parse) loads with the first CSV file, not with the pane. */
export async function readCsvText(text: string): Promise<AreasRead> {
  const { readAreasCsv } = await import(/* webpackChunkName: "csv" */ '../../parse/csv');
  return readAreasCsv(text);
}
