import { REVIEW_CONTACTS } from '../support/reviewContacts';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import {
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  PlanInputError,
  budgetScenarios,
  computePlan,
  coverageForBudget,
  planScenarios,
} from '../../src/model';

// The review's contacts, typed independently of src/data.
const CONTACTS = REVIEW_CONTACTS;

// 60,424 contacts × 90% not in work × 30% interested.
const ELIGIBLE = 16314.48;
// IPS Grow calculator, by hand: (salary + 15% NI above £5,004 + 14.3% pension) × 1.2 overheads.
const post = (salary: number) => (salary + 0.15 * (salary - 12 * 417) + 0.143 * salary) * 1.2;
const STAFF_PER_ES = post(33437) + post(40823) / 6 + post(50723) / 30;
const with_ = (over: Partial<Assumptions>): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, ...over });

/** ES per board by the review's rule (nearest, at least 1), from the contacts alone. */
function reviewEs(coverage: number): number {
  return CONTACTS.reduce((sum, c) => sum + Math.max(1, Math.round((c * 0.9 * 0.3 * coverage) / 40)), 0);
}

describe('budget-led scenarios', () => {
  it('checks the hand figures first: 16,314.48 eligible and £63,980.21 a year per ES', () => {
    expect(CONTACTS.reduce((a, b) => a + b, 0) * 0.9 * 0.3).toBeCloseTo(ELIGIBLE, 9);
    expect(STAFF_PER_ES).toBeCloseTo(63980.20656, 5);
  });

  it('£5,000,000 per engagement buys 5,000,000 ÷ (16,314.48 × £2,000) ≈ 15.32% and costs exactly £5,000,000', () => {
    const [scenario] = budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'engagement' }]);
    expect(scenario.name).toBe('£5,000,000 budget');
    expect(scenario.assumptions.coverage).toBeCloseTo(5e6 / (ELIGIBLE * 2000), 12);
    expect((scenario.assumptions.coverage * 100).toFixed(2)).toBe('15.32');
    const [planned] = planScenarios(SCOTLAND_2018, [scenario]);
    expect(Math.abs(planned.plan.totals.costPerYear - 5e6)).toBeLessThan(1e-6);
    expect(planned.budgetCheck).toEqual({
      budget: 5e6,
      basis: 'engagement',
      coverage: scenario.assumptions.coverage,
      plannedCostPerYear: planned.plan.totals.costPerYear,
      difference: planned.plan.totals.costPerYear - 5e6,
      note: null,
    });
    expect(planned.plan.totals.specialists).toBe(reviewEs(5e6 / (ELIGIBLE * 2000)));
  });

  it('staff-based: coverage = budget ÷ (eligible × staff cost per ES ÷ 40), and the rounded ES cost is shown beside it', () => {
    const [scenario] = budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'staff' }]);
    const coverage = 5e6 / ((ELIGIBLE * STAFF_PER_ES) / 40);
    expect(scenario.name).toBe('£5,000,000 staff budget');
    expect(scenario.assumptions.coverage).toBeCloseTo(coverage, 12);
    const [planned] = planScenarios(SCOTLAND_2018, [scenario]);
    const es = reviewEs(coverage);
    expect(planned.plan.totals.specialists).toBe(es);
    expect(planned.budgetCheck!.plannedCostPerYear).toBeCloseTo(es * STAFF_PER_ES, 4);
    expect(planned.budgetCheck!.difference).toBeCloseTo(es * STAFF_PER_ES - 5e6, 4);
    // the islands' single ES and rounding make the staff plan cost more than the budget: not hidden
    expect(planned.budgetCheck!.difference).toBeGreaterThan(0);
  });

  it('pays for implementation support first, on both bases', () => {
    const a = with_({ implementationSupportPerYear: 1e6 });
    const [engagement, staff] = budgetScenarios(SCOTLAND_2018, a, [
      { amount: 5e6, basis: 'engagement' },
      { amount: 5e6, basis: 'staff' },
    ]);
    expect(engagement.assumptions.coverage).toBeCloseTo(4e6 / (ELIGIBLE * 2000), 12);
    expect(staff.assumptions.coverage).toBeCloseTo(4e6 / ((ELIGIBLE * STAFF_PER_ES) / 40), 12);
    const [planned] = planScenarios(SCOTLAND_2018, [engagement]);
    expect(planned.plan.totals.totalCostPerYear).toBeCloseTo(5e6, 6);
    expect(planned.budgetCheck!.plannedCostPerYear).toBeCloseTo(5e6, 6);
  });

  it('clamps to 100% and says so when the budget buys more', () => {
    const bought = coverageForBudget(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, { amount: 1e9, basis: 'engagement' });
    expect(bought.coverage).toBe(1);
    expect(bought.coverageUnclamped).toBeCloseTo(1e9 / (ELIGIBLE * 2000), 9);
    expect(bought.note).toMatch(/^£1,000,000,000 a year would buy 3064\.76% coverage: the plan is capped at 100%/);
    const [planned] = planScenarios(
      SCOTLAND_2018,
      budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 1e9, basis: 'engagement' }]),
    );
    expect(planned.plan.totals.specialists).toBe(computePlan(SCOTLAND_2018, with_({ coverage: 1 })).totals.specialists);
    expect(planned.budgetCheck!.difference).toBeCloseTo(ELIGIBLE * 2000 - 1e9, 4);
  });

  it('clamps to 0% and says so when the budget does not cover implementation support', () => {
    const a = with_({ implementationSupportPerYear: 2e6 });
    const bought = coverageForBudget(SCOTLAND_2018, a, { amount: 1.5e6, basis: 'staff' });
    expect(bought.coverage).toBe(0);
    expect(bought.note).toBe(
      '£1,500,000 a year is less than the implementation support (£2,000,000): it buys no IPS, so the plan is at 0% coverage',
    );
    const [planned] = planScenarios(
      SCOTLAND_2018,
      budgetScenarios(SCOTLAND_2018, a, [{ amount: 1.5e6, basis: 'staff' }]),
    );
    expect(planned.plan.totals.specialists).toBe(0);
    expect(planned.budgetCheck!.difference).toBe(2e6 - 1.5e6);
  });

  it('a budget exactly equal to 100% coverage is not clamped and has no note', () => {
    const bought = coverageForBudget(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, {
      amount: ELIGIBLE * 2000,
      basis: 'engagement',
    });
    expect(bought.coverage).toBeCloseTo(1, 12);
    expect(bought.note).toBeNull();
  });

  it('keeps the same budget once, and refuses bad budgets and bad bases', () => {
    const twice = budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [
      { amount: 5e6, basis: 'engagement' },
      { amount: 5e6, basis: 'engagement' },
      { amount: 5e6, basis: 'staff' },
    ]);
    expect(twice.map((s) => s.name)).toEqual(['£5,000,000 budget', '£5,000,000 staff budget']);
    const bad = () =>
      budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [
        { amount: -1, basis: 'engagement' },
        { amount: NaN, basis: 'engagement' },
        { amount: 5e6, basis: 'salaries' as never },
      ]);
    expect(bad).toThrow(PlanInputError);
    try {
      bad();
    } catch (error) {
      expect((error as PlanInputError).problems).toEqual([
        'Budget: -£1 is outside £0–£10,000,000,000 a year',
        'Budget: NaN is not a number',
        'Budget basis: "salaries" is not engagement or staff',
      ]);
    }
  });

  it('with no eligible clients, any budget plans 100% of nothing, and says why', () => {
    const none = [{ name: 'Empty', smiContacts: 0 }];
    const bought = coverageForBudget(none, DEFAULT_ASSUMPTIONS, { amount: 1e6, basis: 'engagement' });
    expect(bought.coverage).toBe(1);
    expect(bought.note).toMatch(/no eligible clients/);
  });
});
