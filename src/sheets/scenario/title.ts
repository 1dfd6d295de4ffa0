import { Cell, cellAddress } from '../shared/blueprint';
import { cells } from '../shared/draft';
import { figureLabel } from '../../model/figures';
import { figureFormat } from '../shared/figureFormats';
import { FORMAT, STYLE } from '../shared/styles';
import { BUDGET, budgetHeadline, coverageFromBudget } from './budget';
import { ScenarioContext, abs } from './context';
import { inputCheckFormula } from './inputCheck';
import { BOARD_COLS, COST, COVERAGE, HEADLINE, HEADLINE_VALUE_COL, YEAR_COLS } from './layout';

/**
 * A share as a person writes it ("25%", "15.3%"). Plain arithmetic, not TEXT: format codes in TEXT
 * differ between spreadsheets (a "0%" code is not scaled by every engine).
 */
export function percentText(cell: string): string {
  return `ROUND(${cell}*100,1)&"%"`;
}

/** Pounds with thousands commas ("5,000,000"), again without TEXT's format codes. */
export function poundsText(cell: string): string {
  const v = `ROUND(${cell},0)`;
  const group = (n: string) => `RIGHT("00"&MOD(${n},1000),3)`;
  return (
    `IF(${v}>=1000000,INT(${v}/1000000)&","&${group(`INT(${v}/1000)`)}&","&${group(v)},` +
    `IF(${v}>=1000,INT(${v}/1000)&","&${group(v)},${v}&""))`
  );
}

/** The title, a formula of the live coverage and £ per engagement, so no printed title disagrees with its cells. */
export function titleFormula(coverage: string, cost: string, budget?: string): string {
  const buys = budget ? `"IPS plan: £"&${poundsText(budget)}&" a year buys "` : '"IPS plan: "';
  return `=${buys}&${percentText(coverage)}&" coverage of eligible clients at £"&${poundsText(cost)}&" per engagement"`;
}

/** Title, the two inputs that define the scenario, and what the colours mean. */
export function writeTitle(ctx: ScenarioContext, heading: string): void {
  const { d, scenario, base, layout } = ctx;
  const a = scenario.assumptions;
  // Like every other assumption, they follow the Inputs sheet where the scenario has the base's value.
  const linked = (key: 'coverage' | 'costPerEngagement') =>
    a[key] === base[key] && !(key === 'coverage' && scenario.budget);
  const defining = (key: 'coverage' | 'costPerEngagement', name: string): Cell => {
    if (key === 'coverage' && scenario.budget) return { formula: coverageFromBudget(ctx) };
    return linked(key) ? { formula: `=${name}` } : a[key];
  };
  const one = ctx.words.one;
  const mode =
    a.rollout === 'existing' ? `from each ${one}’s existing ES` : `phased, each ${one} from the year of its phase`;
  const budget = scenario.budget ? abs(BUDGET) : undefined;
  d.block(layout.title, 0, [[{ formula: titleFormula(abs(COVERAGE), abs(COST), budget) }]]);
  d.block(COVERAGE.row, 0, [
    [
      'Coverage of eligible clients',
      defining('coverage', 'IPS_Coverage'),
      '£ per engagement',
      null,
      defining('costPerEngagement', 'IPS_CostPerEngagement'),
    ],
  ]);
  d.block(layout.notes[0], 0, [
    [`${heading}. Rollout ${mode}, over ${a.years} years from ${a.firstYearLabel} (fixed when generated).`],
    [
      'Blue cells are inputs; green ones follow the Inputs sheet until you type over them; everything else is a formula.',
    ],
  ]);
  d.format(cells(layout.title, 0), { style: STYLE.title });
  d.format(cells(COVERAGE.row, 0), { style: { bold: true } });
  d.format(cells(COST.row, COST.col - 2), { style: { bold: true } });
  d.format(cells(COVERAGE.row, COVERAGE.col), {
    numberFormat: FORMAT.percent,
    style: scenario.budget ? { bold: true } : linked('coverage') ? STYLE.linkedInput : STYLE.input,
  });
  d.format(cells(COST.row, COST.col), {
    numberFormat: FORMAT.gbp,
    style: linked('costPerEngagement') ? STYLE.linkedInput : STYLE.input,
  });
  d.format(cells(layout.notes[0], 0, 2, 1), { style: STYLE.subtitle });
}

/** The figures a committee reads in ten seconds, each a link to where it is worked out. */
export function writeHeadline(ctx: ScenarioContext): void {
  const { d, layout, labels } = ctx;
  const { caption, first } = layout.headline;
  const total = (col: number) => ({ formula: `=${cellAddress(layout.boards.totals, col, true)}` });
  const values: Record<(typeof HEADLINE)[number], Cell> = {
    specialists: total(BOARD_COLS.specialists),
    costPerYear: total(BOARD_COLS.costPerYear),
    rolloutCost: { formula: `=${cellAddress(layout.byYear.totals, YEAR_COLS.cost, true)}` },
    jobOutcomesPerYear: total(BOARD_COLS.jobOutcomesPerYear),
    costPerJobOutcome: total(BOARD_COLS.costPerJobOutcome),
  };
  d.block(caption, 0, [['Headline']]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.block(caption, HEADLINE_VALUE_COL + 1, [[{ formula: inputCheckFormula(ctx) }]]);
  d.format(cells(caption, HEADLINE_VALUE_COL + 1), { style: { ...STYLE.flag, bold: true } });
  const headline = HEADLINE.map((key): [string, Cell, string] => [
    figureLabel(key, labels.length),
    values[key],
    figureFormat(key),
  ]);
  const rows = [...headline, ...budgetHeadline(ctx)];
  rows.forEach(([label, value, numberFormat], k) => {
    d.block(first + k, 0, [[label]]);
    d.block(first + k, HEADLINE_VALUE_COL, [[value]]);
    d.format(cells(first + k, HEADLINE_VALUE_COL), { numberFormat, style: { bold: true } });
  });
}
