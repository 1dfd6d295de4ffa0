import type { Area } from '../model/areas';
import type { DataSet } from './dataSet';
import { SCOTLAND_2018_DATA_SET } from './scotland2018';

export type { DataSet } from './dataSet';

/** Every built-in data set, the default first. */
export const DATA_SETS: readonly DataSet[] = Object.freeze([SCOTLAND_2018_DATA_SET]);

export const DEFAULT_DATA_SET_ID = DATA_SETS[0].id;

/** The data set with this id, from the registry (or from the sets given, as tests give their own). */
export function findDataSet(id: string, sets: readonly DataSet[] = DATA_SETS): DataSet | undefined {
  return sets.find((s) => s.id === id);
}

/** A fresh, mutable copy of a data set's areas. */
export function dataSetAreas(set: DataSet): Area[] {
  return set.areas.map((a) => ({ ...a }));
}

/** "14 health boards" */
export function areaCount(set: Pick<DataSet, 'areas' | 'words'>): string {
  return `${set.areas.length} ${set.areas.length === 1 ? set.words.one : set.words.many}`;
}

/** One line per data set, for `--data list`: id, then what it holds. */
export function listDataSets(sets: readonly DataSet[] = DATA_SETS): string {
  const width = Math.max(...sets.map((s) => s.id.length));
  return sets.map((s) => `${s.id.padEnd(width)}  ${s.title} (${areaCount(s)}, ${s.year})\n`).join('');
}
