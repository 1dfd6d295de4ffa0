/**
 * The Monitoring sheet: the plan meets what happened. Tied to one scenario sheet, whose per-board grids
 * it links to live; an Excel table IPS_Actuals with one row per area per rollout year (actuals typed in,
 * plan, differences, KPI figures and status words); a by-year summary and two charts above it.
 */
import type { ActualsRow } from '../../model/carryActuals';
import { type Actual, KPI, actualKey } from '../../model/monitoring';
import {
  type ChartSpec,
  type ConditionalFormat,
  type SheetBlueprint,
  type Validation,
  cellAddress,
  sheetRef,
} from '../shared/blueprint';
import type { ScenarioSheetIndex } from '../scenario';
import { SheetDraft, cells, fitText } from '../shared/draft';
import type { MonitoringContext } from './context';
import { writeKept } from './kept';
import {
  ACTUAL_COLS,
  ACTUAL_COLUMNS,
  type ActualColumn,
  CHART_ROWS,
  SUMMARY_COLS,
  SUMMARY_COLUMNS,
  type MonitoringSummaryColumn,
  columnWidth,
  monitoringLayout,
} from './layout';
import { SUMMARY_HEADERS, writeSummary } from './summary';
import { headerOf, writeActualsTable } from './table';
import { printSetup, wrappedHeight } from '../shared/print';
import { STYLE, TAB_COLOR } from '../shared/styles';

export const MONITORING_SHEET = 'Monitoring';
export const ACTUALS_TABLE = 'IPS_Actuals';

export interface MonitoringSheetInput {
  scenario: ScenarioSheetIndex;
  areas: readonly string[];
  labels: readonly string[];
  actuals?: readonly Actual[];
  /** Rows carried over from an earlier plan that match no area or year of this one (carryActuals' unmatched). */
  kept?: readonly ActualsRow[];
  heading: string;
  title: string;
}

export interface MonitoringSheetIndex {
  sheet: string;
  /** The scenario sheet the plan columns link to. */
  scenarioSheet: string;
  table: {
    name: string;
    headerRow: number;
    firstRow: number;
    /** Row firstRow + r holds rows[r]: year by year, areas in the plan's order. */
    rows: { area: string; year: number; label: string }[];
    columns: Record<ActualColumn, number>;
  };
  /** Year y (1-based) is on row firstRow + y − 1. */
  summary: { headerRow: number; firstRow: number; columns: Record<MonitoringSummaryColumn, number> };
  /** The block of kept rows below the table (area, year label, 4 figures from firstRow), when there is one. */
  kept?: { firstRow: number; count: number };
}

const NOTES = [
  'Type what happened in the blue columns, one row per area and year. A blank means not reported yet: it is never read as 0.',
  `KPIs (IPS Grow): ES in their first year work with ${KPI.firstYearClientsPerEs} clients or more, later ${KPI.clientsPerEs} (the year's target mixes the two by the plan's new ES); ` +
    `${KPI.jobOutcomeRate * 100}% or more of clients into paid work; ${KPI.sustainedRate * 100}% or more of jobs kept 13 weeks.`,
];

export function buildMonitoringSheet(input: MonitoringSheetInput): {
  sheet: SheetBlueprint;
  index: MonitoringSheetIndex;
} {
  const { scenario, areas, labels } = input;
  const layout = monitoringLayout(areas.length, labels.length, NOTES.length);
  const d = new SheetDraft(MONITORING_SHEET, 'monitoring');
  const ctx: MonitoringContext = {
    d,
    scenario,
    areas,
    labels,
    actuals: new Map((input.actuals ?? []).map((a) => [actualKey(a.area, a.year), a])),
    layout,
  };
  const areaWidth = fitText(areas);
  ACTUAL_COLUMNS.forEach((col, c) => d.widen(c, columnWidth(col, areaWidth)));
  const scenarioTitle = `${sheetRef(scenario.sheet)}!${cellAddress(scenario.title.row, scenario.title.col, true)}`;
  d.block(0, 0, [[{ formula: `="Plan against actuals: "&${scenarioTitle}` }], [input.heading]]);
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0), { style: STYLE.subtitle });
  d.rowHeight(0, 21);
  layout.notes.forEach((row, i) => d.block(row, 0, [[NOTES[i]]]));
  writeSummary(ctx);
  writeActualsTable(ctx);
  const { table, summary } = layout;
  d.rowHeight(
    summary.header,
    headerHeight(
      SUMMARY_COLUMNS.map((c) => SUMMARY_HEADERS[c]),
      d.widths,
    ),
  );
  d.rowHeight(table.header, headerHeight(ACTUAL_COLUMNS.map(headerOf), d.widths));
  const keptLast = writeKept(ctx, input.kept ?? [], table.last + 2);
  const last = keptLast ?? table.last;
  const rows = labels.flatMap((label, k) => areas.map((area) => ({ area, year: k + 1, label })));
  const sections = [
    { first: 0, last: summary.last },
    { first: layout.charts, last: layout.charts + CHART_ROWS - 1 },
    ...labels.map((_, k) => ({
      first: k === 0 ? table.caption : table.first + k * areas.length,
      last: table.first + (k + 1) * areas.length - 1,
    })),
    ...(keptLast === null ? [] : [{ first: table.last + 2, last: keptLast }]),
  ];
  const sheet = d.sheet({
    freeze: { rows: 0, cols: 2 },
    tables: [{ name: ACTUALS_TABLE, range: cells(table.header, 0, rows.length + 1, ACTUAL_COLUMNS.length) }],
    charts: charts(ctx),
    validations: validations(ctx),
    conditionalFormats: statusColours(ctx),
    print: printSetup({
      area: cells(0, 0, last + 1, ACTUAL_COLUMNS.length),
      orientation: 'landscape',
      widths: d.widths,
      heights: d.heights,
      sections,
      titleRows: { first: table.groups, last: table.header },
      title: input.title,
      generated: input.heading,
    }),
    tabColor: TAB_COLOR.monitoring,
  });
  const index: MonitoringSheetIndex = {
    sheet: MONITORING_SHEET,
    scenarioSheet: scenario.sheet,
    table: { name: ACTUALS_TABLE, headerRow: table.header, firstRow: table.first, rows, columns: ACTUAL_COLS },
    summary: { headerRow: summary.header, firstRow: summary.first, columns: SUMMARY_COLS },
    ...(keptLast === null ? {} : { kept: { firstRow: table.last + 4, count: input.kept!.length } }),
  };
  return { sheet, index };
}

/** A header row (on the sheet's column grid) tall enough for its longest wrapped header, one line spare for bold type. */
function headerHeight(texts: readonly string[], widths: readonly number[]): number {
  return Math.max(...texts.map((t, i) => wrappedHeight(t, widths[i]))) + 14;
}

function charts(ctx: MonitoringContext): ChartSpec[] {
  const { layout, labels } = ctx;
  const years = labels.length;
  const at = (c: MonitoringSummaryColumn) => cells(layout.summary.first, SUMMARY_COLS[c], years, 1);
  const half = 12;
  const anchor = (col: number, cols: number) => cells(layout.charts, col, CHART_ROWS, cols);
  return [
    {
      title: 'ES in post: plan and actual, by year',
      type: 'columnClustered',
      categories: at('label'),
      series: [
        { name: 'ES planned', values: at('plannedSpecialists') },
        { name: 'ES in post (actual)', values: at('actualSpecialists') },
      ],
      anchor: anchor(0, half),
    },
    {
      title: 'Job outcomes: plan and actual, by year',
      type: 'columnClustered',
      categories: at('label'),
      series: [
        { name: 'Job outcomes planned', values: at('plannedJobOutcomes') },
        { name: 'Job outcomes (actual)', values: at('actualJobOutcomes') },
      ],
      anchor: anchor(half, ACTUAL_COLUMNS.length - half),
    },
  ];
}

/** Met in green, below in red (the Excel "good" and "bad" styles); the word says it in black and white too. */
function statusColours(ctx: MonitoringContext): ConditionalFormat[] {
  const { first, last } = ctx.layout.table;
  const range = cells(first, ACTUAL_COLS.statusClientsPerEs, last - first + 1, 3);
  return [
    { range, textEquals: 'met', style: { fill: '#C6EFCE', fontColor: '#006100' } },
    { range, textEquals: 'below', style: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } },
  ];
}

/** The four actual columns take a number, 0 or more; a blank is allowed (not reported). */
function validations(ctx: MonitoringContext): Validation[] {
  const { first, last } = ctx.layout.table;
  const prompts: Record<string, string> = {
    actualSpecialists: 'ES in post (WTE) that year',
    actualClients: 'Clients supported that year',
    actualJobOutcomes: 'Clients who started paid work',
    actualSustained: 'Jobs still held after 13 weeks',
  };
  return Object.entries(prompts).map(([col, title]) => ({
    range: cells(first, ACTUAL_COLS[col as ActualColumn], last - first + 1, 1),
    number: { min: 0, max: 1e9, whole: false },
    allowBlank: true,
    prompt: { title, message: 'A number, 0 or more. Leave it blank until it is reported: a blank is never read as 0.' },
  }));
}
