/** What the pane calls before replacing a plan: the Excel host adapter over the real writer and the fake. */
import * as excelApi from '../../src/hosts/excel';
import { createExcelHost, type ExcelRun } from '../../src/taskpane/host/excelHost';
import { createFakeExcel } from '../fake-excel';
import { INPUTS, makeBlueprint } from './fixtures';

describe('the pane asks before discarding edits', () => {
  test('changedPlanCells lists the edit; a plain replace refuses; discardEdits replaces', async () => {
    const fake = createFakeExcel();
    const run: ExcelRun = (batch) => batch(fake.context);
    const host = createExcelHost(excelApi, run);
    await host.writeScenarios(makeBlueprint({ areas: 4 }));
    await expect(host.changedPlanCells?.()).resolves.toEqual([]);

    fake.context.workbook.worksheets.getItem(INPUTS).getRange('D10').values = [[123]];
    await fake.context.sync();
    await expect(host.changedPlanCells?.()).resolves.toEqual([{ sheet: INPUTS, addresses: ['D10'], count: 1 }]);

    const before = fake.snapshot();
    await expect(host.writeScenarios(makeBlueprint({ areas: 5 }))).rejects.toThrow(/"IPS inputs".*D10/);
    expect(fake.snapshot()).toBe(before);

    const result = await host.writeScenarios(makeBlueprint({ areas: 5 }), undefined, { discardEdits: true });
    expect(result.sheets).toContain(INPUTS);
    expect(fake.cell(`'${INPUTS}'!D10`).value).toBe(100001);
    await expect(host.changedPlanCells?.()).resolves.toEqual([]);
  });
});
