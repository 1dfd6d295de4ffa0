/** The Office.js writer with a workbook that has the Monitoring sheet (table, validations, charts). */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';
import { expectCellsMatch } from './fixtures';

test('the Monitoring sheet lands with its IPS_Actuals table, actuals and charts', async () => {
  const fake = createFakeExcel();
  const bp = buildWorkbook({
    areas: scotlandBoards(),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
    monitoring: { actuals: [{ area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: null }] },
  });
  const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });
  expect(result.sheets.map((s) => s.name)).toContain('Monitoring');
  expect(expectCellsMatch(fake, bp)).toBeGreaterThan(500);
  expect(fake.sheet('Monitoring')!.charts.length).toBe(2);
  const table = fake.state.tables.find((t) => t.name === 'IPS_Actuals')!;
  expect([table.hasHeaders, table.rect.rows]).toEqual([true, 1 + 14 * 5]);
});
