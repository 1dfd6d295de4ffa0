import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { DEFAULT_ECONOMIC_INPUTS, ECONOMIC_INPUT_INFO, EconomicInputs, economicCase } from '../../src/model/economics';
import { Scenario, budgetScenarios, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { PlanInputError } from '../../src/model/validate';
import { buildWorkbookIndexed } from '../../src/sheets';
import { expectEconomicCase } from './economicCase';
import { loadBlueprint } from './hf';

const areas = scotlandBoards();
const base = { ...DEFAULT_ASSUMPTIONS };

function workbook(scenarios: Scenario[], economics: { scenario?: number; inputs?: EconomicInputs }) {
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    economics,
  });
  const e = index.economics!;
  const wb = loadBlueprint(blueprint);
  return { blueprint, index, e, wb, read: (pos: { row: number; col: number }) => wb.value(e.sheet, pos) };
}

/** The model's case of scenario `i`, planned afresh (optionally with changed assumptions). */
function modelCase(
  scenarios: Scenario[],
  i: number,
  inputs: EconomicInputs,
  change: Partial<Scenario['assumptions']> = {},
) {
  const s = { ...scenarios[i], assumptions: { ...scenarios[i].assumptions, ...change } };
  return economicCase(planScenarios(areas, [s])[0], inputs);
}

const CHANGED: EconomicInputs = {
  discountRate: 0.05,
  appraisalYears: 17,
  nhsSavingPerJobOutcome: 900,
  taxBenefitSavingPerPound: 0.66,
  otherBenefitPerJobOutcome: 2500,
};

describe('the Economic case sheet, recalculated by a formula engine', () => {
  const scenarios = coverageScenarios(base, [0.25, 0.5]);

  it('equals the model’s case at the defaults, following the first scenario', () => {
    const { e, read, blueprint } = workbook(scenarios, {});
    expect(e.scenario).toBe('25% coverage');
    const c = modelCase(scenarios, 0, DEFAULT_ECONOMIC_INPUTS);
    expectEconomicCase(read, e, c);
    expect(read(e.sentences[0])).toBe(`Each £1 spent returns £${c.benefitCostRatio!.toFixed(2)} in cashable savings;`);
    // Inputs and results are workbook names over the sheet's cells.
    const names = blueprint.names.filter((n) => n.sheet === e.sheet).map((n) => n.name);
    expect(names.sort()).toEqual(
      [
        ...ECONOMIC_INPUT_INFO.map((i) => i.name),
        'IPS_PresentCost',
        'IPS_PresentBenefits',
        'IPS_NPV',
        'IPS_BCR',
        'IPS_BreakEvenValue',
      ].sort(),
    );
  });

  it('equals the model’s case at changed inputs, following the second scenario (implementation support counted)', () => {
    const supported = coverageScenarios({ ...base, implementationSupportPerYear: 250_000 }, [0.25, 0.5]);
    const { e, read } = workbook(supported, { scenario: 1, inputs: CHANGED });
    expect(e.scenario).toBe('50% coverage');
    const c = modelCase(supported, 1, CHANGED);
    expect(c.years[0].cost).toBe(planScenarios(areas, supported)[1].plan.totals.years[0].cost + 250_000);
    expectEconomicCase(read, e, c);
    expect(read(e.sentences[0])).toBe(
      `Each £1 spent returns £${c.benefitCostRatio!.toFixed(2)} in savings and valued benefits;`,
    );
  });

  it('follows a discount rate, a saving, the appraisal years and the scenario’s coverage typed in the sheet', () => {
    const { e, wb, read, index } = workbook(scenarios, {});
    const before = modelCase(scenarios, 0, DEFAULT_ECONOMIC_INPUTS);
    let inputs = { ...DEFAULT_ECONOMIC_INPUTS, discountRate: 0.07 };
    wb.set(e.sheet, e.inputs.discountRate, 0.07);
    const higherRate = modelCase(scenarios, 0, inputs);
    expectEconomicCase(read, e, higherRate);
    // A higher rate discounts later years more: both present values fall.
    expect(higherRate.presentCost).toBeLessThan(before.presentCost);
    inputs = { ...inputs, nhsSavingPerJobOutcome: 5000, taxBenefitSavingPerPound: 0.4 };
    wb.set(e.sheet, e.inputs.nhsSavingPerJobOutcome, 5000);
    wb.set(e.sheet, e.inputs.taxBenefitSavingPerPound, 0.4);
    expectEconomicCase(read, e, modelCase(scenarios, 0, inputs));
    for (const years of [60, 1, 23]) {
      inputs = { ...inputs, appraisalYears: years };
      wb.set(e.sheet, e.inputs.appraisalYears, years);
      expectEconomicCase(read, e, modelCase(scenarios, 0, inputs));
    }
    wb.set(index.scenarios[0].sheet, index.scenarios[0].assumptions.coverage, 0.4);
    const wider = modelCase(scenarios, 0, inputs, { coverage: 0.4 });
    expectEconomicCase(read, e, wider);
    expect(wb.number(e.sheet, e.results.netPresentValue)).toBeCloseTo(wider.netPresentValue, 0);
  });

  it('counts a staff budget’s cost on the staff basis, as the model does', () => {
    const staff = budgetScenarios(areas, base, [{ amount: 6_000_000, basis: 'staff' }]);
    const { e, read } = workbook(staff, {});
    const c = modelCase(staff, 0, DEFAULT_ECONOMIC_INPUTS);
    expectEconomicCase(read, e, c);
    const perEngagement = economicCase({ ...planScenarios(areas, staff)[0], budget: undefined });
    expect(c.presentCost).not.toBeCloseTo(perEngagement.presentCost, 0);
  });

  it('has blue, validated input cells with input messages', () => {
    const { e, blueprint } = workbook(scenarios, {});
    const sheet = blueprint.sheets.find((s) => s.name === e.sheet)!;
    for (const info of ECONOMIC_INPUT_INFO) {
      const pos = e.inputs[info.key];
      const v = sheet.validations.find((x) => x.range.row === pos.row && x.range.col === pos.col)!;
      expect([info.key, v.number, v.prompt.title.length <= 32]).toEqual([
        info.key,
        { min: info.min, max: info.max, whole: info.integer === true },
        true,
      ]);
      expect(v.prompt.message.length).toBeGreaterThan(10);
    }
    expect(blueprint.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Inputs',
      '25% coverage',
      '50% coverage',
      'Economic case',
      'Notes',
    ]);
  });

  it('gives every input’s source on the sheet and in the Notes sheet (and Notes none without the case)', () => {
    const texts = (bp: ReturnType<typeof workbook>['blueprint'], sheet: string) =>
      bp.sheets
        .find((s) => s.name === sheet)!
        .blocks.flatMap((b) => b.cells.flat())
        .filter((c): c is string => typeof c === 'string');
    const { blueprint } = workbook(scenarios, {});
    const onSheet = texts(blueprint, 'Economic case').join(' ');
    const notes = texts(blueprint, 'Notes');
    for (const info of ECONOMIC_INPUT_INFO) {
      expect([info.key, onSheet.includes(info.source)]).toEqual([info.key, true]);
      expect([info.key, notes.includes(info.source)]).toEqual([info.key, true]);
    }
    const without = buildWorkbookIndexed({ areas, base, scenarios, generated: new Date(), version: 'test' });
    expect(without.index.economics).toBeUndefined();
    expect(texts(without.blueprint, 'Notes')).not.toContain(ECONOMIC_INPUT_INFO[0].source);
  });

  it('refuses inputs out of range, naming the sheet and the input', () => {
    expect(() => workbook(scenarios, { scenario: 2 })).toThrow(
      'Economic case: there is no scenario 3 (the workbook has 2)',
    );
    expect(() => workbook(scenarios, { inputs: { ...DEFAULT_ECONOMIC_INPUTS, appraisalYears: 61 } })).toThrow(
      PlanInputError,
    );
    expect(() => workbook(scenarios, { inputs: { ...DEFAULT_ECONOMIC_INPUTS, discountRate: 0.5 } })).toThrow(
      /^Economic case: Discount rate: 0.5 is outside 0 to 0.2$/,
    );
  });
});
