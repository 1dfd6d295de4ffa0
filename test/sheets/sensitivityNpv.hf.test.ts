/**
 * The Sensitivity sheet's NPV rows (the tax & benefit saving and the NHS saving at their lows and highs),
 * recalculated by HyperFormula from the workbook alone, against the model's economic case.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { DEFAULT_ECONOMIC_INPUTS, EconomicInputs, economicCase } from '../../src/model/economics';
import { economicSensitivity } from '../../src/model/economicSensitivity';
import { Scenario, budgetScenarios, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed } from '../../src/sheets';
import type { WorkbookInput } from '../../src/sheets/workbook';
import { loadBlueprint } from './hf';

const areas = scotlandBoards();

function workbook(scenarios: Scenario[], extra: Partial<WorkbookInput>) {
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base: DEFAULT_ASSUMPTIONS,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    sensitivity: {},
    ...extra,
  });
  const { economics } = index;
  return { wb: loadBlueprint(blueprint), s: index.sensitivity!, economics, scenarioSheet: index.scenarios[0] };
}

const CHANGED: EconomicInputs = {
  discountRate: 0.05,
  appraisalYears: 15,
  nhsSavingPerJobOutcome: 420,
  taxBenefitSavingPerPound: 0.2,
  otherBenefitPerJobOutcome: 800,
};

/** Every NPV row of the sheet equals the model's economic case with that saving at the row's low and high. */
function expectRows(built: ReturnType<typeof workbook>, scenario: Scenario, inputs: EconomicInputs) {
  const { wb, s } = built;
  const npv = s.npv!;
  const [planned] = planScenarios(areas, [scenario]);
  const rows = economicSensitivity(planned, inputs);
  expect(npv.rows).toEqual(rows.map((r) => r.input));
  const at = (i: number, col: number) => wb.number(s.sheet, { row: npv.firstRow + i, col });
  rows.forEach((r, i) => {
    expect(at(i, npv.columns.value)).toBeCloseTo(inputs[r.input], 12);
    expect(at(i, npv.columns.npvLow)).toBeCloseTo(r.npvLow, 4);
    expect(at(i, npv.columns.npvHigh)).toBeCloseTo(r.npvHigh, 4);
    expect(at(i, npv.columns.swing)).toBeCloseTo(Math.abs(r.npvHigh - r.npvLow), 4);
  });
  // Σ job outcomes × discount factor over the appraisal years, by the model's own years.
  const presentJobs = economicCase(planned, inputs).years.reduce((sum, y) => sum + y.jobOutcomes * y.discountFactor, 0);
  expect(wb.number(s.sheet, npv.presentJobOutcomes)).toBeCloseTo(presentJobs, 8);
}

describe('the Sensitivity sheet’s NPV rows, recalculated by a formula engine', () => {
  it.each([
    ['the defaults', DEFAULT_ECONOMIC_INPUTS],
    ['every input changed', CHANGED],
  ])('equal the model’s economic case at each saving’s low and high: %s', (_, inputs) => {
    const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5]);
    expectRows(workbook(scenarios, { economics: { inputs } }), scenarios[0], inputs);
  });

  it('cost a staff budget’s scenario as staff, as the Economic case sheet does', () => {
    const scenarios = budgetScenarios(areas, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'staff' }]);
    expectRows(workbook(scenarios, { economics: { inputs: CHANGED } }), scenarios[0], CHANGED);
  });

  it('follow the Economic case sheet’s inputs, a low typed on the sheet, and the scenario’s coverage', () => {
    const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]);
    const built = workbook(scenarios, { economics: {} });
    const { wb, s, economics } = built;
    const set = (key: keyof EconomicInputs, v: number) => wb.set(economics!.sheet, economics!.inputs[key], v);
    // A discount rate of 0 takes the other branch of the years after the rollout; 60 years the longest appraisal.
    for (const [rate, years] of [
      [0, 60],
      [0.08, 3],
      [0.035, 7],
    ]) {
      set('discountRate', rate);
      set('appraisalYears', years);
      expectRows(built, scenarios[0], { ...DEFAULT_ECONOMIC_INPUTS, discountRate: rate, appraisalYears: years });
    }
    set('nhsSavingPerJobOutcome', 600);
    set('otherBenefitPerJobOutcome', 150);
    const typed = { ...DEFAULT_ECONOMIC_INPUTS, discountRate: 0.035, appraisalYears: 7, nhsSavingPerJobOutcome: 600 };
    expectRows(built, scenarios[0], { ...typed, otherBenefitPerJobOutcome: 150 });
    const npv = s.npv!;
    const tax = npv.firstRow + npv.rows.indexOf('taxBenefitSavingPerPound');
    wb.set(s.sheet, { row: tax, col: npv.columns.low }, 0.3);
    wb.set(built.scenarioSheet.sheet, built.scenarioSheet.assumptions.coverage, 0.4);
    const [planned] = planScenarios(areas, coverageScenarios(DEFAULT_ASSUMPTIONS, [0.4]));
    const at = economicCase(planned, { ...typed, otherBenefitPerJobOutcome: 150, taxBenefitSavingPerPound: 0.3 });
    expect(wb.number(s.sheet, { row: tax, col: npv.columns.npvLow })).toBeCloseTo(at.netPresentValue, 4);
  });

  it('are left out when the Economic case follows another scenario, or is not asked for', () => {
    const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5]);
    expect(workbook(scenarios, { economics: { scenario: 1 } }).s.npv).toBeUndefined();
    expect(workbook(scenarios, {}).s.npv).toBeUndefined();
    expect(workbook(scenarios, { sensitivity: { scenario: 1 }, economics: { scenario: 1 } }).s.npv).toBeDefined();
  });
});
