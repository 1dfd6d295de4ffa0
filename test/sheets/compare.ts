import type { Plan } from '../../src/model/plan';
import { ScenarioSheetIndex } from '../../src/sheets/scenario';
import { SummarySheetIndex, SUMMARY_ROWS } from '../../src/sheets/summary';
import { LoadedWorkbook } from './hf';

/** Every figure of a scenario sheet, as the engine computed it, against the pure model's plan. */
export function expectSheetMatchesPlan(wb: LoadedWorkbook, s: ScenarioSheetIndex, plan: Plan): void {
  const { boards, grids, byYear } = s;
  expect(boards.count).toBe(plan.areas.length);
  const at = (row: number, col: number) => ({ row, col });
  const close = (row: number, col: number, expected: number, what: string) => {
    const got = wb.number(s.sheet, at(row, col));
    if (Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new Error(`${s.sheet} ${what}: sheet ${got}, model ${expected}`);
    }
    expect(got).toBeCloseTo(expected, closeDigits(expected));
  };
  const exact = (row: number, col: number, expected: number, what: string) => {
    const got = wb.number(s.sheet, at(row, col));
    if (got !== expected) throw new Error(`${s.sheet} ${what}: sheet ${got} ES, model ${expected}`);
  };
  const blankOr = (row: number, col: number, expected: number | null, what: string) => {
    if (expected === null) expect(wb.value(s.sheet, at(row, col))).toBe('');
    else close(row, col, expected, what);
  };
  const c = boards.columns;
  plan.areas.forEach((p, i) => {
    const r = boards.rows[i];
    const w = `${p.name}`;
    expect(wb.value(s.sheet, at(r, c.name))).toBe(p.name);
    close(r, c.smiContacts, p.smiContacts, `${w} contacts`);
    close(r, c.eligible, p.eligible, `${w} eligible`);
    close(r, c.clientsPerYear, p.clientsPerYear, `${w} clients`);
    exact(r, c.specialists, p.specialists, `${w} ES`);
    close(r, c.teamLeaders, p.teamLeaders, `${w} team leaders`);
    close(r, c.jobOutcomesPerYear, p.jobOutcomesPerYear, `${w} job outcomes`);
    close(r, c.sustainedOutcomesPerYear, p.sustainedOutcomesPerYear, `${w} sustained`);
    close(r, c.costPerYear, p.costPerYear, `${w} cost`);
    close(r, c.staffCostPerYear, p.staffCostPerYear, `${w} staff cost`);
    blankOr(r, c.costPerJobOutcome, p.costPerJobOutcome, `${w} £ per job`);
    blankOr(r, c.contactsPer100k, p.contactsPer100k, `${w} contacts per 100k`);
    const flag = wb.value(s.sheet, at(r, c.dataQualityFlag));
    if ((flag !== '') !== (p.dataQualityFlag !== null))
      throw new Error(`${s.sheet} ${w} flag: sheet "${flag}", model ${p.dataQualityFlag}`);
    close(r, c.rolloutStart, s.rollout === 'existing' ? (p.existingEs ?? 0) : Math.min(p.phase, s.years), `${w} start`);
    p.years.forEach((y, k) => {
      const g = (key: keyof typeof grids) => [grids[key].rows[i], grids[key].col + k] as const;
      exact(...g('specialists'), y.specialists, `${w} year ${y.year} ES in post`);
      exact(...g('newSpecialists'), y.newSpecialists, `${w} year ${y.year} new ES`);
      close(...g('clients'), y.clients, `${w} year ${y.year} clients`);
    });
  });

  const t = plan.totals;
  const tr = boards.totalsRow;
  close(tr, c.smiContacts, t.smiContacts, 'total contacts');
  close(tr, c.eligible, t.eligible, 'total eligible');
  close(tr, c.clientsPerYear, t.clientsPerYear, 'total clients');
  exact(tr, c.specialists, t.specialists, 'total ES');
  close(tr, c.teamLeaders, t.teamLeaders, 'total team leaders');
  close(tr, c.jobOutcomesPerYear, t.jobOutcomesPerYear, 'total job outcomes');
  close(tr, c.sustainedOutcomesPerYear, t.sustainedOutcomesPerYear, 'total sustained');
  close(tr, c.costPerYear, t.costPerYear, 'total cost');
  close(tr, c.staffCostPerYear, t.staffCostPerYear, 'total staff cost');
  blankOr(tr, c.costPerJobOutcome, t.costPerJobOutcome, 'total £ per job');
  blankOr(tr, c.contactsPer100k, t.contactsPer100k, 'total contacts per 100k');
  close(s.derived.managers.row, s.derived.managers.col, t.managers, 'managers');
  close(s.derived.totalCostPerYear.row, s.derived.totalCostPerYear.col, t.totalCostPerYear, 'cost with support');

  expect(t.years).toHaveLength(s.years);
  t.years.forEach((y, k) => {
    const r = byYear.firstRow + k;
    const yc = byYear.columns;
    expect(wb.value(s.sheet, at(r, yc.label))).toBe(y.label);
    exact(r, yc.specialists, y.specialists, `year ${y.year} ES in post`);
    exact(r, yc.newSpecialists, y.newSpecialists, `year ${y.year} new ES`);
    close(r, yc.clients, y.clients, `year ${y.year} clients`);
    close(r, yc.jobOutcomes, y.jobOutcomes, `year ${y.year} job outcomes`);
    close(r, yc.cost, y.cost, `year ${y.year} cost`);
    close(r, yc.staffCost, y.staffCost, `year ${y.year} staff cost`);
  });
  close(byYear.totalsRow, byYear.columns.cost, t.rolloutCost, 'rollout cost');
  close(byYear.totalsRow, byYear.columns.staffCost, t.rolloutStaffCost, 'rollout staff cost');
}

/** The summary's column for each scenario against the model's totals. */
export function expectSummaryMatchesPlans(wb: LoadedWorkbook, summary: SummarySheetIndex, plans: Plan[]): void {
  plans.forEach((plan, i) => {
    const t = plan.totals;
    const expected: Record<(typeof SUMMARY_ROWS)[number], number | null> = {
      coverage: plan.assumptions.coverage,
      costPerEngagement: plan.assumptions.costPerEngagement,
      eligible: t.eligible,
      clientsPerYear: t.clientsPerYear,
      specialists: t.specialists,
      teamLeaders: t.teamLeaders,
      managers: t.managers,
      costPerYear: t.costPerYear,
      totalCostPerYear: t.totalCostPerYear,
      staffCostPerYear: t.staffCostPerYear,
      rolloutCost: t.rolloutCost,
      rolloutStaffCost: t.rolloutStaffCost,
      jobOutcomesPerYear: t.jobOutcomesPerYear,
      sustainedOutcomesPerYear: t.sustainedOutcomesPerYear,
      costPerJobOutcome: t.costPerJobOutcome,
    };
    for (const key of SUMMARY_ROWS) {
      const pos = { row: summary.rows[key], col: summary.columns[i] };
      const want = expected[key];
      if (want === null) expect(wb.value(summary.sheet, pos)).toBe('');
      else expect(wb.number(summary.sheet, pos)).toBeCloseTo(want, closeDigits(want));
    }
  });
}

/** Decimal places for toBeCloseTo that ask for 9 significant digits (sums in another order differ in the 16th). */
export function closeDigits(expected: number): number {
  return 9 - Math.ceil(Math.log10(Math.max(1, Math.abs(expected))));
}
