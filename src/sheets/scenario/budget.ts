/**
 * A budget-led scenario: the budget is the input (blue) and the coverage under the title is a formula
 * of it, as the model works it out: (budget − implementation support) ÷ the cost of 100% coverage,
 * per engagement or staff-based, kept within 0–100%. Type a new budget and the sheet follows.
 */
import { BUDGET_BASIS_LABELS, MAX_BUDGET } from '../../model/budget';
import type { Cell, Validation } from '../shared/blueprint';
import { cellAddress } from '../shared/blueprint';
import type { CellPos } from '../shared/cells';
import { cells } from '../shared/draft';
import { FORMAT, STYLE } from '../shared/styles';
import { promptTitle } from '../shared/validations';
import { A, D, ScenarioContext, abs } from './context';
import { BOARD_COLS, COST } from './layout';

/** The budget sits on the row of the defining inputs: label in G, value in H, basis from I. */
export const BUDGET: CellPos = { row: 1, col: 7 };

export function coverageFromBudget(ctx: ScenarioContext): string {
  const basis = ctx.scenario.budget!.basis;
  const eligible = cellAddress(ctx.layout.boards.totals, BOARD_COLS.eligible, true);
  const perClient = basis === 'engagement' ? abs(COST) : `${D(ctx, 'staffCostPerEs')}/${A(ctx, 'caseload')}`;
  const full = `${eligible}*${perClient}`;
  const left = `(${abs(BUDGET)}-${A(ctx, 'implementationSupportPerYear')})`;
  return `=IF(${full}>0,MAX(0,MIN(1,${left}/(${full}))),IF(${left}>0,1,0))`;
}

/** The budget input and its basis, beside the coverage it buys. */
export function writeBudgetInputs(ctx: ScenarioContext): void {
  const { budget } = ctx.scenario;
  if (!budget) return;
  const { d } = ctx;
  d.block(BUDGET.row, BUDGET.col - 1, [['Budget a year', budget.amount, BUDGET_BASIS_LABELS[budget.basis]]]);
  d.format(cells(BUDGET.row, BUDGET.col - 1), { style: { bold: true } });
  d.format(cells(BUDGET.row, BUDGET.col), { numberFormat: FORMAT.gbp, style: STYLE.input });
}

export function budgetValidation(): Validation {
  return {
    range: cells(BUDGET.row, BUDGET.col),
    number: { min: 0, max: MAX_BUDGET, whole: false },
    allowBlank: false,
    prompt: {
      title: promptTitle('Budget a year'),
      message: '£ a year at full rollout, implementation support included: the coverage follows it.',
    },
  };
}

/** Headline rows of a budget scenario: its planned cost on the budget's basis, and the difference. */
export function budgetHeadline(ctx: ScenarioContext): [string, Cell, string][] {
  const { budget } = ctx.scenario;
  if (!budget) return [];
  const total = (col: number) => cellAddress(ctx.layout.boards.totals, col, true);
  const cost = budget.basis === 'engagement' ? total(BOARD_COLS.costPerYear) : total(BOARD_COLS.staffCostPerYear);
  const planned = `${cost}+${A(ctx, 'implementationSupportPerYear')}`;
  const basis = budget.basis === 'engagement' ? 'per engagement' : 'staff-based';
  return [
    [`Planned cost a year (${basis}, with implementation support)`, { formula: `=${planned}` }, FORMAT.gbp],
    [
      'Planned cost less the budget (ES are whole, so they differ)',
      { formula: `=${planned}-${abs(BUDGET)}` },
      FORMAT.gbp,
    ],
  ];
}
