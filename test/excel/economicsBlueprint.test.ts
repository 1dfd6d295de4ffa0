/** The Office.js writer with a workbook that has the Economic case sheet (names, validations, chart, print). */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { ECONOMIC_INPUT_INFO } from '../../src/model/economics';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed, cellAddress, sheetRef } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';
import { expectCellsMatch } from './fixtures';

test('the Economic case sheet lands with its workbook names, blue validated inputs, chart and A4 print setup', async () => {
  const fake = createFakeExcel();
  const { blueprint: bp, index } = buildWorkbookIndexed({
    areas: scotlandBoards(),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
    economics: { scenario: 1 },
  });
  const e = index.economics!;
  const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });
  expect(result.sheets.map((s) => s.name)).toContain('Economic case');
  expect(expectCellsMatch(fake, bp)).toBeGreaterThan(600);
  const at = (pos: { row: number; col: number }) => `=${sheetRef(e.sheet)}!${cellAddress(pos.row, pos.col, true)}`;
  const wanted = [
    ...ECONOMIC_INPUT_INFO.map((i) => [i.name, at(e.inputs[i.key])]),
    ['IPS_PresentCost', at(e.results.presentCost)],
    ['IPS_PresentBenefits', at(e.results.presentBenefits)],
    ['IPS_NPV', at(e.results.netPresentValue)],
    ['IPS_BCR', at(e.results.benefitCostRatio)],
    ['IPS_BreakEvenValue', at(e.results.breakEvenValuePerJobOutcome)],
  ];
  const names = new Map(fake.state.names.map((n) => [n.name, n.formula]));
  for (const [name, formula] of wanted) expect([name, names.get(name)]).toEqual([name, formula]);
  const sheet = fake.sheet('Economic case')!;
  const discount = sheet.validations.find((v) => v.address.endsWith(cellAddress(e.inputs.discountRate.row, 1)));
  expect(discount?.rule).toMatchObject({ decimal: { formula1: 0, formula2: 0.2 } });
  expect(sheet.validations.length).toBe(ECONOMIC_INPUT_INFO.length);
  expect(fake.cell(`'Economic case'!${cellAddress(e.inputs.discountRate.row, 1)}`).format?.fontColor).toBe('#0000FF');
  expect(sheet.charts.map((c) => [c.type, c.series.length])).toEqual([['ColumnClustered', 2]]);
  expect([sheet.pageLayout.orientation, sheet.pageLayout.paperSize]).toEqual(['Portrait', 'A4']);
});
