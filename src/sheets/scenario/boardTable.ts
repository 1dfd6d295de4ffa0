import { DEFAULT_PHASE, capitalised } from '../../model/areas';
import { Cell, cellAddress } from '../shared/blueprint';
import { BOARD_COLUMNS, BoardColumn } from './cellIndex';
import { cells } from '../shared/draft';
import { figureFormat } from '../shared/figureFormats';
import { figureHeader } from '../../model/figures';
import * as f from '../shared/formulas';
import { INPUTS_SHEET } from '../inputs';
import { FORMAT, STYLE } from '../shared/styles';
import { A, D, ScenarioContext, abs, bodyRange, inputsCell, rangeOf } from './context';
import { BOARD_COLS, BOARD_HEADER_POINTS, COST, COVERAGE } from './layout';

/** The columns that are not output figures (the figures' headers and formats are in OUTPUT_FIGURES). */
type OwnColumn = 'name' | 'dataQualityFlag' | 'rolloutStart';
const OWN_HEADERS: Record<Exclude<OwnColumn, 'name'>, string> = {
  dataQualityFlag: 'Data quality',
  rolloutStart: 'Starts in year',
};
const isOwn = (k: BoardColumn): k is OwnColumn => k === 'name' || k === 'dataQualityFlag' || k === 'rolloutStart';

function headerOf(ctx: ScenarioContext, k: BoardColumn, existing: boolean): string {
  if (k === 'name') return capitalised(ctx.words.one);
  if (k === 'rolloutStart' && existing) return 'Existing ES';
  return isOwn(k) ? OWN_HEADERS[k] : figureHeader(k);
}

function columnFormat(k: BoardColumn, existing: boolean): string | undefined {
  if (k === 'rolloutStart') return existing ? FORMAT.oneDecimal : FORMAT.whole;
  return isOwn(k) ? undefined : figureFormat(k);
}

/** One board's row: every row's formulas have one shape (only the row number changes). */
function boardRow(ctx: ScenarioContext, i: number): Cell[] {
  const r = ctx.layout.boards.rows[i];
  const c = (key: BoardColumn) => cellAddress(r, BOARD_COLS[key]);
  const a = (key: Parameters<typeof A>[1]) => A(ctx, key);
  const existing = inputsCell(ctx, 'existingEs', i);
  const phase = inputsCell(ctx, 'phase', i);
  const { years, rollout } = ctx.scenario.assumptions;
  const row: Record<BoardColumn, string> = {
    name: `=${inputsCell(ctx, 'name', i)}`,
    smiContacts: `=${inputsCell(ctx, 'smiContacts', i)}`,
    eligible: `=${c('smiContacts')}*(1-${a('inWork')})*${a('interested')}`,
    clientsPerYear: `=${c('eligible')}*${abs(COVERAGE)}`,
    specialists: `=${f.roundEs(`${c('clientsPerYear')}/${a('caseload')}`, a('rounding'))}`,
    teamLeaders: `=${c('specialists')}/${a('esPerTeamLeader')}`,
    costPerYear: `=${c('clientsPerYear')}*${abs(COST)}`,
    staffCostPerYear: `=${c('specialists')}*${D(ctx, 'staffCostPerEs')}`,
    jobOutcomesPerYear: `=${c('clientsPerYear')}*${a('intoWorkRate')}`,
    sustainedOutcomesPerYear: `=${c('jobOutcomesPerYear')}*${a('sustainmentRate')}`,
    costPerJobOutcome: `=IF(${c('jobOutcomesPerYear')}>0,${c('costPerYear')}/${c('jobOutcomesPerYear')},"")`,
    contactsPer100k: `=${f.per100k(c('smiContacts'), inputsCell(ctx, 'population', i))}`,
    dataQualityFlag: `=${f.dataQualityFlag(c('contactsPer100k'), D(ctx, 'medianContactsPer100k'))}`,
    rolloutStart:
      rollout === 'existing'
        ? `=IF(ISNUMBER(${existing}),${existing},0)`
        : `=${f.startYear(phase, years, DEFAULT_PHASE)}`,
  };
  return BOARD_COLUMNS.map((k) => ctx.formulas.cell(row[k], r, BOARD_COLS[k]));
}

function totalsRow(ctx: ScenarioContext): Cell[] {
  const { boards } = ctx.layout;
  const n = ctx.areas.length;
  const t = (key: BoardColumn) => cellAddress(boards.totals, BOARD_COLS[key]);
  const sum = (key: BoardColumn) => ({ formula: `=SUM(${bodyRange(boards, BOARD_COLS[key], false)})` });
  const { areas } = ctx.inputs;
  const pop = `${INPUTS_SHEET}!${rangeOf(areas.firstRow, n, areas.columns.population, true)}`;
  const row: Record<BoardColumn, Cell> = {
    name: 'Total',
    smiContacts: sum('smiContacts'),
    eligible: sum('eligible'),
    clientsPerYear: sum('clientsPerYear'),
    specialists: sum('specialists'),
    teamLeaders: { formula: `=${t('specialists')}/${A(ctx, 'esPerTeamLeader')}` },
    costPerYear: sum('costPerYear'),
    staffCostPerYear: sum('staffCostPerYear'),
    jobOutcomesPerYear: sum('jobOutcomesPerYear'),
    sustainedOutcomesPerYear: sum('sustainedOutcomesPerYear'),
    costPerJobOutcome: {
      formula: `=IF(${t('jobOutcomesPerYear')}>0,${t('costPerYear')}/${t('jobOutcomesPerYear')},"")`,
    },
    // The model gives a total rate only when every area has a population.
    contactsPer100k: { formula: `=IF(COUNT(${pop})=${n},${t('smiContacts')}/SUM(${pop})*100000,"")` },
    dataQualityFlag: null,
    rolloutStart: null,
  };
  return BOARD_COLUMNS.map((k) => row[k]);
}

/** The board table: one row per area (a page at a time, each under its heading), then the totals. */
export function writeBoardTable(ctx: ScenarioContext): void {
  const { d, layout } = ctx;
  const { caption, pages, totals } = layout.boards;
  const existing = ctx.scenario.assumptions.rollout === 'existing';
  const headers = BOARD_COLUMNS.map((k) => headerOf(ctx, k, existing));
  d.block(caption, 0, [[`By ${ctx.words.one}, each year at full rollout`]]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  // The body's formats go over the whole span at once (a format a column, however many pages), the
  // repeated headings' style after them, on top.
  const { first, last } = layout.boards;
  formatBody(ctx, first, last - first + 1, existing);
  let done = 0;
  for (const page of pages) {
    const body = Array.from({ length: page.count }, (_, j) => boardRow(ctx, done + j));
    done += page.count;
    d.block(page.header, 0, [headers, ...body]);
    d.format(cells(page.header, 0, 1, BOARD_COLUMNS.length), { style: STYLE.header });
    d.rowHeight(page.header, BOARD_HEADER_POINTS);
  }
  d.block(totals, 0, [totalsRow(ctx)]);
  for (const k of BOARD_COLUMNS) d.format(cells(totals, BOARD_COLS[k]), { numberFormat: columnFormat(k, existing) });
  d.format(cells(totals, 0, 1, BOARD_COLUMNS.length), { style: STYLE.total });
}

function formatBody(ctx: ScenarioContext, first: number, n: number, existing: boolean): void {
  const { d } = ctx;
  for (const k of BOARD_COLUMNS)
    d.format(cells(first, BOARD_COLS[k], n, 1), { numberFormat: columnFormat(k, existing) });
  d.format(cells(first, BOARD_COLS.name, n, 1), { numberFormat: FORMAT.text, style: STYLE.link });
  d.format(cells(first, BOARD_COLS.smiContacts, n, 1), { style: STYLE.link });
  d.format(cells(first, BOARD_COLS.dataQualityFlag, n, 1), { style: STYLE.flag });
}
