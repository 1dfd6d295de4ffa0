import { Area } from '../model/areas';
import { ASSUMPTION_INFO, Assumptions, NumericAssumptionInfo, assumptionInfo } from '../model/assumptions';
import type { Scenario } from '../model/scenarios';
import { ROUNDING_RULES } from '../model/rounding';
import { yearLabels } from '../model/years';
import { Cell, ChartSpec, SheetBlueprint, cellAddress, columnLetter } from './blueprint';
import {
  AssumptionCellKey,
  BOARD_COLUMNS,
  BoardColumn,
  CellPos,
  DERIVED,
  DerivedKey,
  GRIDS,
  GridKey,
  InputsSheetIndex,
  ScenarioSheetIndex,
  YEAR_COLUMNS,
  columnsOf,
} from './cellIndex';
import { SheetDraft, fitText } from './draft';
import * as f from './formulas';
import { INPUTS_SHEET, ROUNDING_NAME, UNIT_LABEL, unitFormat } from './inputsSheet';
import { FORMAT, STYLE, TAB_COLOR } from './styles';

/*
 * Layout (0-based): title rows 0–2 (the coverage and £ per engagement inputs on row 1), the board
 * table from row 3 in columns A–N with its totals row, the scenario's other assumptions and the
 * rollout by year beside it (from column P), and the per-board rollout grids further right (same
 * rows as the boards, so every row's formulas have one shape). Rows 0–3 and column A are frozen.
 */
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const COVERAGE: CellPos = { row: 1, col: 1 };
const COST: CellPos = { row: 1, col: 3 };
const SIDE_COL = BOARD_COLUMNS.length + 1;
const GRID_COL = SIDE_COL + YEAR_COLUMNS.length + 1;

const BOARD_HEADERS: Record<BoardColumn, string> = {
  name: 'Board',
  smiContacts: 'SMI contacts',
  eligible: 'Eligible',
  clientsPerYear: 'Clients per year',
  specialists: 'ES needed',
  teamLeaders: 'Team leaders (WTE)',
  jobOutcomesPerYear: 'Job outcomes per year',
  sustainedOutcomesPerYear: 'In work after 13 weeks',
  costPerYear: 'Cost per year (per engagement)',
  staffCostPerYear: 'Staff-based cost per year',
  costPerJobOutcome: '£ per job outcome',
  contactsPer100k: 'SMI contacts per 100,000',
  dataQualityFlag: 'Data quality',
  rolloutStart: 'Starts in year',
};

const BOARD_FORMATS: Partial<Record<BoardColumn, string>> = {
  smiContacts: FORMAT.count,
  eligible: FORMAT.count,
  clientsPerYear: FORMAT.count,
  specialists: FORMAT.wte,
  teamLeaders: FORMAT.oneDecimal,
  jobOutcomesPerYear: FORMAT.count,
  sustainedOutcomesPerYear: FORMAT.count,
  costPerYear: FORMAT.gbp,
  staffCostPerYear: FORMAT.gbp,
  costPerJobOutcome: FORMAT.gbp,
  contactsPer100k: FORMAT.count,
  rolloutStart: FORMAT.whole,
};

const YEAR_HEADERS = [
  'Year',
  'Label',
  'ES in post',
  'New ES to recruit',
  'Clients',
  'Job outcomes',
  'Cost (per engagement)',
  'Staff-based cost',
];
const YEAR_FORMATS = [
  FORMAT.whole,
  FORMAT.text,
  FORMAT.wte,
  FORMAT.wte,
  FORMAT.count,
  FORMAT.count,
  FORMAT.gbp,
  FORMAT.gbp,
];
const GRID_TITLES: Record<GridKey, string> = {
  specialists: 'ES in post',
  newSpecialists: 'New ES to recruit',
  clients: 'Clients',
};
const GRID_FORMATS: Record<GridKey, string> = {
  specialists: FORMAT.wte,
  newSpecialists: FORMAT.wte,
  clients: FORMAT.count,
};

const DERIVED_LABELS: Record<DerivedKey, string> = {
  esPostCost: 'Yearly cost of an ES post (salary, NI, pension, overheads)',
  teamLeaderPostCost: 'Yearly cost of a team leader post',
  managerPostCost: 'Yearly cost of a service manager post',
  staffCostPerEs: 'Staff cost per ES, with team leader and manager shares',
  firstYearShortfall: 'Share of a caseload new ES do not carry in their first year',
  medianContactsPer100k: 'Median SMI contacts per 100,000 (data-quality check)',
  managers: 'Service managers (WTE), all boards',
  totalCostPerYear: 'Cost per year with implementation support',
};
const DERIVED_FORMATS: Record<DerivedKey, string> = {
  esPostCost: FORMAT.gbp,
  teamLeaderPostCost: FORMAT.gbp,
  managerPostCost: FORMAT.gbp,
  staffCostPerEs: FORMAT.gbp,
  firstYearShortfall: FORMAT.percent,
  medianContactsPer100k: FORMAT.count,
  managers: FORMAT.oneDecimal,
  totalCostPerYear: FORMAT.gbp,
};

export interface ScenarioSheetInput {
  sheetName: string;
  scenario: Scenario;
  base: Assumptions;
  areas: readonly Area[];
  inputs: InputsSheetIndex;
  /** "Generated … by IPS planner …" */
  heading: string;
}

export function buildScenarioSheet(input: ScenarioSheetInput): { sheet: SheetBlueprint; index: ScenarioSheetIndex } {
  const { sheetName, scenario, base, areas, inputs } = input;
  const a = scenario.assumptions;
  const n = areas.length;
  const years = a.years;
  const d = new SheetDraft(sheetName, 'scenario');
  const cols = columnsOf(BOARD_COLUMNS);
  const totalsRow = FIRST_ROW + n;
  const grids = Object.fromEntries(GRIDS.map((g, i) => [g, GRID_COL + i * years])) as Record<GridKey, number>;

  // Title rows: the two figures that define a scenario are inputs right under its name. Like every
  // other assumption, they follow the Inputs sheet where the scenario has the base's value.
  const defining = (key: 'coverage' | 'costPerEngagement'): Cell =>
    a[key] === base[key] ? { formula: `=${assumptionInfo(key).name}` } : a[key];
  const definingStyle = (key: 'coverage' | 'costPerEngagement') =>
    a[key] === base[key] ? STYLE.linkedInput : STYLE.input;
  const mode =
    a.rollout === 'existing' ? 'from each board’s existing ES' : 'phased (each board from the year of its phase)';
  d.block(0, 0, [
    [scenario.name, null, null, null],
    ['Coverage of eligible clients', defining('coverage'), '£ per engagement', defining('costPerEngagement')],
    [
      `${input.heading}. Blue cells are inputs, green ones follow the Inputs sheet until you type over them; everything else is a formula. ` +
        `Rollout ${mode} over ${years} years from ${a.firstYearLabel}: the mode and the years were fixed when the workbook was generated.`,
      null,
      null,
      null,
    ],
  ]);
  d.format(0, 0, 1, 1, undefined, STYLE.title);
  d.format(2, 0, 1, 1, undefined, STYLE.subtitle);
  d.format(1, 0, 1, 1, undefined, { bold: true });
  d.format(1, 2, 1, 1, undefined, { bold: true, hAlign: 'right' });
  d.format(COVERAGE.row, COVERAGE.col, 1, 1, FORMAT.percent, definingStyle('coverage'));
  d.format(COST.row, COST.col, 1, 1, FORMAT.gbp, definingStyle('costPerEngagement'));

  // The scenario's other assumptions, beside the board table.
  const side = assumptionCells(scenario, base, d, {
    esTotal: abs({ row: totalsRow, col: cols.specialists }),
    costTotal: abs({ row: totalsRow, col: cols.costPerYear }),
    rates: rangeOf(FIRST_ROW, n, cols.contactsPer100k, true),
  });
  const A = (key: AssumptionCellKey) => abs(side.assumptions[key]);
  const D = (key: DerivedKey) => abs(side.derived[key]);
  const rule = A('rounding');

  const colRange = (col: number, absolute = true) => rangeOf(FIRST_ROW, n, col, absolute);
  const inputsCol = (key: keyof InputsSheetIndex['areas']['columns'], i: number) =>
    `${INPUTS_SHEET}!${cellAddress(inputs.areas.firstRow + i, inputs.areas.columns[key])}`;

  // Board rows: each row's formulas have one shape (only the row number changes).
  const boardRows: Cell[][] = areas.map((_, i) => {
    const r = FIRST_ROW + i;
    const c = (key: BoardColumn) => cellAddress(r, cols[key]);
    const pop = inputsCol('population', i);
    const row: Record<BoardColumn, string> = {
      name: `=${inputsCol('name', i)}`,
      smiContacts: `=${inputsCol('smiContacts', i)}`,
      eligible: `=${c('smiContacts')}*(1-${A('inWork')})*${A('interested')}`,
      clientsPerYear: `=${c('eligible')}*${abs(COVERAGE)}`,
      specialists: `=${f.roundEs(`${c('clientsPerYear')}/${A('caseload')}`, rule)}`,
      teamLeaders: `=${c('specialists')}/${A('esPerTeamLeader')}`,
      jobOutcomesPerYear: `=${c('clientsPerYear')}*${A('intoWorkRate')}`,
      sustainedOutcomesPerYear: `=${c('jobOutcomesPerYear')}*${A('sustainmentRate')}`,
      costPerYear: `=${c('clientsPerYear')}*${abs(COST)}`,
      staffCostPerYear: `=${c('specialists')}*${D('staffCostPerEs')}`,
      costPerJobOutcome: `=IF(${c('jobOutcomesPerYear')}>0,${c('costPerYear')}/${c('jobOutcomesPerYear')},"")`,
      contactsPer100k: `=${f.per100k(c('smiContacts'), pop)}`,
      dataQualityFlag: `=${f.dataQualityFlag(c('contactsPer100k'), D('medianContactsPer100k'))}`,
      rolloutStart:
        a.rollout === 'existing'
          ? `=IF(ISNUMBER(${inputsCol('existingEs', i)}),${inputsCol('existingEs', i)},0)`
          : `=MIN(${inputsCol('phase', i)},${years})`,
    };
    return BOARD_COLUMNS.map((k) => ({ formula: row[k] }));
  });
  const t = (key: BoardColumn) => cellAddress(totalsRow, cols[key]);
  const sum = (key: BoardColumn) => ({ formula: `=SUM(${colRange(cols[key], false)})` });
  const popRange = `${INPUTS_SHEET}!${rangeOf(inputs.areas.firstRow, n, inputs.areas.columns.population, true)}`;
  const totals: Record<BoardColumn, Cell> = {
    name: 'Total',
    smiContacts: sum('smiContacts'),
    eligible: sum('eligible'),
    clientsPerYear: sum('clientsPerYear'),
    specialists: sum('specialists'),
    teamLeaders: { formula: `=${t('specialists')}/${A('esPerTeamLeader')}` },
    jobOutcomesPerYear: sum('jobOutcomesPerYear'),
    sustainedOutcomesPerYear: sum('sustainedOutcomesPerYear'),
    costPerYear: sum('costPerYear'),
    staffCostPerYear: sum('staffCostPerYear'),
    costPerJobOutcome: {
      formula: `=IF(${t('jobOutcomesPerYear')}>0,${t('costPerYear')}/${t('jobOutcomesPerYear')},"")`,
    },
    // The model gives a total rate only when every area has a population.
    contactsPer100k: { formula: `=IF(COUNT(${popRange})=${n},${t('smiContacts')}/SUM(${popRange})*100000,"")` },
    dataQualityFlag: null,
    rolloutStart: null,
  };
  const headers = BOARD_COLUMNS.map((k) =>
    k === 'rolloutStart' && a.rollout === 'existing' ? 'Existing ES' : BOARD_HEADERS[k],
  );
  d.block(HEADER_ROW, 0, [headers, ...boardRows, BOARD_COLUMNS.map((k) => totals[k])]);
  d.format(HEADER_ROW, 0, 1, BOARD_COLUMNS.length, undefined, STYLE.header);
  for (const k of BOARD_COLUMNS) {
    const numberFormat = k === 'rolloutStart' && a.rollout === 'existing' ? FORMAT.oneDecimal : BOARD_FORMATS[k];
    d.format(FIRST_ROW, cols[k], n + 1, 1, numberFormat);
  }
  d.format(FIRST_ROW, cols.name, n, 1, FORMAT.text, STYLE.link);
  d.format(FIRST_ROW, cols.smiContacts, n, 1, undefined, STYLE.link);
  d.format(FIRST_ROW, cols.dataQualityFlag, n, 1, undefined, STYLE.flag);
  d.format(totalsRow, 0, 1, BOARD_COLUMNS.length, undefined, STYLE.total);

  // Per-board rollout grids, one column per year.
  const labels = yearLabels(a.firstYearLabel, years);
  const gridRows: Cell[][] = areas.map((_, i) => {
    const r = FIRST_ROW + i;
    const m = (key: BoardColumn) => `$${columnLetter(cols[key])}${r + 1}`;
    const target = m('specialists');
    const start = m('rolloutStart');
    const es = (y: number) => cellAddress(r, grids.specialists + y - 1);
    const fresh = (y: number) => cellAddress(r, grids.newSpecialists + y - 1);
    const ramp = (y: number) =>
      a.rollout === 'existing' ? `${y}/${years}` : `IF(${y}<${start},0,${f.phasedRamp(y, start, years)})`;
    const esCells = labels.map((_, k) => {
      const y = k + 1;
      return a.rollout === 'existing'
        ? `=${f.roundEs(`${start}+(${target}-${start})*(${y}/${years})`, rule)}`
        : `=IF(${y}<${start},0,${f.roundEs(`${target}*(${f.phasedRamp(y, start, years)})`, rule)})`;
    });
    const newCells = labels.map((_, k) => {
      const y = k + 1;
      const before = y === 1 ? (a.rollout === 'existing' ? start : '0') : es(y - 1);
      return `=MAX(0,${es(y)}-${before})`;
    });
    const clientCells = labels.map((_, k) => {
      const y = k + 1;
      return `=${m('clientsPerYear')}*IF(${target}>0,MIN(1,(${es(y)}-${fresh(y)}*${D('firstYearShortfall')})/${target}),${ramp(y)})`;
    });
    return [...esCells, ...newCells, ...clientCells].map((formula) => ({ formula }));
  });
  const gridTitles: Cell[] = GRIDS.flatMap((g) => labels.map((_, k) => (k === 0 ? GRID_TITLES[g] : null)));
  const gridHeaders: Cell[] = GRIDS.flatMap(() => labels);
  const gridTotals: Cell[] = GRIDS.flatMap((g) =>
    labels.map((_, k) => ({ formula: `=SUM(${colRange(grids[g] + k, false)})` })),
  );
  d.block(HEADER_ROW - 1, GRID_COL, [gridTitles, gridHeaders, ...gridRows, gridTotals]);
  d.format(HEADER_ROW - 1, GRID_COL, 1, GRIDS.length * years, undefined, STYLE.caption);
  d.format(HEADER_ROW, GRID_COL, 1, GRIDS.length * years, undefined, STYLE.header);
  for (const g of GRIDS) d.format(FIRST_ROW, grids[g], n + 1, years, GRID_FORMATS[g]);
  d.format(totalsRow, GRID_COL, 1, GRIDS.length * years, undefined, STYLE.total);

  // Rollout by year: totals of the grids, below the assumptions.
  const yearCols = columnsOf(YEAR_COLUMNS, SIDE_COL);
  const yearCaption = side.endRow + 1;
  const yearHeader = yearCaption + 1;
  const yearFirst = yearHeader + 1;
  const yearTotals = yearFirst + years;
  const yc = (r: number, key: (typeof YEAR_COLUMNS)[number]) => cellAddress(r, yearCols[key]);
  const yearRows: Cell[][] = labels.map((label, k) => {
    const r = yearFirst + k;
    const gridSum = (g: GridKey) => ({ formula: `=SUM(${colRange(grids[g] + k)})` });
    return [
      k + 1,
      label,
      gridSum('specialists'),
      gridSum('newSpecialists'),
      gridSum('clients'),
      { formula: `=${yc(r, 'clients')}*${A('intoWorkRate')}` },
      { formula: `=${yc(r, 'clients')}*${abs(COST)}` },
      { formula: `=${yc(r, 'specialists')}*${D('staffCostPerEs')}` },
    ];
  });
  const yearSum = (key: (typeof YEAR_COLUMNS)[number]) => ({
    formula: `=SUM(${rangeOf(yearFirst, years, yearCols[key], false)})`,
  });
  d.block(yearCaption, SIDE_COL, [
    [`Rollout by year (${years}-year totals in the last row)`, null, null, null, null, null, null, null],
    YEAR_HEADERS,
    ...yearRows,
    [
      null,
      'Total',
      null,
      yearSum('newSpecialists'),
      yearSum('clients'),
      yearSum('jobOutcomes'),
      yearSum('cost'),
      yearSum('staffCost'),
    ],
  ]);
  d.format(yearCaption, SIDE_COL, 1, 1, undefined, STYLE.caption);
  d.format(yearHeader, SIDE_COL, 1, YEAR_COLUMNS.length, undefined, STYLE.header);
  YEAR_FORMATS.forEach((fmt, k) => d.format(yearFirst, SIDE_COL + k, years + 1, 1, fmt));
  d.format(yearTotals, SIDE_COL, 1, YEAR_COLUMNS.length, undefined, STYLE.total);

  const chartTop = yearTotals + 2;
  const charts: ChartSpec[] = [
    {
      title: `ES needed by board, ${scenario.name}`,
      type: 'barClustered',
      categories: { row: FIRST_ROW, col: cols.name, rows: n, cols: 1 },
      series: [{ name: 'ES needed', values: { row: FIRST_ROW, col: cols.specialists, rows: n, cols: 1 } }],
      anchor: { row: chartTop, col: SIDE_COL, rows: Math.max(15, Math.min(40, n + 5)), cols: YEAR_COLUMNS.length },
    },
  ];
  const rolloutTop = chartTop + charts[0].anchor.rows + 1;
  charts.push({
    title: `Rollout by year, ${scenario.name}`,
    type: 'columnClustered',
    categories: { row: yearFirst, col: yearCols.label, rows: years, cols: 1 },
    series: [
      { name: 'ES in post', values: { row: yearFirst, col: yearCols.specialists, rows: years, cols: 1 } },
      { name: 'New ES to recruit', values: { row: yearFirst, col: yearCols.newSpecialists, rows: years, cols: 1 } },
    ],
    anchor: { row: rolloutTop, col: SIDE_COL, rows: 15, cols: YEAR_COLUMNS.length },
  });

  d.widen(cols.name, fitText(['Coverage of eligible clients', ...areas.map((x) => x.name)], 20, 40));
  d.widen(cols.smiContacts, 12);
  d.widen(cols.eligible, 17);
  for (const k of BOARD_COLUMNS.slice(3)) d.widen(cols[k], 13);
  d.widen(cols.dataQualityFlag, 30);
  d.widen(SIDE_COL - 1, 3);
  d.widen(SIDE_COL, fitText(side.labels, 20, 60));
  for (let c = SIDE_COL + 1; c < GRID_COL - 1; c++) d.widen(c, 14);
  d.widen(GRID_COL - 1, 3);
  for (let c = GRID_COL; c < GRID_COL + GRIDS.length * years; c++) d.widen(c, 11);

  const lastRow = Math.max(totalsRow, rolloutTop + 15);
  const sheet = d.sheet({
    freeze: { rows: FIRST_ROW, cols: 1 },
    tables: [],
    charts,
    validations: [
      { range: { ...side.assumptions.rounding, rows: 1, cols: 1 }, values: [...ROUNDING_RULES] },
      { range: { ...side.assumptions.years, rows: 1, cols: 1 }, values: [String(years)] },
    ],
    print: {
      area: { row: 0, col: 0, rows: lastRow + 1, cols: GRID_COL - 1 },
      landscape: true,
      fitToWidth: true,
      titleRows: { first: 0, last: HEADER_ROW },
    },
    tabColor: TAB_COLOR.scenario,
  });
  const index: ScenarioSheetIndex = {
    sheet: sheetName,
    scenario: scenario.name,
    years,
    rollout: a.rollout,
    assumptions: side.assumptions,
    derived: side.derived,
    boards: { headerRow: HEADER_ROW, firstRow: FIRST_ROW, count: n, totalsRow, columns: cols },
    byYear: { headerRow: yearHeader, firstRow: yearFirst, totalsRow: yearTotals, columns: yearCols },
    grids,
  };
  return { sheet, index };
}

/**
 * The scenario's other assumption cells (coverage and £ per engagement sit in the title rows). Any
 * assumption the scenario shares with the base links to its Inputs name, so a change on the Inputs
 * sheet reaches every scenario that did not set its own.
 */
function assumptionCells(
  scenario: Scenario,
  base: Assumptions,
  d: SheetDraft,
  board: { esTotal: string; costTotal: string; rates: string },
) {
  const a = scenario.assumptions;
  const assumptions = { coverage: COVERAGE, costPerEngagement: COST } as Record<AssumptionCellKey, CellPos>;
  const derived = {} as Record<DerivedKey, CellPos>;
  const rows: Cell[][] = [];
  const valueCol = SIDE_COL + 1;
  const add = (
    row: Cell[],
    numberFormat: string | undefined,
    style: (typeof STYLE)[keyof typeof STYLE] | undefined,
  ) => {
    const r = HEADER_ROW + 1 + rows.length;
    rows.push(row);
    d.format(r, valueCol, 1, 1, numberFormat, style);
    return { row: r, col: valueCol };
  };
  const linked = (name: string): [Cell, string, typeof STYLE.linkedInput] => [
    { formula: `=${name}` },
    `Inputs (${name})`,
    STYLE.linkedInput,
  ];
  const own = (value: Cell): [Cell, string, typeof STYLE.input] => [value, 'this scenario', STYLE.input];

  for (const info of ASSUMPTION_INFO) {
    if (info.key === 'coverage' || info.key === 'costPerEngagement') continue;
    const unit = UNIT_LABEL[info.unit];
    let value: [Cell, string, (typeof STYLE)[keyof typeof STYLE]];
    if (info.key === 'years') {
      value = [a.years, 'fixed when generated', STYLE.fixed];
    } else if (info.key === 'firstYearCaseload') {
      if (a.firstYearCaseload === base.firstYearCaseload) value = linked(info.name);
      else if (a.firstYearCaseload === null)
        value = [{ formula: `=${abs(assumptions.caseload)}` }, 'same as the caseload', STYLE.input];
      else value = own(a.firstYearCaseload);
    } else {
      value = a[info.key] === base[info.key] ? linked(info.name) : own(a[info.key]);
    }
    assumptions[info.key] = add([labelOf(info), value[0], unit, value[1]], unitFormat(info.unit), value[2]);
  }
  const rounding = a.rounding === base.rounding ? linked(ROUNDING_NAME) : own(a.rounding);
  assumptions.rounding = add(
    ['ES rounding rule (nearest-min1, up, none)', rounding[0], 'rule', rounding[1]],
    FORMAT.text,
    rounding[2],
  );

  const captionRow = HEADER_ROW + 1 + rows.length;
  rows.push(['Worked out from the assumptions', null, null, null]);
  const A = (key: AssumptionCellKey) => abs(assumptions[key]);
  const post = (salary: AssumptionCellKey) =>
    f.postCost(A(salary), A('employerNiRate'), A('niThresholdMonthly'), A('pensionRate'), A('overheadRate'));
  const formulas: Partial<Record<DerivedKey, string>> = {
    esPostCost: post('esSalary'),
    teamLeaderPostCost: post('teamLeaderSalary'),
    managerPostCost: post('managerSalary'),
    firstYearShortfall: `1-${A('firstYearCaseload')}/${A('caseload')}`,
    medianContactsPer100k: f.medianRate(board.rates),
    managers: `${board.esTotal}/${A('esPerTeamLeader')}/${A('teamLeadersPerManager')}`,
    totalCostPerYear: `${board.costTotal}+${A('implementationSupportPerYear')}`,
  };
  for (const key of DERIVED) {
    derived[key] = add(
      [
        DERIVED_LABELS[key],
        null,
        key === 'firstYearShortfall'
          ? '%'
          : key === 'managers'
            ? 'WTE'
            : key === 'medianContactsPer100k'
              ? 'per 100,000'
              : '£',
        'formula',
      ],
      DERIVED_FORMATS[key],
      undefined,
    );
  }
  formulas.staffCostPerEs = `${abs(derived.esPostCost)}+${abs(derived.teamLeaderPostCost)}/${A('esPerTeamLeader')}+${abs(derived.managerPostCost)}/${A('esPerTeamLeader')}/${A('teamLeadersPerManager')}`;
  for (const key of DERIVED) {
    const formula = formulas[key];
    if (formula) rows[derived[key].row - HEADER_ROW - 1][1] = { formula: `=${formula}` };
  }

  d.block(HEADER_ROW - 1, SIDE_COL, [
    ['Assumptions of this scenario', null, null, null],
    ['Assumption', 'Value', 'Unit', 'From'],
    ...rows,
  ]);
  d.format(HEADER_ROW - 1, SIDE_COL, 1, 1, undefined, STYLE.caption);
  d.format(HEADER_ROW, SIDE_COL, 1, 4, undefined, STYLE.header);
  d.format(captionRow, SIDE_COL, 1, 1, undefined, STYLE.caption);
  return { assumptions, derived, endRow: HEADER_ROW + rows.length, labels: rows.map((r) => String(r[0] ?? '')) };
}

function labelOf(info: NumericAssumptionInfo): string {
  return info.key === 'years' ? `${info.label} (fixed when generated)` : info.label;
}

function abs(pos: CellPos): string {
  return cellAddress(pos.row, pos.col, true);
}

/** A1 range of `count` cells down from `row` in `col`. */
function rangeOf(row: number, count: number, col: number, absolute: boolean): string {
  return `${cellAddress(row, col, absolute)}:${cellAddress(row + count - 1, col, absolute)}`;
}
