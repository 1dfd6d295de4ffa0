import type { Area, AreaWords } from '../../model/areas';
import type { Assumptions } from '../../model/assumptions';
import { ROUNDING_RULES } from '../../model/rounding';
import type { Scenario } from '../../model/scenarios';
import { yearLabels } from '../../model/years';
import { ASSUMPTION_INFO } from '../../model/assumptions';
import { computePlan } from '../../model/plan';
import type { Plan } from '../../model/planTypes';
import type { ChartSpec, SheetBlueprint, Validation } from '../shared/blueprint';
import { BOARD_COLUMNS, GRIDS, GridKey, ScenarioSheetIndex } from './cellIndex';
import { InputsSheetIndex } from '../inputs';
import { SheetDraft, cells } from '../shared/draft';
import { type Section, printSetup } from '../shared/print';
import { writeAssumptions } from './assumptions';
import { writeBoardTable } from './boardTable';
import { BUDGET, budgetValidation, writeBudgetInputs } from './budget';
import { ScenarioContext } from './context';
import {
  BOARD_COLS,
  CHART_ROWS,
  HEADLINE_VALUE_COL,
  COVERAGE,
  TITLE_POINTS,
  type TableRows,
  WIDTHS,
  YEAR_COLS,
  scenarioLayout,
} from './layout';
import { writeByYear, writeGrids } from './rollout';
import { writeHeadline, writeTitle } from './title';
import { TAB_COLOR } from '../shared/styles';
import { FormulaPool } from '../shared/compact';
import { assumptionValidation, listValidation } from '../shared/validations';

export interface ScenarioSheetInput {
  sheetName: string;
  scenario: Scenario;
  base: Assumptions;
  areas: readonly Area[];
  inputs: InputsSheetIndex;
  /** "Generated … by IPS planner …" */
  heading: string;
  /** Workbook title, for the printed header. */
  title: string;
  words: AreaWords;
  /** Formula cells shared with the workbook's other sheets (see FormulaPool). */
  formulas?: FormulaPool;
  /** The scenario's plan, when the caller has it already: the charts' cached figures (computed here otherwise). */
  plan?: Plan;
}

export function buildScenarioSheet(input: ScenarioSheetInput): { sheet: SheetBlueprint; index: ScenarioSheetIndex } {
  const { sheetName, scenario, areas } = input;
  const a = scenario.assumptions;
  const layout = scenarioLayout(areas.length, a.years, scenario.budget !== undefined);
  const d = new SheetDraft(sheetName, 'scenario');
  const ctx: ScenarioContext = {
    d,
    scenario,
    base: input.base,
    areas,
    inputs: input.inputs,
    layout,
    labels: yearLabels(a.firstYearLabel, a.years),
    words: input.words,
    formulas: input.formulas ?? new FormulaPool(),
    assumptions: {} as ScenarioContext['assumptions'],
    derived: {} as ScenarioContext['derived'],
  };
  // The assumption cells first: every other part refers to them.
  writeAssumptions(ctx);
  writeTitle(ctx, input.heading);
  writeBudgetInputs(ctx);
  writeHeadline(ctx);
  writeByYear(ctx);
  writeBoardTable(ctx);
  writeGrids(ctx);
  for (const k of BOARD_COLUMNS) d.widen(BOARD_COLS[k], WIDTHS[k]);
  d.rowHeight(layout.byYear.header, 32);
  d.rowHeight(layout.title, TITLE_POINTS);

  const { boards, byYear, grids, assumptions } = layout;
  const sections = [
    { first: 0, last: byYear.totals },
    ...tableSections(boards),
    ...GRIDS.flatMap((g) => tableSections(grids[g])),
    { first: assumptions.caption, last: assumptions.last },
    { first: layout.charts, last: layout.last },
  ];
  const sheet = d.sheet({
    freeze: { rows: 2, cols: 1 },
    tables: [],
    charts: charts(ctx, input.plan ?? computePlan(areas, scenario.assumptions)),
    validations: validationsOf(ctx),
    print: printSetup({
      area: cells(0, 0, layout.last + 1, BOARD_COLUMNS.length),
      orientation: 'landscape',
      widths: d.widths,
      heights: d.heights,
      sections,
      titleRows: { first: 0, last: 1 },
      title: input.title,
      generated: input.heading,
    }),
    tabColor: TAB_COLOR.scenario,
  });
  return { sheet, index: indexOf(ctx, sheetName) };
}

/** A table is one section on paper; over pages, a section a page, each but the first starting one. */
function tableSections(t: TableRows): Section[] {
  return t.pages.map((page, i) => ({
    first: i === 0 ? t.caption : page.header,
    last: i === t.pages.length - 1 ? t.totals : page.first + page.count - 1,
    ...(i > 0 ? { breakBefore: true } : {}),
  }));
}

/**
 * ES by area (while the board table fits a page: beyond that a bar per area reads as noise, and its
 * range would take in the repeated headings) and the rollout by year.
 */
function charts(ctx: ScenarioContext, plan: Plan): ChartSpec[] {
  const { layout, areas } = ctx;
  const n = areas.length;
  const years = ctx.labels.length;
  const half = 7;
  // The model's figures for the charts' cells (`cached`), for a writer that stores them beside the references.
  const byYear = plan.totals.years;
  const byArea: ChartSpec[] = [
    {
      title: `ES needed by ${ctx.words.one}`,
      type: 'barClustered',
      categories: cells(layout.boards.first, BOARD_COLS.name, n, 1),
      series: [{ name: 'ES needed', values: cells(layout.boards.first, BOARD_COLS.specialists, n, 1) }],
      anchor: cells(layout.charts, 0, CHART_ROWS, half),
      cached: { categories: plan.areas.map((a) => a.name), series: [plan.areas.map((a) => a.specialists)] },
    },
  ];
  return [
    ...(layout.boards.pages.length === 1 ? byArea : []),
    {
      title: 'Rollout by year',
      type: 'columnClustered',
      categories: cells(layout.byYear.first, YEAR_COLS.label, years, 1),
      series: [
        { name: 'ES in post', values: cells(layout.byYear.first, YEAR_COLS.specialists, years, 1) },
        { name: 'New ES to recruit', values: cells(layout.byYear.first, YEAR_COLS.newSpecialists, years, 1) },
      ],
      anchor: cells(layout.charts, half, CHART_ROWS, BOARD_COLUMNS.length - half),
      cached: {
        categories: byYear.map((y) => y.label),
        series: [byYear.map((y) => y.specialists), byYear.map((y) => y.newSpecialists)],
      },
    },
  ];
}

function indexOf(ctx: ScenarioContext, sheet: string): ScenarioSheetIndex {
  const { layout, scenario } = ctx;
  const a = scenario.assumptions;
  const grids = Object.fromEntries(
    GRIDS.map((g): [GridKey, ScenarioSheetIndex['grids'][GridKey]] => {
      const grid = layout.grids[g];
      return [g, { firstRow: grid.first, rows: grid.rows, col: 1, totalsRow: grid.totals }];
    }),
  ) as Record<GridKey, ScenarioSheetIndex['grids'][GridKey]>;
  return {
    sheet,
    scenario: scenario.name,
    years: a.years,
    rollout: a.rollout,
    assumptions: ctx.assumptions,
    derived: ctx.derived,
    boards: {
      headerRow: layout.boards.header,
      firstRow: layout.boards.first,
      rows: layout.boards.rows,
      count: ctx.areas.length,
      totalsRow: layout.boards.totals,
      columns: BOARD_COLS,
    },
    byYear: {
      headerRow: layout.byYear.header,
      firstRow: layout.byYear.first,
      totalsRow: layout.byYear.totals,
      columns: YEAR_COLS,
    },
    grids,
    title: { row: layout.title, col: 0 },
    inputCheck: { row: layout.headline.caption, col: HEADLINE_VALUE_COL + 1 },
    ...(scenario.budget ? { budget: BUDGET } : {}),
  };
}

export { COVERAGE as SCENARIO_COVERAGE_CELL };

/** Every assumption cell of the scenario accepts what the Inputs sheet does. */
function validationsOf(ctx: ScenarioContext): Validation[] {
  const { assumptions } = ctx;
  const at = (key: keyof typeof assumptions) => cells(assumptions[key].row, assumptions[key].col);
  return [
    ...ASSUMPTION_INFO.filter((info) => info.key !== 'years').map((info) => assumptionValidation(at(info.key), info)),
    listValidation(at('rounding'), 'ES rounding rule', [...ROUNDING_RULES]),
    listValidation(at('years'), 'Rollout horizon (fixed)', [String(ctx.scenario.assumptions.years)]),
    ...(ctx.scenario.budget ? [budgetValidation()] : []),
  ];
}
