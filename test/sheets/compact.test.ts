import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { FormulaPool } from '../../src/sheets/shared/compact';

test('a later sheet gets the first sheet’s cell where the same formula stands at the same place, never another', () => {
  const pool = new FormulaPool();
  const a = pool.cell('=B5*2', 4, 2);
  const b = pool.cell('=B6*2', 5, 2);
  pool.built(null);
  expect(pool.cell('=B5*2', 4, 2)).toBe(a);
  expect(pool.cell('=B6*3', 5, 2)).toEqual({ formula: '=B6*3' });
  expect(pool.cell('=B6*3', 5, 2)).not.toBe(b);
  expect(pool.cell('=B5*2', 5, 2)).not.toBe(a); // the same text elsewhere is not shared (its place differs)
});

test('the scenario sheets share their formula cells, and every formula reads as if built alone', () => {
  const base = { ...DEFAULT_ASSUMPTIONS };
  const input = { areas: scotlandBoards(), base, generated: new Date('2026-05-12T09:30:00Z'), version: 'test' };
  const scenarios = coverageScenarios(base, [0.25, 0.5, 1]);
  const together = buildWorkbook({ ...input, scenarios });
  const formulas = (sheet: (typeof together.sheets)[number]) =>
    sheet.blocks.flatMap((b) =>
      b.cells.flat().filter((c): c is { formula: string } => c !== null && typeof c === 'object'),
    );
  scenarios.forEach((scenario) => {
    const alone = buildWorkbook({ ...input, scenarios: [scenario] }).sheets.find((s) => s.name === scenario.name)!;
    const shared = together.sheets.find((s) => s.name === scenario.name)!;
    expect(formulas(shared).map((c) => c.formula)).toEqual(formulas(alone).map((c) => c.formula));
  });
  const cells = together.sheets.flatMap(formulas);
  expect(new Set(cells).size).toBeLessThan(cells.length * 0.6);
});
