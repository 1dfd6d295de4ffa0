import { assumptionInfo } from '../../model/assumptions';
import { unitFormat } from '../inputs';
import type { SensitivityRow } from '../../model/sensitivity';
import { Cell, ChartSpec, SheetBlueprint, Validation, cellAddress, sheetRef } from '../shared/blueprint';
import type { CellPos } from '../shared/cells';
import type { InputsSheetIndex } from '../inputs';
import type { ScenarioSheetIndex } from '../scenario';
import { INPUTS_SHEET } from '../inputs';
import { SheetDraft, cells } from '../shared/draft';
import { printSetup, wrappedHeight } from '../shared/print';
import { ReplanCells, clientsTotal, specialistsTotal } from './formulas';
import { NpvRowsIndex, writeNpvRows } from './npvRows';
import type { EconomicSensitivityRow } from '../../model/economicSensitivity';
import { FORMAT, STYLE, TAB_COLOR } from '../shared/styles';
import { assumptionValidation, promptTitle } from '../shared/validations';

export const SENSITIVITY_SHEET = 'Sensitivity';
const HEADER = 4;
const FIRST = HEADER + 1;
const COLUMNS = [
  'label',
  'value',
  'low',
  'high',
  'esLow',
  'esHigh',
  'swing',
  'costLow',
  'costHigh',
  'jobsLow',
  'jobsHigh',
  'source',
] as const;
type Column = (typeof COLUMNS)[number];
const COL = Object.fromEntries(COLUMNS.map((k, i) => [k, i])) as Record<Column, number>;
const WIDTHS = [30, 10, 10, 10, 9, 9, 9, 12, 12, 10, 10, 40];
const HEADERS: Record<Column, string> = {
  label: 'Assumption',
  value: 'Scenario’s value',
  low: 'Low',
  high: 'High',
  esLow: 'ES at low',
  esHigh: 'ES at high',
  swing: 'ES swing',
  costLow: 'Cost a year at low',
  costHigh: 'Cost a year at high',
  jobsLow: 'Job outcomes at low',
  jobsHigh: 'Job outcomes at high',
  source: 'Where the low and high come from',
};

export interface SensitivitySheetIndex {
  sheet: string;
  scenario: string;
  firstRow: number;
  rows: SensitivityRow['assumption'][];
  columns: Record<Column, number>;
  /** With the economic case: its savings' rows for NPV, under the plan's. */
  npv?: NpvRowsIndex;
}

/** The NPV block's columns: the plan's first four, then NPV where ES are, and the same source column. */
const NPV_COLUMNS = {
  label: COL.label,
  value: COL.value,
  low: COL.low,
  high: COL.high,
  npvLow: COL.esLow,
  npvHigh: COL.esHigh,
  swing: COL.swing,
  source: COL.source,
};

/**
 * The scenario's cells a re-plan reads. The areas' contacts come from the Inputs table the scenario's own
 * column links to: one unbroken range, where the scenario's board table may repeat its headings over
 * pages (text that SUMPRODUCT's arithmetic would turn into #VALUE!).
 */
function scenarioCells(s: ScenarioSheetIndex, inputs: InputsSheetIndex): Omit<ReplanCells, 'factor'> {
  const ref = (pos: CellPos) => `${sheetRef(s.sheet)}!${cellAddress(pos.row, pos.col, true)}`;
  const { areas } = inputs;
  const col = areas.columns.smiContacts;
  const contacts = `${sheetRef(INPUTS_SHEET)}!${cellAddress(areas.firstRow, col, true)}:${cellAddress(areas.firstRow + areas.count - 1, col, true)}`;
  const a = s.assumptions;
  return {
    contacts,
    inWork: ref(a.inWork),
    interested: ref(a.interested),
    coverage: ref(a.coverage),
    caseload: ref(a.caseload),
    costPerEngagement: ref(a.costPerEngagement),
    intoWorkRate: ref(a.intoWorkRate),
    rule: ref(a.rounding),
  };
}

/** One assumption's row: its low and high (inputs) and the plan at each, as formulas. */
function row(s: ScenarioSheetIndex, inputs: InputsSheetIndex, r: SensitivityRow, at: number): Cell[] {
  const base = scenarioCells(s, inputs);
  const input = r.assumption;
  const side = (col: number): ReplanCells => {
    const cell = cellAddress(at, col, true);
    if (input === 'smiContacts') return { ...base, factor: cell };
    return { ...base, factor: null, [input]: cell };
  };
  const figures = (col: number) => {
    const c = side(col);
    const clients = clientsTotal(c);
    return {
      es: { formula: `=${specialistsTotal(c)}` },
      cost: { formula: `=${clients}*${c.costPerEngagement}` },
      jobs: { formula: `=${clients}*${c.intoWorkRate}` },
    };
  };
  const [low, high] = [figures(COL.low), figures(COL.high)];
  const value: Cell =
    input === 'smiContacts' ? 1 : { formula: `=${(base as Record<string, string>)[input] ?? base.inWork}` };
  const values: Record<Column, Cell> = {
    label: r.label,
    value,
    low: r.low,
    high: r.high,
    esLow: low.es,
    esHigh: high.es,
    swing: { formula: `=ABS(${cellAddress(at, COL.esHigh)}-${cellAddress(at, COL.esLow)})` },
    costLow: low.cost,
    costHigh: high.cost,
    jobsLow: low.jobs,
    jobsHigh: high.jobs,
    source: r.source,
  };
  return COLUMNS.map((k) => values[k]);
}

/** The contacts multiplier shows as a share (80%); every other input as its assumption does. */
function formatOf(input: SensitivityRow['assumption']): string {
  return input === 'smiContacts' ? FORMAT.percent : unitFormat(assumptionInfo(input).unit);
}

function validation(input: SensitivityRow['assumption'], at: number): Validation[] {
  const range = cells(at, COL.low, 1, 2);
  if (input !== 'smiContacts') return [assumptionValidation(range, assumptionInfo(input))];
  return [
    {
      range,
      number: { min: 0, max: 10, whole: false },
      allowBlank: false,
      prompt: {
        title: promptTitle('SMI contacts multiplier'),
        message: 'Each area’s contacts × this: 80% for 20% fewer.',
      },
    },
  ];
}

function formatFigures(d: SheetDraft, n: number): void {
  d.format(cells(FIRST, COL.esLow, n, 3), { numberFormat: FORMAT.wte });
  d.format(cells(FIRST, COL.costLow, n, 2), { numberFormat: FORMAT.gbp });
  d.format(cells(FIRST, COL.jobsLow, n, 2), { numberFormat: FORMAT.count });
  d.format(cells(FIRST, 0, n, COLUMNS.length), { style: STYLE.top });
  d.format(cells(FIRST, COL.source, n, 1), { style: STYLE.wrapped });
}

/** The ES at each plan row's low and high, as bars, from `top`. */
function esChart(top: number, rows: readonly SensitivityRow[]): ChartSpec {
  const n = rows.length;
  return {
    title: 'ES at each assumption’s low and high',
    type: 'barClustered',
    categories: cells(FIRST, COL.label, n, 1),
    series: [
      { name: 'ES at low', values: cells(FIRST, COL.esLow, n, 1) },
      { name: 'ES at high', values: cells(FIRST, COL.esHigh, n, 1) },
    ],
    anchor: cells(top, 0, 18, 7),
    cached: { series: [rows.map((r) => r.specialistsLow), rows.map((r) => r.specialistsHigh)] },
  };
}

/**
 * "What moves the answer": each uncertain input at a low and a high value (blue inputs) and the
 * scenario re-planned at each, live, in the order of the swing in ES when the workbook was made.
 * With `economic` rows (the workbook has the Economic case sheet, following the same scenario), its
 * savings' rows for NPV follow, as formulas of that sheet's names.
 */
export function buildSensitivitySheet(
  s: ScenarioSheetIndex,
  inputs: InputsSheetIndex,
  rows: readonly SensitivityRow[],
  generated: string,
  title: string,
  economic?: readonly EconomicSensitivityRow[],
): { sheet: SheetBlueprint; index: SensitivitySheetIndex } {
  const d = new SheetDraft(SENSITIVITY_SHEET, 'sensitivity');
  WIDTHS.forEach((w, c) => d.widen(c, w));
  const scenarioTitle = `${sheetRef(s.sheet)}!${cellAddress(s.title.row, s.title.col, true)}`;
  d.block(0, 0, [
    [{ formula: `="What moves the answer most: "&${scenarioTitle}` }],
    [
      `${generated}. Each row re-plans the scenario sheet “${s.sheet}” with one input at its low or high value (blue: type your own).`,
    ],
    [
      'Rows are in the order of their swing in ES when the workbook was made; the figures recalculate, the order does not.',
    ],
  ]);
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0, 2, 1), { style: STYLE.subtitle });
  d.block(HEADER, 0, [COLUMNS.map((k) => HEADERS[k]), ...rows.map((r, i) => row(s, inputs, r, FIRST + i))]);
  d.format(cells(HEADER, 0, 1, COLUMNS.length), { style: STYLE.header });
  d.rowHeight(HEADER, 32);
  const validations = rows.flatMap((r, i) => validation(r.assumption, FIRST + i));
  rows.forEach((r, i) => {
    const at = FIRST + i;
    d.format(cells(at, COL.value, 1, 3), { numberFormat: formatOf(r.assumption) });
    d.format(cells(at, COL.low, 1, 2), { style: STYLE.input });
    d.rowHeight(at, wrappedHeight(r.source, WIDTHS[COL.source]));
  });
  const n = rows.length;
  formatFigures(d, n);
  const npv = economic?.length ? writeNpvRows(d, FIRST + n + 1, s, economic, NPV_COLUMNS, WIDTHS) : null;
  const chartTop = (npv ? npv.last : FIRST + n - 1) + 2;
  const charts = [esChart(chartTop, rows)];
  const last = chartTop + 17;
  const sheet = d.sheet({
    freeze: { rows: FIRST, cols: 1 },
    tables: [],
    charts,
    validations: [...validations, ...(npv?.validations ?? [])],
    print: printSetup({
      area: cells(0, 0, last + 1, COLUMNS.length),
      orientation: 'landscape',
      widths: d.widths,
      heights: d.heights,
      sections: [
        { first: 0, last: FIRST + n - 1 },
        ...(npv ? [{ first: FIRST + n + 1, last: npv.last }] : []),
        { first: chartTop, last },
      ],
      titleRows: { first: HEADER, last: HEADER },
      title,
      generated,
    }),
    tabColor: TAB_COLOR.scenario,
  });
  return {
    sheet,
    index: {
      sheet: SENSITIVITY_SHEET,
      scenario: s.sheet,
      firstRow: FIRST,
      rows: rows.map((r) => r.assumption),
      columns: COL,
      ...(npv ? { npv: npv.index } : {}),
    },
  };
}
