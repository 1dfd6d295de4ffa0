import ExcelJS from 'exceljs';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';

interface JsonScenario {
  name: string;
  assumptions: Record<string, unknown> & { coverage: number };
  budgetCheck?: { budget: number; basis: string; plannedCostPerYear: number; difference: number; note: string | null };
  totals: { costPerYear: number; staffCostPerYear: number; specialists: number };
  sensitivity?: Record<string, unknown>[];
}
const scenariosOf = (out: string): JsonScenario[] => JSON.parse(out).scenarios;

// By hand: 60,424 contacts × 90% × 30%, and the IPS Grow calculator's cost of one ES with its
// share of a team leader and a manager ((salary + 15% NI above £5,004 + 14.3% pension) × 1.2).
const ELIGIBLE = 16314.48;
const post = (salary: number) => (salary + 0.15 * (salary - 5004) + 0.143 * salary) * 1.2;
const STAFF_PER_ES = post(33437) + post(40823) / 6 + post(50723) / 30;

describe('npm run plan -- --budget', () => {
  it('--budget 5000000 plans the coverage it buys: ≈ 15.32%, costing £5,000,000 a year', async () => {
    const { code, out, err } = await runCli(['--json', '--budget', '5000000']);
    expect([code, err]).toEqual([0, '']);
    const [s] = scenariosOf(out);
    expect(s.name).toBe('£5,000,000 budget');
    expect(s.assumptions.budget).toBe(5e6);
    expect(s.assumptions.budgetBasis).toBe('engagement');
    expect(s.assumptions.coverage).toBeCloseTo(5e6 / (ELIGIBLE * 2000), 12);
    expect(+(s.assumptions.coverage * 100).toFixed(2)).toBe(15.32);
    expect(Math.abs(s.totals.costPerYear - 5e6)).toBeLessThan(1e-6);
    expect(s.budgetCheck).toMatchObject({ budget: 5e6, basis: 'engagement', note: null });
    expect(Math.abs(s.budgetCheck!.difference)).toBeLessThan(1e-6);
  });

  it('several budgets, the staff basis, and coverages together: coverages first, then budgets', async () => {
    const { code, out } = await runCli([
      '--json',
      '--coverage',
      '25',
      '--budget',
      '£5,000,000,£8,000,000',
      '--budget-basis',
      'staff',
    ]);
    expect(code).toBe(0);
    const scenarios = scenariosOf(out);
    expect(scenarios.map((s) => s.name)).toEqual([
      '25% coverage',
      '£5,000,000 staff budget',
      '£8,000,000 staff budget',
    ]);
    expect(scenarios[0].assumptions).not.toHaveProperty('budget');
    for (const [s, budget] of [
      [scenarios[1], 5e6],
      [scenarios[2], 8e6],
    ] as const) {
      expect(s.assumptions.budgetBasis).toBe('staff');
      expect(s.assumptions.coverage).toBeCloseTo(budget / ((ELIGIBLE * STAFF_PER_ES) / 40), 12);
      expect(s.budgetCheck!.plannedCostPerYear).toBeCloseTo(s.totals.specialists * STAFF_PER_ES, 4);
      expect(s.budgetCheck!.difference).toBeCloseTo(s.totals.specialists * STAFF_PER_ES - budget, 4);
    }
  });

  it('says when two budgets are the same, and when a budget buys more than 100%', async () => {
    const { code, out, err } = await runCli(['--json', '--budget', '5000000,5,000,000,1000000000']);
    expect(code).toBe(0);
    expect(scenariosOf(out).map((s) => s.assumptions.coverage)).toEqual([expect.closeTo(0.1532, 4), 1]);
    expect(err.trim().split('\n')).toEqual([
      'note: --budget: 5,000,000 is the same as 5000000: one scenario for both',
      expect.stringMatching(
        /^note: £1,000,000,000 budget: .* would buy 3064\.76% coverage: the plan is capped at 100%/,
      ),
    ]);
  });

  it('says that --budget-basis alone changes nothing', async () => {
    const { code, out, err } = await runCli(['--json', '--budget-basis', 'staff']);
    expect(code).toBe(0);
    expect(scenariosOf(out).map((s) => s.name)).toEqual(['25% coverage']);
    expect(err).toBe('note: --budget-basis has no effect without --budget\n');
  });

  it.each([
    [['--budget', '-5'], '--budget: -5 is outside £0–£10,000,000,000 a year'],
    [['--budget', 'lots'], '--budget: "lots" is not a number: type £ a year, e.g. 5000000 or £5,000,000'],
    [['--budget', '20000000000'], '--budget: 20000000000 is outside £0–£10,000,000,000 a year'],
    [['--budget', '5000000', '--budget-basis', 'salary'], '--budget-basis: "salary" is not engagement or staff'],
  ])('refuses %p', async (args, message) => {
    const { code, out, err } = await runCli(['--json', ...args]);
    expect([code, out]).toEqual([2, '']);
    expect(err.split('\n')[0]).toContain(`error: ${message}`);
  });

  it('writes the budget scenarios into the workbook, its budget cell driving the coverage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-budget-'));
    const { code, out, err } = await runCli(['--budget', '5000000', '--budget-basis', 'staff', '--out', 'b.xlsx'], dir);
    expect(code).toBe(0);
    expect(statSync(join(dir, 'b.xlsx')).size).toBeGreaterThan(1000);
    expect(out).toBe(`Wrote ${join(dir, 'b.xlsx')} (£5,000,000 staff budget; 14 areas)\n`);
    expect(err).toMatch(
      /^note: £5,000,000 staff budget: buys 19\.16\d*% coverage, \d+ ES; planned cost £[\d,]+ a year, £[\d,]+ over the budget$/m,
    );
    expect(err).not.toMatch(/not in the workbook yet/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'b.xlsx'));
    const sheet = wb.getWorksheet('£5,000,000 staff budget')!;
    const values: unknown[] = [];
    sheet.getRow(2).eachCell((cell) => values.push(cell.value));
    expect(values).toContain(5_000_000);
  });
});

describe('npm run plan -- --sensitivity', () => {
  it('adds each scenario’s sensitivity to the JSON, in the units of its assumptions, equal to a re-plan', async () => {
    const { code, out } = await runCli(['--json', '--sensitivity', '--coverage', '25,50']);
    expect(code).toBe(0);
    for (const s of scenariosOf(out)) {
      expect(s.sensitivity).toHaveLength(6);
      for (const row of s.sensitivity!) {
        for (const key of [
          'assumption',
          'label',
          'low',
          'high',
          'source',
          'specialistsLow',
          'specialistsHigh',
          'costPerYearLow',
          'costPerYearHigh',
          'jobOutcomesLow',
          'jobOutcomesHigh',
        ])
          expect(row).toHaveProperty(key);
        const key = row.assumption as string;
        expect(key === 'smiContacts' || key in s.assumptions).toBe(true);
      }
      const interested = s.sensitivity!.find((r) => r.assumption === 'interested')!;
      expect([interested.low, interested.high]).toEqual([0.2, 0.47]);
      const high = computePlan(SCOTLAND_2018, {
        ...DEFAULT_ASSUMPTIONS,
        coverage: s.assumptions.coverage,
        interested: 0.47,
      });
      expect(interested.specialistsHigh).toBe(high.totals.specialists);
      expect(interested.costPerYearHigh).toBe(high.totals.costPerYear);
    }
  });

  it('leaves the JSON as it was without --sensitivity', async () => {
    const { out } = await runCli(['--json']);
    expect(scenariosOf(out)[0]).not.toHaveProperty('sensitivity');
  });

  it('with --out, adds the Sensitivity sheet following the first scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-sens-'));
    const { code, err } = await runCli(['--sensitivity', '--coverage', '25,50', '--out', 's.xlsx'], dir);
    expect([code, err]).toEqual([0, '']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 's.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      '25% coverage',
      '50% coverage',
      'Sensitivity',
      'Notes',
    ]);
  });
});
