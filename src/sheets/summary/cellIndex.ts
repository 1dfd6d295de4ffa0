/**
 * Where things are in the Summary sheet, so tests (and writers, charts, the task pane) can find a
 * figure without knowing the layout. Rows and columns are 0-based, as in the blueprint.
 */

export const SUMMARY_ROWS = [
  'coverage',
  'costPerEngagement',
  'eligible',
  'clientsPerYear',
  'specialists',
  'teamLeaders',
  'managers',
  'costPerYear',
  'totalCostPerYear',
  'staffCostPerYear',
  'rolloutCost',
  'rolloutStaffCost',
  'jobOutcomesPerYear',
  'sustainedOutcomesPerYear',
  'costPerJobOutcome',
] as const;
export type SummaryRow = (typeof SUMMARY_ROWS)[number];

export interface SummarySheetIndex {
  sheet: string;
  rows: Record<SummaryRow, number>;
  /** Column of each scenario, in the order of WorkbookIndex.scenarios. */
  columns: number[];
}
