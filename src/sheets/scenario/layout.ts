/**
 * Where each part of a scenario sheet sits. The sheet reads top to bottom, as a committee does: title
 * and the two defining inputs, the headline, the rollout by year, the board table, the per-board
 * rollout grids, the scenario's other assumptions, the charts. One column grid serves every part, so
 * the sheet prints one A4 landscape page wide at a readable size.
 *
 * A per-area table longer than a printed page is laid out a page at a time, its heading row written
 * again at the top of each page: a sheet repeats only one band of rows on paper (the title rows here),
 * and four long tables each need their own headings. Totals still SUM over the whole column (SUM skips
 * the repeated headings' text); everything that needs an area's row asks `rows`, never `first + i`.
 */
import { ASSUMPTION_INFO } from '../../model/assumptions';
import { ROW_POINTS, pagePoints } from '../shared/print';
import { BOARD_COLUMNS, BoardColumn, DERIVED, GRIDS, GridKey, YEAR_COLUMNS, YearColumn } from './cellIndex';
import { CellPos, columnsOf } from '../shared/cells';

/** Column widths in characters: A holds names and labels, the rest figures. */
export const WIDTHS: Record<BoardColumn, number> = {
  name: 28,
  smiContacts: 10,
  eligible: 10,
  clientsPerYear: 12,
  specialists: 8,
  teamLeaders: 8,
  costPerYear: 13,
  staffCostPerYear: 13,
  jobOutcomesPerYear: 10,
  sustainedOutcomesPerYear: 10,
  costPerJobOutcome: 10,
  contactsPer100k: 10,
  dataQualityFlag: 18,
  rolloutStart: 8,
};
export const BOARD_COLS = columnsOf(BOARD_COLUMNS);
/** The rollout by year uses the board table's columns, money under money. */
export const YEAR_COLS: Record<YearColumn, number> = columnsOf(YEAR_COLUMNS);

export const COVERAGE: CellPos = { row: 1, col: 1 };
export const COST: CellPos = { row: 1, col: 4 };
/** Headline figures: label in A (running over the empty B and C), value in D. */
export const HEADLINE_VALUE_COL = 3;
export const HEADLINE = [
  'specialists',
  'costPerYear',
  'rolloutCost',
  'jobOutcomesPerYear',
  'costPerJobOutcome',
] as const;
/** Assumptions: label in A (over B–F), value in G, unit in H, where it comes from in I. */
export const ASSUMPTION_VALUE_COL = 6;

/** One printed page of a table: its heading row and the body rows below it. */
export interface TablePage {
  header: number;
  first: number;
  count: number;
}

export interface TableRows {
  caption: number;
  header: number;
  first: number;
  /** The last body row (first + count − 1 unless the table goes over pages). */
  last: number;
  totals: number;
  /** The row of each body line (area i is on rows[i]). */
  rows: number[];
  /** A page at a time: one entry when the table fits a page. */
  pages: TablePage[];
}

/** Row heights (points) the layout writes: the title, and the board table's heading (three lines). */
export const TITLE_POINTS = 21;
export const BOARD_HEADER_POINTS = 46;
/** The printers' rows can come out a little taller than Excel's 15 points: leave a few rows spare. */
const PAGE_SAFETY = 0.94;

/** Body rows a printed page of the scenario sheet holds below the repeated title rows and `abovePoints`. */
function pageRows(abovePoints: number): number {
  const widths = BOARD_COLUMNS.map((k) => WIDTHS[k]);
  const page = pagePoints(widths, 'landscape', TITLE_POINTS + ROW_POINTS) * PAGE_SAFETY;
  return Math.max(1, Math.floor((page - abovePoints) / ROW_POINTS));
}

export interface ScenarioLayout {
  title: number;
  notes: [number, number];
  headline: { caption: number; first: number };
  byYear: TableRows;
  boards: TableRows;
  grids: Record<GridKey, TableRows>;
  assumptions: { caption: number; header: number; first: number; last: number };
  charts: number;
  last: number;
}

/** Rows of the scenario's other assumptions: all but the two defining ones, the rounding rule, a caption, the derived. */
export const ASSUMPTION_ROWS = ASSUMPTION_INFO.length - 2 + 1 + 1 + DERIVED.length;
export const CHART_ROWS = 18;

export function scenarioLayout(areas: number, years: number, budget = false): ScenarioLayout {
  let next = 0;
  const take = (rows: number) => {
    const first = next;
    next += rows;
    return first;
  };
  /** A caption, a heading, the body, totals and a blank row; over pages, a heading again on each. */
  const table = (body: number, headerPoints = ROW_POINTS): TableRows => {
    const caption = take(1);
    const whole = pageRows(headerPoints + ROW_POINTS);
    const pages: TablePage[] = [];
    if (body + 1 <= whole) pages.push({ header: take(1), first: take(body), count: body });
    else {
      // The first page holds the caption too; the totals row goes with the last page, never alone.
      const later = pageRows(headerPoints);
      let left = body;
      for (let room = whole; left > 0; room = later) {
        const count = left + 1 <= room ? left : Math.max(1, Math.min(left - 1, room));
        pages.push({ header: take(1), first: take(count), count });
        left -= count;
      }
    }
    const totals = take(1);
    take(1); // a blank row after each table
    const rows = pages.flatMap((p) => Array.from({ length: p.count }, (_, i) => p.first + i));
    return { caption, header: pages[0].header, first: pages[0].first, last: totals - 1, totals, rows, pages };
  };
  const title = take(1);
  take(1); // the defining inputs
  const notes: [number, number] = [take(1), take(1)];
  take(1);
  // A budget scenario adds two headline rows: its planned cost and the difference from the budget.
  const headline = { caption: take(1), first: take(HEADLINE.length + (budget ? 2 : 0)) };
  take(1);
  const byYear = table(years);
  const boards = table(areas, BOARD_HEADER_POINTS);
  const grids = Object.fromEntries(GRIDS.map((g) => [g, table(areas)])) as Record<GridKey, TableRows>;
  const caption = take(1);
  const header = take(1);
  const first = take(ASSUMPTION_ROWS);
  take(1);
  const charts = take(CHART_ROWS);
  return {
    title,
    notes,
    headline,
    byYear,
    boards,
    grids,
    assumptions: { caption, header, first, last: first + ASSUMPTION_ROWS - 1 },
    charts,
    last: next - 1,
  };
}
