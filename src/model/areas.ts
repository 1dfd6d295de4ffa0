/** One planning area: a health board, a locality, or any area a planner brings. */
export interface Area {
  name: string;
  code?: string;
  smiContacts: number;
  population?: number;
  existingEs?: number;
  /** Rollout phase 1, 2 or 3; when absent, DEFAULT_PHASE. */
  phase?: number;
}

/**
 * The phase of an area whose phase is blank. Phase 1 is for the services a plan expands first, which
 * only the data (a data set, or the planner's figures) can name; every other area starts in phase 2.
 */
export const DEFAULT_PHASE = 2;

export function phaseOf(area: Area): number {
  return area.phase ?? DEFAULT_PHASE;
}

/** The words for one area and for many, lower case ("health board", "health boards"). */
export interface AreaWords {
  one: string;
  many: string;
}

/** Where a plan's areas come from, as the workbook's Notes and headers tell it. */
export interface AreasOrigin {
  /** A built-in data set's id ("council-2024"); absent for a planner's own figures. */
  id?: string;
  /** e.g. "Test council, 2024". */
  title: string;
  words: AreaWords;
  /** One line per source: what it gives ("SMI contacts") and where it comes from. */
  sources: readonly { label: string; text: string }[];
}

/** A planner's own figures: neutral words, and the planner as the source. */
export const PLANNERS_AREAS: AreasOrigin = Object.freeze({
  title: 'Figures supplied by the planner (see the Inputs sheet)',
  words: { one: 'area', many: 'areas' },
  sources: [],
});

/** "health board" → "Health board". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
