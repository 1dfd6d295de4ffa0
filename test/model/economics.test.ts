import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_ECONOMIC_INPUTS,
  EconomicInputs,
  PlanInputError,
  ScenarioPlan,
  budgetScenarios,
  coverageScenarios,
  economicCase,
  planScenarios,
} from '../../src/model';

const [coverage25] = planScenarios(SCOTLAND_2018, coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]));
const [staffBudget] = planScenarios(
  SCOTLAND_2018,
  budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'staff' }]),
);

/** The arithmetic of issue 18, written out again from the plan's own years. */
function byHand(s: ScenarioPlan, i: EconomicInputs) {
  const ys = s.plan.totals.years;
  const support = s.plan.totals.implementationSupportPerYear;
  let pc = 0;
  let pb = 0;
  let cost = 0;
  let jobs = 0;
  let djobs = 0;
  for (let t = 0; t < i.appraisalYears; t++) {
    const y = ys[Math.min(t, ys.length - 1)];
    const c = (s.budget?.basis === 'staff' ? y.staffCost : y.cost) + support;
    const b = y.jobOutcomes * (i.nhsSavingPerJobOutcome + i.otherBenefitPerJobOutcome) + c * i.taxBenefitSavingPerPound;
    const d = (1 + i.discountRate) ** -t;
    pc += d * c;
    pb += d * b;
    cost += c;
    jobs += y.jobOutcomes;
    djobs += d * y.jobOutcomes;
  }
  return { pc, pb, npv: pb - pc, bcr: pb / pc, cpj: cost / jobs, be: ((1 - i.taxBenefitSavingPerPound) * pc) / djobs };
}

function expectMatches(s: ScenarioPlan, i: EconomicInputs) {
  const e = economicCase(s, i);
  const h = byHand(s, i);
  expect(e.years).toHaveLength(i.appraisalYears);
  expect(e.presentCost).toBeCloseTo(h.pc, 4);
  expect(e.presentBenefits).toBeCloseTo(h.pb, 4);
  expect(e.netPresentValue).toBeCloseTo(h.npv, 4);
  expect(e.benefitCostRatio).toBeCloseTo(h.bcr, 10);
  expect(e.costPerJobOutcome).toBeCloseTo(h.cpj, 6);
  expect(e.breakEvenValuePerJobOutcome).toBeCloseTo(h.be, 6);
}

describe('economic case', () => {
  it('equals the arithmetic at the defaults', () => {
    expect(DEFAULT_ECONOMIC_INPUTS).toEqual({
      discountRate: 0.035,
      appraisalYears: 10,
      nhsSavingPerJobOutcome: 374,
      taxBenefitSavingPerPound: 0.09,
      otherBenefitPerJobOutcome: 0,
    });
    expectMatches(coverage25, DEFAULT_ECONOMIC_INPUTS);
    expectMatches(staffBudget, DEFAULT_ECONOMIC_INPUTS);
  });

  it.each<[string, Partial<EconomicInputs>]>([
    ['discount rate', { discountRate: 0.015 }],
    ['appraisal years', { appraisalYears: 3 }],
    ['appraisal years 60', { appraisalYears: 60 }],
    ['NHS saving', { nhsSavingPerJobOutcome: 1000 }],
    ['tax & benefit saving', { taxBenefitSavingPerPound: 0.66 }],
    ['other benefit', { otherBenefitPerJobOutcome: 5000 }],
  ])('equals the arithmetic with the %s changed', (_, over) => {
    const i = { ...DEFAULT_ECONOMIC_INPUTS, ...over };
    expectMatches(coverage25, i);
    expect(economicCase(coverage25, i).netPresentValue).not.toBeCloseTo(economicCase(coverage25).netPresentValue, 0);
  });

  it('discounts the first plan year by nothing and repeats the final rollout year', () => {
    const e = economicCase(coverage25);
    expect(e.years[0].discountFactor).toBe(1);
    const last = coverage25.plan.totals.years[coverage25.plan.totals.years.length - 1];
    expect(e.years[9].jobOutcomes).toBe(last.jobOutcomes);
    expect(e.years[9].cost).toBe(last.cost + coverage25.plan.totals.implementationSupportPerYear);
    expect(e.sources.map((s) => s.input)).toHaveLength(5);
  });

  it('refuses bad inputs, naming each', () => {
    const bad = { ...DEFAULT_ECONOMIC_INPUTS, appraisalYears: 61, taxBenefitSavingPerPound: 9 };
    expect(() => economicCase(coverage25, bad)).toThrow(PlanInputError);
    expect(() => economicCase(coverage25, bad)).toThrow(/Appraisal years: 61 is outside 1 to 60/);
    expect(() => economicCase(coverage25, { ...bad, appraisalYears: 2.5 })).toThrow(/not a whole number/);
  });
});
