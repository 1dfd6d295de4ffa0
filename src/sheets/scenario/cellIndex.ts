/**
 * Where things are in a scenario sheet, so tests (and writers, charts, the task pane) can find a
 * figure without knowing the layout. Rows and columns are 0-based, as in the blueprint.
 */
import type { AssumptionCellKey, CellPos } from '../shared/cells';

/** Columns of a scenario's board table, in order; keys match AreaPlan's fields where there is one. */
export const BOARD_COLUMNS = [
  'name',
  'smiContacts',
  'eligible',
  'clientsPerYear',
  'specialists',
  'teamLeaders',
  'costPerYear',
  'staffCostPerYear',
  'jobOutcomesPerYear',
  'sustainedOutcomesPerYear',
  'costPerJobOutcome',
  'contactsPer100k',
  'dataQualityFlag',
  'rolloutStart',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** Columns of a scenario's rollout-by-year table; keys match YearPlan's fields. */
export const YEAR_COLUMNS = [
  'year',
  'label',
  'specialists',
  'newSpecialists',
  'clients',
  'jobOutcomes',
  'cost',
  'staffCost',
] as const;
export type YearColumn = (typeof YEAR_COLUMNS)[number];

/** Per-board, per-year grids below the board table (one row per board, in the boards' order). */
export const GRIDS = ['specialists', 'newSpecialists', 'clients'] as const;
export type GridKey = (typeof GRIDS)[number];

/** Cells a scenario sheet works out from its assumptions once, for every row to use. */
export const DERIVED = [
  'esPostCost',
  'teamLeaderPostCost',
  'managerPostCost',
  'staffCostPerEs',
  'firstYearShortfall',
  'medianContactsPer100k',
  'managers',
  'totalCostPerYear',
] as const;
export type DerivedKey = (typeof DERIVED)[number];

export interface ScenarioSheetIndex {
  sheet: string;
  scenario: string;
  /** Rollout horizon N the sheet was generated with (fixed: the tables have N years). */
  years: number;
  rollout: 'phased' | 'existing';
  /** The scenario's own assumption cells (coverage and £ per engagement are values; others link to Inputs). */
  assumptions: Record<AssumptionCellKey, CellPos>;
  derived: Record<DerivedKey, CellPos>;
  boards: {
    headerRow: number;
    firstRow: number;
    /** Board i is on rows[i]: a long table repeats its heading on each printed page, so rows can skip. */
    rows: readonly number[];
    count: number;
    totalsRow: number;
    columns: Record<BoardColumn, number>;
  };
  /** Totals by year: year y (1-based) is on row firstRow + y − 1. */
  byYear: { headerRow: number; firstRow: number; totalsRow: number; columns: Record<YearColumn, number> };
  /** Year y of board i is at (grids[key].rows[i], grids[key].col + y − 1); totals on totalsRow. */
  grids: Record<GridKey, { firstRow: number; rows: readonly number[]; col: number; totalsRow: number }>;
  /** The sheet's title: a formula of its live coverage and £ per engagement. */
  title: CellPos;
  /** Blank, or which input to fix when a bad figure got past data validation. */
  inputCheck: CellPos;
  /** A budget-led scenario's budget input (its coverage cell is then a formula of it). */
  budget?: CellPos;
}
