import { deletePlanSheet, listPlanSheets, writeBlueprint } from '../../src/hosts/excel';
import { createFakeExcel } from '../fake-excel';
import { INPUTS, SCENARIO, makeBlueprint } from './fixtures';

describe('the sheets the add-in created', () => {
  test('are listed, follow renames, and can be deleted with their names', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Mine', cells: [['keep me']] }] });
    await writeBlueprint(fake.context, makeBlueprint({ areas: 4 }), { supports: fake.supports });
    expect(await listPlanSheets(fake.context)).toEqual([
      { name: INPUTS, key: INPUTS, role: 'inputs', position: 1 },
      { name: SCENARIO, key: SCENARIO, role: 'scenario', position: 2 },
    ]);
    fake.context.workbook.worksheets.getItem(SCENARIO).name = 'Renamed';
    await fake.context.sync();
    expect((await listPlanSheets(fake.context)).map((s) => s.name)).toEqual([INPUTS, 'Renamed']);

    await deletePlanSheet(fake.context, 'Renamed');
    expect(fake.sheetNames()).toEqual(['Mine', INPUTS]);
    expect(fake.state.names.filter((n) => n.formula.includes('#REF!'))).toEqual([]);
    await deletePlanSheet(fake.context, INPUTS);
    expect(fake.sheetNames()).toEqual(['Mine']);
    expect(fake.state.names).toEqual([]);
  });

  test("a user's sheet is never deleted, whatever its name", async () => {
    const fake = createFakeExcel({ sheets: [{ name: SCENARIO, cells: [['mine']] }, { name: 'Other' }] });
    const before = fake.snapshot();
    await expect(deletePlanSheet(fake.context, SCENARIO)).rejects.toThrow(/not created by the IPS planner/);
    expect(fake.snapshot()).toBe(before);
    expect(await listPlanSheets(fake.context)).toEqual([]);
  });

  test('a name that only looks like our marker does not make a sheet ours', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Data' }, { name: 'Other' }] });
    fake.state.names.push({
      name: 'IPS_PlanSheet_1',
      formula: '=Data!$A$1',
      comment: 'my own name',
      visible: true,
      type: 'Range',
    });
    expect(await listPlanSheets(fake.context)).toEqual([]);
    await expect(deletePlanSheet(fake.context, 'Data')).rejects.toThrow(/left alone/);
  });
});
