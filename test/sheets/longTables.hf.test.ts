/**
 * Per-area tables longer than a printed page are laid out a page at a time, each page under its own
 * heading row (a sheet repeats only one band of rows on paper). The rows skip, so this checks that every
 * formula that reaches an area's row still finds it: scenario sheets, Summary, Sensitivity and Monitoring,
 * recalculated by HyperFormula against the model, and the page breaks fall on the repeated headings.
 */
import type { Area } from '../../src/model/areas';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { type Actual, FIGURE_KEYS, monitoringRows } from '../../src/model/monitoring';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { sensitivity } from '../../src/model/sensitivity';
import { buildWorkbookIndexed } from '../../src/sheets';
import { GRIDS } from '../../src/sheets/scenario';
import { figureColumn } from '../../src/sheets/monitoring/layout';
import { expectSheetMatchesPlan, expectSummaryMatchesPlans } from './compare';
import { loadBlueprint } from './hf';

const N = 120;
const areas: Area[] = Array.from({ length: N }, (_, i) => ({
  name: `Locality ${i + 1}`,
  smiContacts: 150 + ((i * 7919) % 900),
  population: 20000 + ((i * 104729) % 60000),
  phase: 1 + (i % 3),
}));
const base = { ...DEFAULT_ASSUMPTIONS };
const scenarios = coverageScenarios(base, [0.25, 0.5]);
const actuals: Actual[] = [
  { area: 'Locality 77', year: 2, specialists: 1, clients: 30, jobOutcomes: 12, sustained: null },
  { area: 'Locality 120', year: 5, specialists: 2, clients: null, jobOutcomes: null, sustained: null },
];

const { blueprint, index } = buildWorkbookIndexed({
  areas,
  base,
  scenarios,
  generated: new Date('2026-05-12T09:30:00Z'),
  version: 'test',
  sensitivity: { scenario: 1 },
  monitoring: { scenario: 1, actuals },
});
const wb = loadBlueprint(blueprint);
const plans = scenarios.map((s) => computePlan(areas, s.assumptions));

/** The rows a table's body skips: where its heading is written again. */
function skipped(rows: readonly number[]): number[] {
  return rows.slice(1).flatMap((r, i) => (r === rows[i] + 1 ? [] : [rows[i] + 1]));
}

describe(`a ${N}-area workbook, whose per-area tables go over pages`, () => {
  const s = index.scenarios[0];

  it('writes each table a page at a time, the heading row again at the top of each page', () => {
    const boardBreaks = skipped(s.boards.rows);
    expect(boardBreaks.length).toBeGreaterThanOrEqual(2);
    const heading = (row: number) => Object.values(s.boards.columns).map((col) => wb.value(s.sheet, { row, col }));
    for (const row of boardBreaks) expect(heading(row)).toEqual(heading(s.boards.headerRow));
    for (const g of GRIDS) {
      const grid = s.grids[g];
      const repeats = skipped(grid.rows);
      expect(repeats.length).toBeGreaterThanOrEqual(2);
      const firstHeading = wb.value(s.sheet, { row: grid.rows[0] - 1, col: grid.col });
      for (const row of repeats) expect(wb.value(s.sheet, { row, col: grid.col })).toBe(firstHeading);
    }
    // Each repeated heading starts a printed page.
    const sheet = blueprint.sheets.find((b) => b.name === s.sheet)!;
    for (const row of [...boardBreaks, ...GRIDS.flatMap((g) => skipped(s.grids[g].rows))])
      expect([row, sheet.print!.rowBreaks.includes(row)]).toEqual([row, true]);
  });

  it('has every figure of the scenario sheets and the Summary equal to the model', () => {
    index.scenarios.forEach((sheet, i) => expectSheetMatchesPlan(wb, sheet, plans[i]));
    expectSummaryMatchesPlans(wb, index.summary, plans);
  });

  it('re-plans every Sensitivity row as the model does', () => {
    const sens = index.sensitivity!;
    const rows = sensitivity(areas, scenarios[1].assumptions);
    const got = rows.map((_, i) => [
      wb.number(sens.sheet, { row: sens.firstRow + i, col: sens.columns.esLow }),
      wb.number(sens.sheet, { row: sens.firstRow + i, col: sens.columns.esHigh }),
    ]);
    expect(got).toEqual(rows.map((r) => [r.specialistsLow, r.specialistsHigh]));
  });

  it('gives the Monitoring table the plan of the right area and year, row by row', () => {
    const m = index.monitoring!;
    const rows = monitoringRows(plans[1], actuals);
    const wrong = rows.flatMap((row, r) =>
      FIGURE_KEYS.flatMap((key) => {
        const got = wb.value(m.sheet, {
          row: m.table.firstRow + r,
          col: m.table.columns[figureColumn('planned', key)],
        });
        return typeof got === 'number' && Math.abs(got - row.planned[key]) < 1e-9
          ? []
          : [`${row.area} ${row.label} ${key}: ${String(got)} ≠ ${row.planned[key]}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
