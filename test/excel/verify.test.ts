/**
 * Read-back verification after a write: the fake computes the formulas written (HyperFormula), the writer asks
 * it for the headline cells and compares them with the model's figures.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { headlineChecks, writeBlueprint } from '../../src/hosts/excel';
import { agrees } from '../../src/hosts/excel/headlines';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { economicCase } from '../../src/model/economics';
import { budgetScenarios, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { type WorkbookBlueprint, type WorkbookInput, buildWorkbookIndexed, cellAddress } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';
import { FakeRange } from '../fake-excel/range';

const base = { ...DEFAULT_ASSUMPTIONS };
const input = (extra: Partial<WorkbookInput> = {}): WorkbookInput => ({
  areas: scotlandBoards(),
  base,
  scenarios: coverageScenarios(base, [0.25, 0.5, 1]),
  generated: new Date('2026-05-12T09:30:00Z'),
  version: 'test',
  ...extra,
});

/** Replaces the blueprint cell at (row, col) of a sheet with a formula (a writer bug, planted). */
function plant(bp: WorkbookBlueprint, sheet: string, row: number, col: number, formula: string): void {
  const s = bp.sheets.find((x) => x.name === sheet)!;
  const block = s.blocks.find((b) => row >= b.row && row < b.row + b.cells.length && col >= b.col)!;
  block.cells[row - block.row][col - block.col] = { formula };
}

describe('the headline checks', () => {
  test('cover each scenario’s totals and every area’s ES, with the model’s figures', () => {
    const i = input();
    const { index } = buildWorkbookIndexed(i);
    const { checks, areas, scenarios } = headlineChecks(index, i);
    expect([areas, scenarios]).toEqual([14, 3]);
    const plan = computePlan(i.areas, i.scenarios[1].assumptions);
    const s = index.scenarios[1];
    const totalEs = checks.find((c) => c.sheet === s.sheet && c.label === 'Total ES')!;
    expect(totalEs).toMatchObject({ kind: 'count', expected: plan.totals.specialists });
    expect(totalEs.pos).toEqual({ row: s.boards.totalsRow, col: s.boards.columns.specialists });
    expect(checks.filter((c) => c.sheet === s.sheet && c.label.endsWith(' ES') && c.label !== 'Total ES')).toHaveLength(
      14,
    );
  });

  test('tolerances: ES exact, money within £1, rates within 1e-9', () => {
    expect(agrees({ kind: 'count', expected: 104 }, 104)).toBe(true);
    expect(agrees({ kind: 'count', expected: 104 }, 104.0000001)).toBe(false);
    expect(agrees({ kind: 'money', expected: 1000 }, 1000.99)).toBe(true);
    expect(agrees({ kind: 'money', expected: 1000 }, 1001.01)).toBe(false);
    expect(agrees({ kind: 'rate', expected: 0.25 }, 0.25 + 5e-10)).toBe(true);
    expect(agrees({ kind: 'rate', expected: 0.25 }, 0.25 + 2e-9)).toBe(false);
    expect(agrees({ kind: 'rate', expected: 0 }, '#DIV/0!')).toBe(false);
  });
});

describe('a write reads back what Excel computed', () => {
  test('the default comparison, with Monitoring, agrees', async () => {
    const i = input({ monitoring: {} });
    const fake = createFakeExcel();
    const result = await writeBlueprint(fake.context, buildWorkbookIndexed(i).blueprint, {
      supports: fake.supports,
      verify: i,
    });
    expect(result.verification).toMatchObject({ status: 'agrees', differences: [] });
    expect(result.verification!.summary).toBe('Excel agrees: 14 areas, 3 scenarios, every headline figure checked.');
    expect(result.verification!.checked).toBeGreaterThan(3 * 20);
  });

  test('the economic case’s NPV is checked, against the model’s', async () => {
    const i = input({ economics: { scenario: 1 } });
    const { checks } = headlineChecks(buildWorkbookIndexed(i).index, i);
    const npv = checks.find((c) => c.label === 'Net present value')!;
    const followed = planScenarios(i.areas, i.scenarios)[1];
    expect(npv).toMatchObject({ kind: 'money', expected: economicCase(followed).netPresentValue });
    const fake = createFakeExcel();
    const result = await writeBlueprint(fake.context, buildWorkbookIndexed(i).blueprint, {
      supports: fake.supports,
      verify: i,
    });
    expect(result.verification?.status).toBe('agrees');
  });

  test('a budget-led scenario’s coverage is checked too', async () => {
    const i = input({ scenarios: budgetScenarios(scotlandBoards(), base, [{ amount: 5e6, basis: 'engagement' }]) });
    const { checks } = headlineChecks(buildWorkbookIndexed(i).index, i);
    expect(checks.some((c) => c.label === 'Coverage the budget buys')).toBe(true);
    const fake = createFakeExcel();
    const result = await writeBlueprint(fake.context, buildWorkbookIndexed(i).blueprint, {
      supports: fake.supports,
      verify: i,
    });
    expect(result.verification?.status).toBe('agrees');
  });

  test('a planted wrong formula is reported with its cell, Excel’s value and the planner’s', async () => {
    const i = input();
    const { blueprint, index } = buildWorkbookIndexed(i);
    const s = index.scenarios[1];
    plant(blueprint, s.sheet, s.boards.totalsRow, s.boards.columns.specialists, '=1');
    const fake = createFakeExcel();
    const result = await writeBlueprint(fake.context, blueprint, { supports: fake.supports, verify: i });
    const v = result.verification!;
    expect(v.status).toBe('differs');
    const cell = `'${s.sheet}'!${cellAddress(s.boards.totalsRow, s.boards.columns.specialists)}`;
    expect(v.differences).toEqual([
      expect.objectContaining({
        cell,
        label: 'Total ES',
        excel: 1,
        planner: computePlan(i.areas, i.scenarios[1].assumptions).totals.specialists,
      }),
    ]);
  });

  test('a failed read-back request says nothing was checked, naming cells to check', async () => {
    const i = input();
    const fake = createFakeExcel({ failWhen: (label) => label === 'Range.load(values)' });
    const result = await writeBlueprint(fake.context, buildWorkbookIndexed(i).blueprint, {
      supports: fake.supports,
      verify: i,
    });
    expect(result.verification).toMatchObject({ status: 'unchecked', checked: 0 });
    expect(result.verification!.summary).toMatch(/could not be asked .*injected.*'25% coverage'!/);
  });

  test('a wrong number-format shape fails the write, naming the sheet and cells being written', async () => {
    const i = input();
    const set = Object.getOwnPropertyDescriptor(FakeRange.prototype, 'numberFormat')!.set!;
    const spy = jest.spyOn(FakeRange.prototype, 'numberFormat', 'set').mockImplementation(function (
      this: FakeRange,
      v,
    ) {
      set.call(this, v.length > 1 ? v.slice(1) : v); // a writer bug: one row short
    });
    try {
      const fake = createFakeExcel();
      const write = writeBlueprint(fake.context, buildWorkbookIndexed(i).blueprint, {
        supports: fake.supports,
        verify: i,
      });
      await expect(write).rejects.toThrow(/doesn't match the size .* while writing .*: number format [A-Z]+\d+/);
    } finally {
      spy.mockRestore();
    }
  });
});
