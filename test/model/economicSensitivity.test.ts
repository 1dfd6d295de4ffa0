import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import {
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_ECONOMIC_INPUTS,
  ECONOMIC_SENSITIVITY_RANGES,
  EconomicInputs,
  budgetScenarios,
  computePlan,
  coverageScenarios,
  economicCase,
  economicSensitivity,
  planScenarios,
} from '../../src/model';

/** Issue 18's NPV from the plan's own years, by hand (implementation support and staff basis included). */
function npvByHand(a: Assumptions, e: EconomicInputs, staff = false): number {
  const { years, implementationSupportPerYear } = computePlan(SCOTLAND_2018, a).totals;
  let npv = 0;
  for (let t = 0; t < e.appraisalYears; t++) {
    const y = years[Math.min(t, years.length - 1)];
    const cost = (staff ? y.staffCost : y.cost) + implementationSupportPerYear;
    const benefits =
      y.jobOutcomes * (e.nhsSavingPerJobOutcome + e.otherBenefitPerJobOutcome) + cost * e.taxBenefitSavingPerPound;
    npv += (benefits - cost) / (1 + e.discountRate) ** t;
  }
  return npv;
}

const coverage = (a: Assumptions) => planScenarios(SCOTLAND_2018, coverageScenarios(a, [a.coverage]))[0];

describe('economicSensitivity', () => {
  it('has the tax & benefit saving at 9p–66p (Sheffield) and the NHS saving at £0–£748, each sourced', () => {
    const byInput = Object.fromEntries(ECONOMIC_SENSITIVITY_RANGES.map((r) => [r.input, [r.low, r.high]]));
    expect(byInput).toEqual({ taxBenefitSavingPerPound: [0.09, 0.66], nhsSavingPerJobOutcome: [0, 748] });
    const source = (input: string) => ECONOMIC_SENSITIVITY_RANGES.find((r) => r.input === input)!.source;
    expect(source('taxBenefitSavingPerPound')).toMatch(/Sheffield.*9p to 66p/);
    expect(source('nhsSavingPerJobOutcome')).toMatch(/£374.*Fair Start Scotland/);
  });

  it.each([
    ['the defaults at 25%', DEFAULT_ASSUMPTIONS, DEFAULT_ECONOMIC_INPUTS, false],
    [
      'changed inputs at 50%, with implementation support',
      { ...DEFAULT_ASSUMPTIONS, coverage: 0.5, implementationSupportPerYear: 250000 },
      {
        discountRate: 0.06,
        appraisalYears: 23,
        nhsSavingPerJobOutcome: 500,
        taxBenefitSavingPerPound: 0.3,
        otherBenefitPerJobOutcome: 1200,
      },
      false,
    ],
  ] as const)('every row’s NPV is the arithmetic with that one saving changed: %s', (_, a, e, staff) => {
    const rows = economicSensitivity(coverage(a), e);
    expect(rows.map((r) => r.input).sort()).toEqual(['nhsSavingPerJobOutcome', 'taxBenefitSavingPerPound']);
    for (const r of rows) {
      expect(r.npvLow).toBeCloseTo(npvByHand(a, { ...e, [r.input]: r.low }, staff), 4);
      expect(r.npvHigh).toBeCloseTo(npvByHand(a, { ...e, [r.input]: r.high }, staff), 4);
      const low = economicCase(coverage(a), { ...e, [r.input]: r.low });
      expect(r.bcrLow).toBe(low.benefitCostRatio);
    }
    // Sorted by swing in NPV, largest first.
    expect(Math.abs(rows[0].npvHigh - rows[0].npvLow)).toBeGreaterThanOrEqual(
      Math.abs(rows[1].npvHigh - rows[1].npvLow),
    );
  });

  it('costs a staff budget’s scenario as staff, as the economic case does', () => {
    const [s] = planScenarios(
      SCOTLAND_2018,
      budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'staff' }]),
    );
    const [row] = economicSensitivity(s, DEFAULT_ECONOMIC_INPUTS, [ECONOMIC_SENSITIVITY_RANGES[0]]);
    expect(row.npvHigh).toBeCloseTo(
      npvByHand(s.assumptions, { ...DEFAULT_ECONOMIC_INPUTS, taxBenefitSavingPerPound: 0.66 }, true),
      4,
    );
  });

  it('gives the figures docs/model.md quotes for the defaults (£m to one decimal)', () => {
    const rows = economicSensitivity(coverage(DEFAULT_ASSUMPTIONS), DEFAULT_ECONOMIC_INPUTS);
    const m = (v: number) => (v / 1e6).toFixed(1);
    const by = Object.fromEntries(rows.map((r) => [r.input, [m(r.npvLow), m(r.npvHigh)]]));
    expect(by).toEqual({ taxBenefitSavingPerPound: ['-43.9', '-13.9'], nhsSavingPerJobOutcome: ['-47.8', '-40.0'] });
    expect(m(npvByHand(DEFAULT_ASSUMPTIONS, DEFAULT_ECONOMIC_INPUTS))).toBe('-43.9');
  });
});
