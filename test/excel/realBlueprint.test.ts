/** The writer with the real blueprint from src/sheets (inputs, three scenarios, summary, notes). */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { MAX_REQUEST_BYTES } from '../../src/hosts/excel/payload';
import type { Area } from '../../src/model/areas';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';
import { expectCellsMatch } from './fixtures';

function areas(n: number): Area[] {
  if (n === 14) return scotlandBoards();
  return Array.from({ length: n }, (_, i) => ({
    name: `Area ${i + 1}`,
    smiContacts: 200 + ((i * 97) % 9000),
    population: 50000 + i,
  }));
}

const blueprint = (n: number) =>
  buildWorkbook({
    areas: areas(n),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
  });

describe('writing the real blueprint', () => {
  test('every cell of the 14-board workbook lands as the blueprint says', async () => {
    const fake = createFakeExcel();
    const bp = blueprint(14);
    const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });
    expect(result.sheets.map((s) => s.name)).toEqual(bp.sheets.map((s) => s.name));
    expect(expectCellsMatch(fake, bp)).toBeGreaterThan(500);
    for (const s of bp.sheets) expect([s.name, fake.sheet(s.name)!.charts.length]).toEqual([s.name, s.charts.length]);
    for (const n of bp.names) expect(fake.state.names.some((x) => x.name === n.name)).toBe(true);
  });

  test.each([14, 1000, 10000])(
    '%i areas: requests < 4 MB and well packed',
    async (n) => {
      const fake = createFakeExcel();
      const bp = blueprint(n);
      const scenarios = bp.sheets.filter((s) => s.role === 'scenario').length;
      await writeBlueprint(fake.context, bp, { supports: fake.supports });
      const largest = Math.max(...fake.requestPayloadSizes);
      // eslint-disable-next-line no-console
      console.log(
        `real blueprint, ${n} areas, ${scenarios} scenarios, ${bp.sheets.length} sheets: ${fake.syncCount} syncs, largest request ${largest} bytes`,
      );
      expect(largest).toBeLessThan(MAX_REQUEST_BYTES);
      // Full 2-D arrays (the documented form) repeat each column's formula in every row, so a large plan
      // needs more requests; none is sent half-empty: the count follows the bytes, never the actions.
      const total = fake.requestPayloadSizes.reduce((a, b) => a + b, 0);
      expect(fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(total / (MAX_REQUEST_BYTES / 2)));
      if (n === 14) expect(fake.syncCount).toBe(2);
    },
    60000,
  );
});
