import { AreaWords, capitalised } from '../../model/areas';
import type { Plan } from '../../model/planTypes';
import { Cell, ChartSpec, SheetBlueprint, cellAddress, sheetRef } from '../shared/blueprint';
import { CellPos } from '../shared/cells';
import { SUMMARY_ROWS, SummaryRow, SummarySheetIndex } from './cellIndex';
import { ScenarioSheetIndex } from '../scenario';
import { SheetDraft, cells } from '../shared/draft';
import { figureFormat } from '../shared/figureFormats';
import { figureLabel } from '../../model/figures';
import { printSetup } from '../shared/print';
import { percentText, poundsText } from '../scenario';
import { FORMAT, STYLE, TAB_COLOR } from '../shared/styles';

export const SUMMARY_SHEET = 'Summary';
const HEADER_ROW = 3;
const CHART_ROWS = 16;

/** The two defining inputs head the comparison; every other row is an output figure (OUTPUT_FIGURES). */
const INPUT_ROWS = {
  coverage: { label: 'Coverage of eligible clients', format: FORMAT.percent },
  costPerEngagement: { label: '£ per engagement', format: FORMAT.gbp },
} as const;
type InputRow = keyof typeof INPUT_ROWS;
const isInput = (key: SummaryRow): key is InputRow => key in INPUT_ROWS;

const formatOf = (key: SummaryRow) => (isInput(key) ? INPUT_ROWS[key].format : figureFormat(key));
/** Rollout figures name their span when every scenario has the same years. */
const labelOf = (key: SummaryRow, years: number | undefined) =>
  isInput(key) ? INPUT_ROWS[key].label : figureLabel(key, years);

/** Where each summary figure lives on a scenario sheet. */
function source(s: ScenarioSheetIndex, key: SummaryRow): CellPos {
  const total = (col: number) => ({ row: s.boards.totalsRow, col });
  switch (key) {
    case 'coverage':
    case 'costPerEngagement':
      return s.assumptions[key];
    case 'managers':
    case 'totalCostPerYear':
      return s.derived[key];
    case 'rolloutCost':
      return { row: s.byYear.totalsRow, col: s.byYear.columns.cost };
    case 'rolloutStaffCost':
      return { row: s.byYear.totalsRow, col: s.byYear.columns.staffCost };
    default:
      return total(s.boards.columns[key]);
  }
}

const link = (s: ScenarioSheetIndex, pos: CellPos): Cell => ({
  formula: `=${sheetRef(s.sheet)}!${cellAddress(pos.row, pos.col, true)}`,
});

/** A scenario's column heading, live: its coverage (or its budget) as the sheet now has it. */
function heading(s: ScenarioSheetIndex): Cell {
  const cell = (pos: CellPos) => `${sheetRef(s.sheet)}!${cellAddress(pos.row, pos.col, true)}`;
  if (s.budget) return { formula: `="£"&${poundsText(cell(s.budget))}&" budget"` };
  return { formula: `=${percentText(cell(s.assumptions.coverage))}&" coverage"` };
}

/**
 * The scenarios side by side, then the two figures the charts draw: ES by board and ES in post by
 * year, one column per scenario. Every figure is a formula pointing at its scenario sheet.
 */
export function buildSummarySheet(
  scenarios: readonly ScenarioSheetIndex[],
  generated: string,
  title: string,
  words: AreaWords,
  /** Each scenario's plan, in the same order: the charts' cached figures (optional). */
  plans?: readonly Plan[],
): { sheet: SheetBlueprint; index: SummarySheetIndex } {
  const d = new SheetDraft(SUMMARY_SHEET, 'summary');
  const first = scenarios[0];
  const sameYears = scenarios.every((s) => s.years === first.years);
  const years = sameYears ? first.years : undefined;
  const width = scenarios.length + 1;
  const heads = scenarios.map(heading);
  d.block(0, 0, [
    ['Summary: the scenarios side by side'],
    [`${generated}. Every figure is a formula over its scenario sheet.`],
  ]);
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0), { style: STYLE.subtitle });
  const rows = SUMMARY_ROWS.map((key) => [labelOf(key, years), ...scenarios.map((s) => link(s, source(s, key)))]);
  d.block(HEADER_ROW, 0, [['Measure', ...heads], ...rows]);
  d.format(cells(HEADER_ROW, 0, 1, width), { style: STYLE.header });
  SUMMARY_ROWS.forEach((key, i) =>
    d.format(cells(HEADER_ROW + 1 + i, 1, 1, scenarios.length), { numberFormat: formatOf(key) }),
  );
  d.widen(0, 42);
  scenarios.forEach((_, i) => d.widen(i + 1, 16));
  // Page 1: the comparison, and the two charts beside it (the .xlsx writer draws none: the space stays blank).
  const chartCol = width + 1;
  d.widen(width, 3);
  for (let c = chartCol; c < chartCol + 8; c++) d.widen(c, 10);
  const pageOne = Math.max(HEADER_ROW + SUMMARY_ROWS.length, 2 * CHART_ROWS);
  const data = writeChartData(d, scenarios, heads, { top: pageOne + 2, chartCol, words, plans });
  const sheet = d.sheet({
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    tables: [],
    charts: data.charts,
    validations: [],
    print: printSetup({
      area: cells(0, 0, data.last + 1, chartCol + 8),
      orientation: 'landscape',
      widths: d.widths,
      heights: d.heights,
      sections: [{ first: 0, last: pageOne }, ...data.sections],
      titleRows: { first: data.titleRow, last: data.titleRow },
      title,
      generated,
    }),
    tabColor: TAB_COLOR.summary,
  });
  const index: SummarySheetIndex = {
    sheet: SUMMARY_SHEET,
    rows: Object.fromEntries(SUMMARY_ROWS.map((k, i) => [k, HEADER_ROW + 1 + i])) as Record<SummaryRow, number>,
    columns: scenarios.map((_, i) => i + 1),
  };
  return { sheet, index };
}

/**
 * The figures the charts draw, below page 1: ES in post by year, then ES by area, a column per scenario.
 * By area comes last, as it can run over pages: its heading row is the sheet's print title, which
 * printers repeat from the page it first appears on.
 */
function writeChartData(
  d: SheetDraft,
  scenarios: readonly ScenarioSheetIndex[],
  heads: Cell[],
  { top, chartCol, words, plans }: { top: number; chartCol: number; words: AreaWords; plans?: readonly Plan[] },
) {
  const first = scenarios[0];
  const n = first.boards.count;
  const yearsCaption = top;
  const yearsHeader = yearsCaption + 1;
  const boardsCaption = yearsHeader + first.years + 2;
  const boardsHeader = boardsCaption + 1;
  const boardRows = Array.from({ length: n }, (_, i) => [
    link(first, { row: first.boards.rows[i], col: first.boards.columns.name }),
    ...scenarios.map((s) => link(s, { row: s.boards.rows[i], col: s.boards.columns.specialists })),
  ]);
  const yearRows = Array.from({ length: first.years }, (_, k) => [
    link(first, { row: first.byYear.firstRow + k, col: first.byYear.columns.label }),
    ...scenarios.map((s) =>
      k < s.years ? link(s, { row: s.byYear.firstRow + k, col: s.byYear.columns.specialists }) : null,
    ),
  ]);
  const byArea = `ES needed by ${words.one}`;
  d.block(boardsCaption, 0, [[byArea]]);
  d.block(boardsHeader, 0, [[capitalised(words.one), ...heads], ...boardRows]);
  d.block(yearsCaption, 0, [['ES in post by year']]);
  d.block(yearsHeader, 0, [['Year', ...heads], ...yearRows]);
  for (const [caption, header, count] of [
    [boardsCaption, boardsHeader, n],
    [yearsCaption, yearsHeader, first.years],
  ]) {
    d.format(cells(caption, 0), { style: STYLE.caption });
    d.format(cells(header, 0, 1, scenarios.length + 1), { style: STYLE.header });
    d.format(cells(header + 1, 1, count, scenarios.length), { numberFormat: FORMAT.wte });
  }
  const series = (header: number, count: number) =>
    scenarios.map((s, i) => ({ name: s.scenario, values: cells(header + 1, i + 1, count, 1) }));
  const charts: ChartSpec[] = [
    {
      title: byArea,
      type: 'barClustered',
      categories: cells(boardsHeader + 1, 0, n, 1),
      series: series(boardsHeader, n),
      anchor: cells(0, chartCol, CHART_ROWS, 8),
      ...(plans && {
        cached: {
          categories: plans[0].areas.map((a) => a.name),
          series: plans.map((p) => p.areas.map((a) => a.specialists)),
        },
      }),
    },
    {
      title: 'ES in post by year',
      type: 'columnClustered',
      categories: cells(yearsHeader + 1, 0, first.years, 1),
      series: series(yearsHeader, first.years),
      anchor: cells(CHART_ROWS + 1, chartCol, CHART_ROWS, 8),
      ...(plans && {
        cached: {
          categories: plans[0].totals.years.map((y) => y.label),
          series: plans.map((p) => plans[0].totals.years.map((_, k) => p.totals.years[k]?.specialists ?? null)),
        },
      }),
    },
  ];
  const sections = [
    { first: yearsCaption, last: yearsHeader + first.years },
    { first: boardsCaption, last: boardsHeader + n },
  ];
  return { charts, sections, last: boardsHeader + n, titleRow: boardsHeader };
}
