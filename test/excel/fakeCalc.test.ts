/**
 * The fake computes: `range.values` of a formula is what the workbook works out (HyperFormula behind it,
 * with Excel's array arithmetic), so the writer's formulas are checked by an engine, not only recorded.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed, cellAddress, sheetRef } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';

describe('the fake computes what it holds', () => {
  test('formulas, names, R1C1 fills and SUMPRODUCT over arrays read back as computed values', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'In',
          cells: [
            [2, 3],
            [4, 5],
          ],
        },
        { name: 'Out' },
      ],
    });
    const wb = fake.context.workbook;
    wb.names.add('Rate', wb.worksheets.getItem('In').getRange('B1'));
    const out = wb.worksheets.getItem('Out');
    out.getRange('A1:D1').formulas = [['=In!A1*Rate', '=SUMPRODUCT((In!A1:A2>2)*In!B1:B2)', '=1/0', '="x"&In!A2']];
    out.getRange('A2:A4').formulasR1C1 = [['=R[-1]C+1'], ['=R[-1]C+1'], ['=R[-1]C+1']];
    const read = out.getRange('A1:D1').load('values,valueTypes');
    const fill = out.getRange('A2:A4').load('values');
    await fake.context.sync();
    expect(read.values).toEqual([[6, 5, '#DIV/0!', 'x4']]);
    expect(read.valueTypes).toEqual([['Double', 'Double', 'Error', 'String']]);
    expect(fill.values).toEqual([[7], [8], [9]]);

    // A change is seen at the next read, in the same batch as the write.
    wb.worksheets.getItem('In').getRange('A1').values = [[10]];
    const again = out.getRange('A1:A2').load('values');
    await fake.context.sync();
    expect(again.values).toEqual([[30], [31]]);
    expect(fake.values('Out!A1:B1')).toEqual([[30, 8]]);
  });

  test('the default workbook written by the Office.js writer computes the model’s figures', async () => {
    const base = { ...DEFAULT_ASSUMPTIONS };
    const scenarios = coverageScenarios(base, [0.25, 0.5, 1]);
    const areas = scotlandBoards();
    const input = { areas, base, scenarios, generated: new Date('2026-05-12T09:30:00Z'), version: 'test' };
    const { blueprint, index } = buildWorkbookIndexed(input);
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, blueprint, { supports: fake.supports });
    index.scenarios.forEach((s, i) => {
      const plan = computePlan(areas, scenarios[i].assumptions);
      const at = (row: number, col: number) => `${sheetRef(s.sheet)}!${cellAddress(row, col)}`;
      const c = s.boards.columns;
      const total = (col: number) => fake.values(at(s.boards.totalsRow, col))[0][0] as number;
      expect(total(c.specialists)).toBe(plan.totals.specialists);
      expect(total(c.eligible)).toBeCloseTo(plan.totals.eligible, 6);
      expect(total(c.costPerYear)).toBeCloseTo(plan.totals.costPerYear, 4);
      plan.areas.forEach((p, k) => expect(fake.values(at(s.boards.rows[k], c.specialists))).toEqual([[p.specialists]]));
    });
  });
});
