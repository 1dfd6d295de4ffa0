/**
 * Where each part of the Monitoring sheet sits: title and how to use it, the by-year summary, the two
 * charts, then the IPS_Actuals table (a group row above its header, then one row per area per year,
 * year by year). One column grid serves both the summary and the table so the sheet prints one A4
 * landscape page wide at a readable size.
 */
import type { FigureKey, KpiKey } from '../../model/monitoring';
import { columnsOf } from '../shared/cells';

/** The table's columns, in order: area and year, the four actuals (inputs), plan, difference, %, rates, statuses. */
export const ACTUAL_COLUMNS = [
  'area',
  'label',
  'actualSpecialists',
  'actualClients',
  'actualJobOutcomes',
  'actualSustained',
  'plannedSpecialists',
  'plannedClients',
  'plannedJobOutcomes',
  'plannedSustained',
  'differenceSpecialists',
  'differenceClients',
  'differenceJobOutcomes',
  'differenceSustained',
  'percentSpecialists',
  'percentClients',
  'percentJobOutcomes',
  'percentSustained',
  'jobOutcomeRate',
  'sustainedRate',
  'clientsPerEs',
  'statusClientsPerEs',
  'statusJobOutcomeRate',
  'statusSustainedRate',
] as const;
export type ActualColumn = (typeof ACTUAL_COLUMNS)[number];
export const ACTUAL_COLS = columnsOf(ACTUAL_COLUMNS);

type Group = 'actual' | 'planned' | 'difference' | 'percent';
export const figureColumn = (group: Group, key: FigureKey): ActualColumn =>
  `${group}${key[0].toUpperCase()}${key.slice(1)}` as ActualColumn;
export const statusColumn = (kpi: KpiKey): ActualColumn =>
  `status${kpi[0].toUpperCase()}${kpi.slice(1)}` as ActualColumn;

/** Short words for each figure: the table's headers must be unique, and the columns are narrow. */
export const FIGURE_WORDS: Record<FigureKey, string> = {
  specialists: 'ES',
  clients: 'Clients',
  jobOutcomes: 'Jobs',
  sustained: '13 wks',
};

/** Group captions in the row above the header, each over its first column. */
export const GROUPS: { col: ActualColumn; text: string }[] = [
  { col: 'area', text: 'Where and when' },
  { col: 'actualSpecialists', text: 'Actual: type here' },
  { col: 'plannedSpecialists', text: 'Plan (live)' },
  { col: 'differenceSpecialists', text: 'Actual − plan' },
  { col: 'percentSpecialists', text: 'Actual as % of plan' },
  { col: 'jobOutcomeRate', text: 'KPI figures' },
  { col: 'statusClientsPerEs', text: 'KPI status (IPS Grow)' },
];

/**
 * Column widths in characters: the area column fits the longest name up to 20 (wider would print the
 * table below 8 pt; longer names wrap); "not reported" needs 11; figures with their short headers 6.5.
 */
export function columnWidth(col: ActualColumn, areaWidth: number): number {
  if (col === 'area') return Math.min(20, Math.max(12, areaWidth));
  if (col === 'label') return 7.5;
  if (col.startsWith('status')) return 11;
  return 6.5;
}

/** The summary's columns, on the same grid (the year label under the area column). */
export const SUMMARY_COLUMNS = [
  'label',
  'plannedSpecialists',
  'actualSpecialists',
  'plannedClients',
  'actualClients',
  'plannedJobOutcomes',
  'actualJobOutcomes',
  'plannedSustained',
  'actualSustained',
  'jobOutcomeRate',
  'sustainedRate',
  'clientsPerEs',
  'reporting',
] as const;
export type MonitoringSummaryColumn = (typeof SUMMARY_COLUMNS)[number];
export const SUMMARY_COLS = columnsOf(SUMMARY_COLUMNS);

export const CHART_ROWS = 16;

export interface MonitoringLayout {
  title: number;
  notes: number[];
  summary: { caption: number; header: number; first: number; last: number };
  charts: number;
  table: { caption: number; groups: number; header: number; first: number; last: number };
  last: number;
}

export function monitoringLayout(areas: number, years: number, noteLines: number): MonitoringLayout {
  const notes = Array.from({ length: noteLines }, (_, i) => 2 + i);
  const caption = 3 + noteLines;
  const summary = { caption, header: caption + 1, first: caption + 2, last: caption + 1 + years };
  const charts = summary.last + 2;
  const tableCaption = charts + CHART_ROWS + 1;
  const table = {
    caption: tableCaption,
    groups: tableCaption + 1,
    header: tableCaption + 2,
    first: tableCaption + 3,
    last: tableCaption + 2 + areas * years,
  };
  return { title: 0, notes, summary, charts, table, last: table.last };
}
