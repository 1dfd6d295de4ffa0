/**
 * Where everything sits on the Economic case sheet. Page 1 (portrait A4): the title, the inputs with their
 * sources, the results, the committee's sentences and the chart; page 2: the table of appraisal years, all
 * MAX_APPRAISAL_YEARS rows laid out so that a longer appraisal typed in Excel stays live.
 */
import { ECONOMIC_INPUT_INFO } from '../../model/economics';
import { columnsOf } from '../shared/cells';
import { ECONOMIC_RESULTS, ECONOMIC_YEAR_COLUMNS } from './cellIndex';
import { lines } from './words';

export const ECONOMIC_SHEET = 'Economic case';
export const MAX_APPRAISAL_YEARS = ECONOMIC_INPUT_INFO.find((i) => i.key === 'appraisalYears')!.max;

export const COL = columnsOf(ECONOMIC_YEAR_COLUMNS);
/** Column A holds the labels (and the year); the figures are narrow: 129 characters print at about 75%. */
export const WIDTHS = [34, 12, 10, 12, 12, 4, 9, 12, 12, 12];
/** Inputs: label, value, default, then the source from this column on, running over the empty cells. */
export const INPUT_COLS = { label: 0, value: 1, byDefault: 2, source: 3 } as const;
/** Results: label, value, then how it is worked out. */
export const RESULT_COLS = { label: 0, value: 1, how: 2 } as const;
/** Characters of source a line: what the columns from the source's on hold, with room to spare. */
const SOURCE_LINE = 76;

export const INTRO = 2;
export const INTRO_ROWS = 3;

export interface EconomicLayout {
  inputs: { caption: number; header: number; rows: number[]; sources: string[][]; last: number };
  results: { caption: number; first: number; last: number };
  sentences: { first: number; count: number };
  chart: { first: number; rows: number };
  years: { caption: number; header: number; first: number; totals: number };
}

export function economicLayout(): EconomicLayout {
  const caption = INTRO + INTRO_ROWS + 1;
  const header = caption + 1;
  const sources = ECONOMIC_INPUT_INFO.map((i) => lines(i.source, SOURCE_LINE));
  const rows: number[] = [];
  let r = header + 1;
  for (const s of sources) {
    rows.push(r);
    r += s.length;
  }
  const inputsLast = r - 1;
  const resultsCaption = inputsLast + 2;
  const resultsFirst = resultsCaption + 1;
  const resultsLast = resultsFirst + ECONOMIC_RESULTS.length - 1;
  const sentences = { first: resultsLast + 2, count: 3 };
  const chart = { first: sentences.first + sentences.count + 1, rows: 18 };
  const yearsCaption = chart.first + chart.rows + 1;
  const yearsHeader = yearsCaption + 1;
  const yearsFirst = yearsHeader + 1;
  return {
    inputs: { caption, header, rows, sources, last: inputsLast },
    results: { caption: resultsCaption, first: resultsFirst, last: resultsLast },
    sentences,
    chart,
    years: {
      caption: yearsCaption,
      header: yearsHeader,
      first: yearsFirst,
      totals: yearsFirst + MAX_APPRAISAL_YEARS,
    },
  };
}
