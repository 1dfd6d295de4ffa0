import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { Budget, coverageForBudget } from '../../src/model/budget';
import { computePlan } from '../../src/model/plan';
import { budgetScenarios, coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed } from '../../src/sheets';
import { expectSheetMatchesPlan } from './compare';
import { loadBlueprint } from './hf';

const base = { ...DEFAULT_ASSUMPTIONS };
const areas = scotlandBoards();
// The review's eligible total, unrounded: Σ contacts × 0.9 × 0.3.
const ELIGIBLE = 60424 * 0.9 * 0.3;

function workbook(budgets: Budget[]) {
  const scenarios = [...coverageScenarios(base, [0.25]), ...budgetScenarios(areas, base, budgets)];
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
  });
  return { index, wb: loadBlueprint(blueprint), scenarios };
}

describe('a budget-led scenario sheet', () => {
  it('works its coverage out from its budget cell, and the whole sheet follows a new budget', () => {
    const { index, wb, scenarios } = workbook([{ amount: 5_000_000, basis: 'engagement' }]);
    const s = index.scenarios[1];
    expect(s.budget).toBeDefined();
    expect(wb.formula(s.sheet, s.assumptions.coverage)).toMatch(/^=/);
    expect(wb.number(s.sheet, s.assumptions.coverage)).toBeCloseTo(5_000_000 / (ELIGIBLE * 2000), 12);
    expectSheetMatchesPlan(wb, s, computePlan(areas, scenarios[1].assumptions));
    const cost = wb.number(s.sheet, { row: s.boards.totalsRow, col: s.boards.columns.costPerYear });
    expect(cost).toBeCloseTo(5_000_000, 4);

    wb.set(s.sheet, s.budget!, 8_000_000);
    const coverage = 8_000_000 / (ELIGIBLE * 2000);
    expect(wb.number(s.sheet, s.assumptions.coverage)).toBeCloseTo(coverage, 12);
    expectSheetMatchesPlan(wb, s, computePlan(areas, { ...base, coverage }));
    expect(wb.value(s.sheet, s.title)).toBe(
      'IPS plan: £8,000,000 a year buys 24.5% coverage of eligible clients at £2,000 per engagement',
    );
    expect(wb.value(index.summary.sheet, { row: index.summary.rows.coverage - 1, col: 2 })).toBe('£8,000,000 budget');
    expect(wb.number(index.summary.sheet, { row: index.summary.rows.coverage, col: 2 })).toBeCloseTo(coverage, 12);
  });

  it('on the staff basis, matches the model and shows the planned cost beside the budget', () => {
    const budget: Budget = { amount: 5_000_000, basis: 'staff' };
    const { index, wb, scenarios } = workbook([budget]);
    const s = index.scenarios[1];
    expect(wb.number(s.sheet, s.assumptions.coverage)).toBeCloseTo(coverageForBudget(areas, base, budget).coverage, 12);
    const plan = computePlan(areas, scenarios[1].assumptions);
    expectSheetMatchesPlan(wb, s, plan);
    // Whole ES make the staff cost differ from the budget: the sheet says by how much.
    const staff = wb.number(s.sheet, { row: s.boards.totalsRow, col: s.boards.columns.staffCostPerYear });
    expect(staff).toBeCloseTo(plan.totals.staffCostPerYear, 6);
    expect(Math.abs(staff - 5_000_000)).toBeGreaterThan(1);
  });

  it('caps the coverage at 100% and floors it at 0%', () => {
    const { index, wb } = workbook([{ amount: 5_000_000, basis: 'engagement' }]);
    const s = index.scenarios[1];
    wb.set(s.sheet, s.budget!, 1e9);
    expect(wb.number(s.sheet, s.assumptions.coverage)).toBe(1);
    wb.set(s.sheet, s.budget!, 0);
    expect(wb.number(s.sheet, s.assumptions.coverage)).toBe(0);
  });
});
