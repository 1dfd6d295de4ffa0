import { DEFAULT_PHASE, capitalised } from '../../model/areas';
import { Cell, cellAddress } from '../blueprint';
import { BOARD_COLUMNS, BoardColumn } from '../cellIndex';
import { cells } from '../draft';
import * as f from '../formulas';
import { INPUTS_SHEET } from '../inputsSheet';
import { FORMAT, STYLE } from '../styles';
import { A, D, ScenarioContext, abs, inputsCell, rangeOf } from './context';
import { BOARD_COLS, COST, COVERAGE } from './layout';

const HEADERS: Record<BoardColumn, string> = {
  name: 'Name', // the data's own word, set when written
  smiContacts: 'SMI contacts',
  eligible: 'Eligible',
  clientsPerYear: 'Clients per year',
  specialists: 'ES needed',
  teamLeaders: 'Team leaders (WTE)',
  costPerYear: 'Cost per year (per engagement)',
  staffCostPerYear: 'Staff-based cost per year',
  jobOutcomesPerYear: 'Job outcomes per year',
  sustainedOutcomesPerYear: 'In work after 13 weeks',
  costPerJobOutcome: '£ per job outcome',
  contactsPer100k: 'SMI contacts per 100,000',
  dataQualityFlag: 'Data quality',
  rolloutStart: 'Starts in year',
};

const FORMATS: Partial<Record<BoardColumn, string>> = {
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

/** One board's row: every row's formulas have one shape (only the row number changes). */
function boardRow(ctx: ScenarioContext, i: number): Cell[] {
  const r = ctx.layout.boards.first + i;
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
  return BOARD_COLUMNS.map((k) => ({ formula: row[k] }));
}

function totalsRow(ctx: ScenarioContext): Cell[] {
  const { first, totals } = ctx.layout.boards;
  const n = ctx.areas.length;
  const t = (key: BoardColumn) => cellAddress(totals, BOARD_COLS[key]);
  const sum = (key: BoardColumn) => ({ formula: `=SUM(${rangeOf(first, n, BOARD_COLS[key], false)})` });
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

/** The board table: one row per area, then the totals. */
export function writeBoardTable(ctx: ScenarioContext): void {
  const { d, layout, areas } = ctx;
  const { caption, header, first, totals } = layout.boards;
  const n = areas.length;
  const existing = ctx.scenario.assumptions.rollout === 'existing';
  const headers = BOARD_COLUMNS.map((k) =>
    k === 'rolloutStart' && existing ? 'Existing ES' : k === 'name' ? capitalised(ctx.words.one) : HEADERS[k],
  );
  d.block(caption, 0, [[`By ${ctx.words.one}, each year at full rollout`]]);
  d.block(header, 0, [headers, ...areas.map((_, i) => boardRow(ctx, i)), totalsRow(ctx)]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.format(cells(header, 0, 1, BOARD_COLUMNS.length), { style: STYLE.header });
  d.rowHeight(header, 46);
  for (const k of BOARD_COLUMNS) {
    const numberFormat = k === 'rolloutStart' && existing ? FORMAT.oneDecimal : FORMATS[k];
    d.format(cells(first, BOARD_COLS[k], n + 1, 1), { numberFormat });
  }
  d.format(cells(first, BOARD_COLS.name, n, 1), { numberFormat: FORMAT.text, style: STYLE.link });
  d.format(cells(first, BOARD_COLS.smiContacts, n, 1), { style: STYLE.link });
  d.format(cells(first, BOARD_COLS.dataQualityFlag, n, 1), { style: STYLE.flag });
  d.format(cells(totals, 0, 1, BOARD_COLUMNS.length), { style: STYLE.total });
}
