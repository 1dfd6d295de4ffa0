import { capitalised } from '../../model/areas';
import { Cell, cellAddress, columnLetter } from '../shared/blueprint';
import { GRIDS, GridKey, YEAR_COLUMNS, YearColumn } from './cellIndex';
import { cells } from '../shared/draft';
import * as f from '../shared/formulas';
import { FORMAT, STYLE } from '../shared/styles';
import { A, D, ScenarioContext, abs, bodyRange, rangeOf } from './context';
import { BOARD_COLS, COST, YEAR_COLS } from './layout';

const YEAR_HEADERS: Record<YearColumn, string> = {
  year: 'Year',
  label: 'Label',
  specialists: 'ES in post',
  newSpecialists: 'New ES to recruit',
  clients: 'Clients',
  jobOutcomes: 'Job outcomes',
  cost: 'Cost (per engagement)',
  staffCost: 'Staff-based cost',
};
const YEAR_FORMATS: Record<YearColumn, string> = {
  year: FORMAT.whole,
  label: FORMAT.text,
  specialists: FORMAT.wte,
  newSpecialists: FORMAT.wte,
  clients: FORMAT.count,
  jobOutcomes: FORMAT.count,
  cost: FORMAT.gbp,
  staffCost: FORMAT.gbp,
};
const GRID_TITLES: Record<GridKey, string> = {
  specialists: 'ES in post',
  newSpecialists: 'New ES to recruit',
  clients: 'Clients supported',
};
const GRID_FORMATS: Record<GridKey, string> = {
  specialists: FORMAT.wte,
  newSpecialists: FORMAT.wte,
  clients: FORMAT.count,
};

/** Year k (0-based) of grid g for board i. */
function gridCell(ctx: ScenarioContext, g: GridKey, i: number, k: number, absolute = false): string {
  return cellAddress(ctx.layout.grids[g].rows[i], 1 + k, absolute);
}

/** One board's row of a grid: ES in post ramps to the target; new ES are the rise; clients follow the ES. */
function gridRow(ctx: ScenarioContext, g: GridKey, i: number): Cell[] {
  const { years, rollout } = ctx.scenario.assumptions;
  const board = ctx.layout.boards.rows[i] + 1;
  const here = ctx.layout.grids[g].rows[i];
  // Column absolute, row relative: every row of a grid has one formula shape.
  const m = (col: number) => `$${columnLetter(col)}${board}`;
  const target = m(BOARD_COLS.specialists);
  const start = m(BOARD_COLS.rolloutStart);
  const rule = A(ctx, 'rounding');
  const es = (k: number) => gridCell(ctx, 'specialists', i, k);
  const formula = (k: number): string => {
    const y = k + 1;
    const ramp = rollout === 'existing' ? `${y}/${years}` : `IF(${y}<${start},0,${f.phasedRamp(y, start, years)})`;
    if (g === 'specialists') {
      return rollout === 'existing'
        ? `=${f.roundEs(`${start}+(${target}-${start})*(${y}/${years})`, rule)}`
        : `=IF(${y}<${start},0,${f.roundEs(`${target}*(${f.phasedRamp(y, start, years)})`, rule)})`;
    }
    if (g === 'newSpecialists') {
      const before = k === 0 ? (rollout === 'existing' ? start : '0') : es(k - 1);
      return `=MAX(0,${es(k)}-${before})`;
    }
    const fresh = gridCell(ctx, 'newSpecialists', i, k);
    const share = `MIN(1,(${es(k)}-${fresh}*${D(ctx, 'firstYearShortfall')})/${target})`;
    return `=${m(BOARD_COLS.clientsPerYear)}*IF(${target}>0,${share},${ramp})`;
  };
  return [
    ctx.formulas.cell(`=${cellAddress(board - 1, BOARD_COLS.name, true)}`, here, 0),
    ...ctx.labels.map((_, k) => ctx.formulas.cell(formula(k), here, 1 + k)),
  ];
}

/** The per-board rollout grids, one under another: a board per row (a page at a time), a year per column. */
export function writeGrids(ctx: ScenarioContext): void {
  const { d, labels } = ctx;
  const headers = [capitalised(ctx.words.one), ...labels];
  for (const g of GRIDS) {
    const grid = ctx.layout.grids[g];
    const sums = labels.map((_, k) => ({ formula: `=SUM(${bodyRange(grid, 1 + k, false)})` }));
    d.block(grid.caption, 0, [[`${GRID_TITLES[g]}, by ${ctx.words.one} and year`]]);
    d.format(cells(grid.caption, 0), { style: STYLE.caption });
    // Formats over the whole body span (one a column, however many pages), the repeated headings' on top.
    const span = grid.last - grid.first + 1;
    d.format(cells(grid.first, 0, span, 1), { numberFormat: FORMAT.text, style: STYLE.link });
    d.format(cells(grid.first, 1, span, labels.length), { numberFormat: GRID_FORMATS[g] });
    let done = 0;
    for (const page of grid.pages) {
      const body = Array.from({ length: page.count }, (_, j) => gridRow(ctx, g, done + j));
      done += page.count;
      d.block(page.header, 0, [headers, ...body]);
      d.format(cells(page.header, 0, 1, labels.length + 1), { style: STYLE.header });
    }
    d.block(grid.totals, 0, [['Total', ...sums]]);
    d.format(cells(grid.totals, 1, 1, labels.length), { numberFormat: GRID_FORMATS[g] });
    d.format(cells(grid.totals, 0, 1, labels.length + 1), { style: STYLE.total });
  }
}

/** Rollout by year: the grids' totals, with outcomes and both costs. */
export function writeByYear(ctx: ScenarioContext): void {
  const { d, labels } = ctx;
  const { caption, header, first, totals } = ctx.layout.byYear;
  const years = labels.length;
  const yc = (r: number, key: YearColumn) => cellAddress(r, YEAR_COLS[key]);
  const gridSum = (g: GridKey, k: number) => ({
    formula: `=${cellAddress(ctx.layout.grids[g].totals, 1 + k, true)}`,
  });
  const rows: Cell[][] = labels.map((label, k) => {
    const r = first + k;
    const row: Record<YearColumn, Cell> = {
      year: k + 1,
      label,
      specialists: gridSum('specialists', k),
      newSpecialists: gridSum('newSpecialists', k),
      clients: gridSum('clients', k),
      jobOutcomes: { formula: `=${yc(r, 'clients')}*${A(ctx, 'intoWorkRate')}` },
      cost: { formula: `=${yc(r, 'clients')}*${abs(COST)}` },
      staffCost: { formula: `=${yc(r, 'specialists')}*${D(ctx, 'staffCostPerEs')}` },
    };
    return YEAR_COLUMNS.map((key) => row[key]);
  });
  const sum = (key: YearColumn): Cell => ({ formula: `=SUM(${rangeOf(first, years, YEAR_COLS[key], false)})` });
  const total: Record<YearColumn, Cell> = {
    year: null,
    label: 'Total',
    specialists: null,
    newSpecialists: sum('newSpecialists'),
    clients: sum('clients'),
    jobOutcomes: sum('jobOutcomes'),
    cost: sum('cost'),
    staffCost: sum('staffCost'),
  };
  d.block(caption, 0, [[`Rollout by year (${years}-year totals in the last row)`]]);
  d.block(header, 0, [YEAR_COLUMNS.map((k) => YEAR_HEADERS[k]), ...rows, YEAR_COLUMNS.map((k) => total[k])]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.format(cells(header, 0, 1, YEAR_COLUMNS.length), { style: STYLE.header });
  for (const key of YEAR_COLUMNS)
    d.format(cells(first, YEAR_COLS[key], years + 1, 1), { numberFormat: YEAR_FORMATS[key] });
  d.format(cells(totals, 0, 1, YEAR_COLUMNS.length), { style: STYLE.total });
}
