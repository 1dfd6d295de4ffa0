import type { Area, AreasOrigin } from '../model/areas';

/**
 * A built-in data set: the areas a plan can start from, with the words and sources the workbook
 * shows. Default phases are data: each area carries its own (a blank phase means DEFAULT_PHASE).
 */
export interface DataSet extends AreasOrigin {
  /** Chosen with --data ID in the command line, e.g. "scotland-2018". */
  id: string;
  /** The year the figures describe. */
  year: number;
  areas: readonly Readonly<Area>[];
}
