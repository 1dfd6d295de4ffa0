import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { sensitivity } from '../../src/model/sensitivity';
import { buildWorkbookIndexed } from '../../src/sheets';
import { loadBlueprint } from './hf';

const base = { ...DEFAULT_ASSUMPTIONS };
const areas = scotlandBoards();

function workbook(rounding: 'nearest-min1' | 'up' | 'none', follow = 0) {
  const b = { ...base, rounding };
  const scenarios = coverageScenarios(b, [0.25, 0.5]);
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base: b,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    sensitivity: { scenario: follow },
  });
  return { index, wb: loadBlueprint(blueprint), scenarios };
}

describe('the Sensitivity sheet, recalculated by a formula engine', () => {
  it.each(['nearest-min1', 'up', 'none'] as const)(
    'has every row equal to the model’s full re-plan (rounding %s)',
    (rounding) => {
      const { index, wb, scenarios } = workbook(rounding, 1);
      const s = index.sensitivity!;
      expect(s.scenario).toBe('50% coverage');
      const rows = sensitivity(areas, scenarios[1].assumptions);
      expect(s.rows).toEqual(rows.map((r) => r.assumption));
      rows.forEach((r, i) => {
        const at = (col: number) => wb.number(s.sheet, { row: s.firstRow + i, col });
        expect([r.assumption, at(s.columns.esLow), at(s.columns.esHigh)]).toEqual([
          r.assumption,
          r.specialistsLow,
          r.specialistsHigh,
        ]);
        expect(at(s.columns.costLow)).toBeCloseTo(r.costPerYearLow, 4);
        expect(at(s.columns.costHigh)).toBeCloseTo(r.costPerYearHigh, 4);
        expect(at(s.columns.jobsLow)).toBeCloseTo(r.jobOutcomesLow, 6);
        expect(at(s.columns.jobsHigh)).toBeCloseTo(r.jobOutcomesHigh, 6);
      });
    },
  );

  it('follows a low typed by the planner, and the scenario’s own cells', () => {
    const { index, wb, scenarios } = workbook('nearest-min1');
    const s = index.sensitivity!;
    const caseload = s.rows.indexOf('caseload');
    wb.set(s.sheet, { row: s.firstRow + caseload, col: s.columns.low }, 30);
    const a = scenarios[0].assumptions;
    const at = (row: number, col: number) => wb.number(s.sheet, { row: s.firstRow + row, col });
    expect(at(caseload, s.columns.esLow)).toBe(computePlan(areas, { ...a, caseload: 30 }).totals.specialists);
    // The scenario's coverage moves every row's plan.
    const sheet = index.scenarios[0];
    wb.set(sheet.sheet, sheet.assumptions.coverage, 0.4);
    const contacts = s.rows.indexOf('smiContacts');
    const low = computePlan(
      areas.map((x) => ({ ...x, smiContacts: x.smiContacts * 0.8 })),
      { ...a, coverage: 0.4 },
    );
    expect(at(contacts, s.columns.esLow)).toBe(low.totals.specialists);
    expect(at(contacts, s.columns.jobsLow)).toBeCloseTo(low.totals.jobOutcomesPerYear, 6);
  });
});
