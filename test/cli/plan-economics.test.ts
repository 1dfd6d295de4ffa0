import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';

interface Year {
  year: number;
  label: string;
  cost: number;
  jobOutcomes: number;
  staffCost: number;
}
interface Economics {
  discountRate: number;
  appraisalYears: number;
  nhsSavingPerJobOutcome: number;
  taxBenefitSavingPerPound: number;
  otherBenefitPerJobOutcome: number;
  years: (Year & {
    benefits: number;
    net: number;
    discountFactor: number;
    presentCost: number;
    presentBenefits: number;
  })[];
  presentCost: number;
  presentBenefits: number;
  netPresentValue: number;
  benefitCostRatio: number;
  costPerJobOutcome: number;
  breakEvenValuePerJobOutcome: number;
  sources: { input: string; source: string }[];
}
interface Scenario {
  name: string;
  assumptions: { budgetBasis?: string };
  totals: { years: Year[]; implementationSupportPerYear: number };
  economics?: Economics;
}

/** Issue 18's arithmetic, from the plan's own years in the same JSON; inputs in the units people type. */
function byHand(s: Scenario, typed: { rate: number; years: number; nhs: number; pence: number; other: number }) {
  const ys = s.totals.years;
  const r = typed.rate / 100;
  const tax = typed.pence / 100;
  let [pc, pb, cost, jobs, djobs] = [0, 0, 0, 0, 0];
  const rows = [];
  for (let t = 0; t < typed.years; t++) {
    const y = ys[Math.min(t, ys.length - 1)];
    const c = (s.assumptions.budgetBasis === 'staff' ? y.staffCost : y.cost) + s.totals.implementationSupportPerYear;
    const b = y.jobOutcomes * (typed.nhs + typed.other) + c * tax;
    const d = 1 / (1 + r) ** t;
    rows.push({ cost: c, jobOutcomes: y.jobOutcomes, benefits: b, discountFactor: d });
    pc += d * c;
    pb += d * b;
    cost += c;
    jobs += y.jobOutcomes;
    djobs += d * y.jobOutcomes;
  }
  return { rows, pc, pb, npv: pb - pc, bcr: pb / pc, cpj: cost / jobs, be: ((1 - tax) * pc) / djobs };
}

async function economicsOf(args: string[]): Promise<Scenario[]> {
  const { code, out, err } = await runCli(['--json', '--economics', ...args]);
  expect([code, err]).toEqual([0, '']);
  return JSON.parse(out).scenarios;
}

function expectArithmetic(s: Scenario, typed: Parameters<typeof byHand>[1]) {
  const e = s.economics!;
  const h = byHand(s, typed);
  expect(e.discountRate).toBeCloseTo(typed.rate / 100, 12);
  expect(e.taxBenefitSavingPerPound).toBeCloseTo(typed.pence / 100, 12);
  expect([e.appraisalYears, e.nhsSavingPerJobOutcome, e.otherBenefitPerJobOutcome]).toEqual([
    typed.years,
    typed.nhs,
    typed.other,
  ]);
  expect(e.years).toHaveLength(typed.years);
  e.years.forEach((y, t) => {
    expect(y.year).toBe(t + 1);
    expect(y.cost).toBeCloseTo(h.rows[t].cost, 6);
    expect(y.jobOutcomes).toBeCloseTo(h.rows[t].jobOutcomes, 9);
    expect(y.benefits).toBeCloseTo(h.rows[t].benefits, 6);
    expect(y.net).toBeCloseTo(h.rows[t].benefits - h.rows[t].cost, 6);
    expect(y.discountFactor).toBeCloseTo(h.rows[t].discountFactor, 12);
  });
  expect(e.presentCost).toBeCloseTo(h.pc, 4);
  expect(e.presentBenefits).toBeCloseTo(h.pb, 4);
  expect(e.netPresentValue).toBeCloseTo(h.npv, 4);
  expect(e.benefitCostRatio).toBeCloseTo(h.bcr, 10);
  expect(e.costPerJobOutcome).toBeCloseTo(h.cpj, 6);
  expect(e.breakEvenValuePerJobOutcome).toBeCloseTo(h.be, 6);
}

const DEFAULTS = { rate: 3.5, years: 10, nhs: 374, pence: 9, other: 0 };

describe('npm run plan -- --json --economics', () => {
  it('adds each scenario its economic case, equal to the arithmetic at the defaults, with its sources', async () => {
    const scenarios = await economicsOf(['--coverage', '25,50']);
    expect(scenarios).toHaveLength(2);
    for (const s of scenarios) expectArithmetic(s, DEFAULTS);
    const [s] = scenarios;
    // Years after the rollout repeat its last year.
    const last = s.totals.years[s.totals.years.length - 1];
    expect(s.economics!.years[9].jobOutcomes).toBe(last.jobOutcomes);
    expect(s.economics!.years.map((y) => y.label)[0]).toBe(s.totals.years[0].label);
    expect(s.economics!.sources.map((x) => x.input)).toHaveLength(5);
    expect(s.economics!.sources.find((x) => /NHS/.test(x.input))!.source).toMatch(/Fair Start Scotland/);
    expect(s.economics!.sources.find((x) => /Tax/.test(x.input))!.source).toMatch(/Sheffield.*9p to 66p/);
  });

  it('follows every flag, typed in percent, years, £ and pence', async () => {
    const typed = { rate: 6, years: 23, nhs: 500, pence: 66, other: 1200 };
    const [s] = await economicsOf([
      '--discount-rate',
      '6%',
      '--appraisal-years',
      '23',
      '--nhs-saving',
      '£500',
      '--tax-benefit-saving',
      '66p',
      '--other-benefit',
      '1,200',
    ]);
    expectArithmetic(s, typed);
  });

  it('works on a staff budget basis (the budget-led scenario costs its staff)', async () => {
    const [s] = await economicsOf(['--budget', '5000000', '--budget-basis', 'staff', '--appraisal-years', '60']);
    expect(s.assumptions.budgetBasis).toBe('staff');
    expectArithmetic(s, { ...DEFAULTS, years: 60 });
  });

  it('leaves the economic case out without --economics, and says the flags alone change nothing', async () => {
    const { code, out, err } = await runCli(['--json', '--discount-rate', '5']);
    expect(code).toBe(0);
    expect(JSON.parse(out).scenarios[0]).not.toHaveProperty('economics');
    expect(err).toBe('note: --discount-rate has no effect without --economics\n');
  });

  it.each([
    [['--discount-rate', '0.035'], '--discount-rate: 0.035 looks like a fraction: type 3.5 (percent a year)'],
    [['--tax-benefit-saving', '0.09'], '--tax-benefit-saving: 0.09 looks like a fraction: type 9 (pence per £1 spent)'],
    [['--discount-rate', '25'], '--discount-rate: 25 is outside 0–20 (percent a year)'],
    [['--appraisal-years', '61'], '--appraisal-years: 61 is outside 1–60 (years)'],
    [['--appraisal-years', '0'], '--appraisal-years: 0 is outside 1–60 (years)'],
    [['--appraisal-years', '7.5'], '--appraisal-years: 7.5 must be a whole number of years'],
    [['--tax-benefit-saving', '120'], '--tax-benefit-saving: 120 is outside 0–100 (pence per £1 spent)'],
    [['--nhs-saving', '-1'], '--nhs-saving: -1 is outside 0–100000 (£ per job outcome)'],
    [['--other-benefit', 'lots'], '--other-benefit: "lots"'],
  ])('refuses %p with the flag, the value and the unit, and writes nothing', async (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-econ-'));
    const { code, out, err } = await runCli(['--json', '--economics', '--out', 'e.xlsx', ...args], dir);
    expect([code, out]).toEqual([2, '']);
    expect(err.split('\n')[0]).toContain(`error: ${message}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
