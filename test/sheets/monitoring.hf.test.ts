/**
 * The Monitoring sheet recalculated by a formula engine (HyperFormula) and compared with the model
 * (src/model/monitoring.ts): the plan columns follow the scenario sheet live, differences, rates and
 * statuses follow the typed actuals, and blanks stay "not reported".
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { type Actual, FIGURE_KEYS, KPI_KEYS, monitoringRows } from '../../src/model/monitoring';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed } from '../../src/sheets';
import { figureColumn, statusColumn } from '../../src/sheets/monitoring/layout';
import { loadBlueprint } from './hf';

const areas = scotlandBoards();
const base = { ...DEFAULT_ASSUMPTIONS };
const scenarios = coverageScenarios(base, [0.25, 0.5]);
const actuals: Actual[] = [
  // Fife, year 1: 30 clients per ES is below year 1's 35; 50% into work is met; 60% kept is below 65%.
  { area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: 18 },
  { area: 'Lothian', year: 2, specialists: 10, clients: 450, jobOutcomes: 170, sustained: null },
  { area: 'Grampian', year: 1, specialists: 0, clients: null, jobOutcomes: null, sustained: null },
];

function build(monitoring: { scenario?: number; actuals?: Actual[] }) {
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    monitoring,
  });
  return { blueprint, index, wb: loadBlueprint(blueprint), m: index.monitoring! };
}

const close = (a: unknown, b: number | null) =>
  b === null ? a === '' || a === null : typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('the Monitoring sheet, recalculated', () => {
  it('sits after the scenario sheets, before Notes, with an IPS_Actuals table of one row per area per year', () => {
    const { blueprint, m } = build({ scenario: 1, actuals });
    expect(blueprint.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Inputs',
      '25% coverage',
      '50% coverage',
      'Monitoring',
      'Notes',
    ]);
    const sheet = blueprint.sheets[4];
    expect(sheet.tables).toEqual([expect.objectContaining({ name: 'IPS_Actuals' })]);
    expect(sheet.tables[0].range.rows).toBe(1 + areas.length * 5);
    expect(m.scenarioSheet).toBe('50% coverage');
  });

  it('equals the model: plan, actual, difference, % of plan, rates and statuses, row by row', () => {
    const { wb, m } = build({ scenario: 1, actuals });
    const rows = monitoringRows(computePlan(areas, scenarios[1].assumptions), actuals);
    expect(m.table.rows.map((r) => `${r.area} ${r.year}`)).toEqual(rows.map((r) => `${r.area} ${r.year}`));
    const c = m.table.columns;
    const mismatches: string[] = [];
    rows.forEach((row, r) => {
      const at = (col: number) => wb.value(m.sheet, { row: m.table.firstRow + r, col });
      const check = (what: string, got: unknown, want: number | null | string) => {
        const ok = typeof want === 'string' ? got === want : close(got, want);
        if (!ok) mismatches.push(`${row.area} ${row.label} ${what}: ${JSON.stringify(got)} ≠ ${want}`);
      };
      for (const key of FIGURE_KEYS) {
        check(`plan ${key}`, at(c[figureColumn('planned', key)]), row.planned[key]);
        check(`actual ${key}`, at(c[figureColumn('actual', key)]), row.actual[key]);
        check(`difference ${key}`, at(c[figureColumn('difference', key)]), row.difference[key]);
        check(`% ${key}`, at(c[figureColumn('percent', key)]), row.percentOfPlan[key]);
      }
      check('job outcome rate', at(c.jobOutcomeRate), row.jobOutcomeRate);
      check('sustained rate', at(c.sustainedRate), row.sustainedRate);
      check('clients per ES', at(c.clientsPerEs), row.clientsPerEs);
      for (const kpi of KPI_KEYS) check(`status ${kpi}`, at(c[statusColumn(kpi)]), row.status[kpi]);
    });
    expect(mismatches).toEqual([]);
    // And against the thresholds by hand: Fife year 1.
    const fife = m.table.rows.findIndex((r) => r.area === 'Fife' && r.year === 1);
    const status = (col: number) => wb.value(m.sheet, { row: m.table.firstRow + fife, col });
    expect([status(c.statusClientsPerEs), status(c.statusJobOutcomeRate), status(c.statusSustainedRate)]).toEqual([
      'below',
      'met',
      'below',
    ]);
  });

  it('keeps blanks "not reported", and a status follows a changed actual', () => {
    const { wb, m } = build({});
    const c = m.table.columns;
    const all = m.table.rows.flatMap((_, r) =>
      [c.statusClientsPerEs, c.statusJobOutcomeRate, c.statusSustainedRate].map((col) =>
        wb.value(m.sheet, { row: m.table.firstRow + r, col }),
      ),
    );
    expect(new Set(all)).toEqual(new Set(['not reported']));
    const r = m.table.firstRow;
    wb.set(m.sheet, { row: r, col: c.actualClients }, 100);
    wb.set(m.sheet, { row: r, col: c.actualJobOutcomes }, 39);
    expect(wb.value(m.sheet, { row: r, col: c.statusJobOutcomeRate })).toBe('below');
    wb.set(m.sheet, { row: r, col: c.actualJobOutcomes }, 40);
    expect(wb.value(m.sheet, { row: r, col: c.statusJobOutcomeRate })).toBe('met');
    expect(wb.value(m.sheet, { row: r, col: c.jobOutcomeRate })).toBeCloseTo(0.4, 12);
  });

  it('follows the scenario sheet live: a new coverage changes the plan columns', () => {
    const { wb, m, index } = build({});
    const s = index.scenarios[0];
    const r = m.table.firstRow + m.table.rows.length - 1; // the last year of the last area
    const before = wb.number(m.sheet, { row: r, col: m.table.columns.plannedClients });
    wb.set(s.sheet, s.assumptions.coverage, 0.5);
    const after = monitoringRows(computePlan(areas, { ...base, coverage: 0.5 })).at(-1)!;
    expect(wb.number(m.sheet, { row: r, col: m.table.columns.plannedClients })).toBeCloseTo(after.planned.clients, 9);
    expect(after.planned.clients).not.toBeCloseTo(before, 3);
  });

  it('sums plan and actual by year above the table; a year nobody reported shows blanks, not 0', () => {
    const { wb, m } = build({ scenario: 1, actuals });
    const plan = computePlan(areas, scenarios[1].assumptions);
    const s = m.summary;
    const at = (year: number, col: number) => wb.value(m.sheet, { row: s.firstRow + year - 1, col });
    plan.totals.years.forEach((y) => {
      expect(close(at(y.year, s.columns.plannedSpecialists), y.specialists)).toBe(true);
      expect(close(at(y.year, s.columns.plannedJobOutcomes), y.jobOutcomes)).toBe(true);
    });
    expect(at(1, s.columns.actualSpecialists)).toBe(2); // Fife 2 + Grampian 0
    expect(at(1, s.columns.actualClients)).toBe(60);
    expect(at(1, s.columns.jobOutcomeRate)).toBeCloseTo(0.5, 12);
    expect(at(1, s.columns.reporting)).toBe('1 of 14'); // Grampian reported ES only
    // Year 2: Lothian reported 170 jobs of 450 clients, no 13-week figure.
    expect(at(2, s.columns.jobOutcomeRate)).toBeCloseTo(170 / 450, 12);
    expect(at(2, s.columns.sustainedRate)).toBe('');
    expect(at(3, s.columns.actualSpecialists)).toBe('');
    expect(at(3, s.columns.reporting)).toBe('0 of 14');
  });
});
