/**
 * Where things are in the Economic case sheet, so tests (and writers, charts, the task pane) can find a
 * figure without knowing the layout. Rows and columns are 0-based, as in the blueprint.
 */
import type { EconomicInputs } from '../../model/economics';
import type { CellPos } from '../shared/cells';

/** Columns of the table of appraisal years, in order; keys match EconomicYear's fields where there is one. */
export const ECONOMIC_YEAR_COLUMNS = [
  'label',
  'cost',
  'jobOutcomes',
  'benefits',
  'net',
  't',
  'discountFactor',
  'presentCost',
  'presentBenefits',
  'presentJobOutcomes',
] as const;
export type EconomicYearColumn = (typeof ECONOMIC_YEAR_COLUMNS)[number];

/** The results, keyed as EconomicCase's fields. */
export const ECONOMIC_RESULTS = [
  'presentCost',
  'presentBenefits',
  'netPresentValue',
  'benefitCostRatio',
  'costPerJobOutcome',
  'breakEvenValuePerJobOutcome',
] as const;
export type EconomicResultKey = (typeof ECONOMIC_RESULTS)[number];

export interface EconomicSheetIndex {
  sheet: string;
  /** The scenario sheet whose rollout the case follows. */
  scenario: string;
  /** The blue input cells, each with its workbook name (ECONOMIC_INPUT_INFO[].name). */
  inputs: Record<keyof EconomicInputs, CellPos>;
  /** The results; all but the cost per job outcome carry a workbook name (RESULT_NAMES). */
  results: Record<EconomicResultKey, CellPos>;
  /** The committee's sentences: live text over the results. */
  sentences: CellPos[];
  /**
   * One row per possible appraisal year (MAX_APPRAISAL_YEARS): year y (1-based) is on firstRow + y − 1,
   * blank past the appraisal years; the totals on totalsRow.
   */
  years: {
    headerRow: number;
    firstRow: number;
    count: number;
    totalsRow: number;
    columns: Record<EconomicYearColumn, number>;
  };
}
