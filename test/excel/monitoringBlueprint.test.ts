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

describe('status colours (conditional formats, ExcelApi 1.6)', () => {
  const base = { ...DEFAULT_ASSUMPTIONS, years: 2 };
  const bp = buildWorkbook({
    areas: scotlandBoards().slice(0, 3),
    base,
    scenarios: coverageScenarios(base, [0.25]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
    monitoring: {},
  });

  it('draws "met" and "below" on the three status columns of the table, a word-equals rule each', async () => {
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    const formats = fake.sheet('Monitoring')!.conditionalFormats ?? [];
    // The table's header row and its 3 areas × 2 years; the status columns by their headers.
    const table = fake.state.tables.find((t) => t.name === 'IPS_Actuals')!;
    const header = fake.values(`Monitoring!A${table.rect.row + 1}:Z${table.rect.row + 1}`)[0];
    const first = header.findIndex((h) => /status/i.test(String(h)));
    const col = (c: number) => String.fromCharCode(65 + c);
    const area = `${col(first)}${table.rect.row + 2}:${col(first + 2)}${table.rect.row + 7}`;
    expect(formats.map((f) => [f.address, f.type, f.rule])).toEqual([
      [area, 'CellValue', { formula1: '="met"', operator: 'EqualTo' }],
      [area, 'CellValue', { formula1: '="below"', operator: 'EqualTo' }],
    ]);
    expect(formats[1].format).toEqual({ 'fill.color': '#FFC7CE', 'font.color': '#9C0006', 'font.bold': true });
  });

  it('skips them where Excel lacks ExcelApi 1.6 (the status words read the same)', async () => {
    const fake = createFakeExcel({ apiVersion: '1.5' });
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    expect(fake.sheet('Monitoring')!.conditionalFormats ?? []).toEqual([]);
  });
});
