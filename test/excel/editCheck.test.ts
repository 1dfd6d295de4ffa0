/**
 * Re-running "create" must not lose what the user typed into a plan sheet without saying so first: the
 * writer keeps a fingerprint of what it wrote; a replace compares and refuses, naming sheets and cells,
 * unless the caller confirms with discardEdits.
 */
import { PlanEditedError, changedPlanCells, writeBlueprint } from '../../src/hosts/excel';
import { cellHash, changedCells, contentOf } from '../../src/hosts/excel/fingerprint';
import { createFakeExcel } from '../fake-excel';
import { INPUTS, SCENARIO, expectCellsMatch, makeBlueprint } from './fixtures';

async function planned() {
  const fake = createFakeExcel();
  await writeBlueprint(fake.context, makeBlueprint({ areas: 5 }), { supports: fake.supports });
  return fake;
}

/** As the user would type into a cell. */
async function type(fake: Awaited<ReturnType<typeof planned>>, sheet: string, address: string, entry: unknown) {
  fake.context.workbook.worksheets.getItem(sheet).getRange(address).values = [[entry]];
  await fake.context.sync();
}

describe('edits in plan sheets', () => {
  test('a sheet as written shows no change', async () => {
    const fake = await planned();
    await expect(changedPlanCells(fake.context)).resolves.toEqual([]);
  });

  test('a changed number, a changed formula, a cleared cell and a note beside the table are all found', async () => {
    const fake = await planned();
    await type(fake, INPUTS, 'C9', 4321); // a figure in the areas table
    await type(fake, SCENARIO, 'D6', '=C6*0.5'); // a formula
    await type(fake, SCENARIO, 'A1', ''); // the title, cleared
    await type(fake, SCENARIO, 'H40', 'my note'); // outside what the add-in wrote
    fake.resetCounters();
    const changes = await changedPlanCells(fake.context);
    expect(fake.syncCount).toBe(2);
    expect(changes).toEqual([
      { sheet: INPUTS, addresses: ['C9'], count: 1 },
      { sheet: SCENARIO, addresses: ['A1', 'D6', 'H40'], count: 3 },
    ]);
  });

  test('a replace over edits is refused, names the sheets and cells, and changes nothing', async () => {
    const fake = await planned();
    await type(fake, INPUTS, 'C9', 4321);
    const before = fake.snapshot();
    const write = writeBlueprint(fake.context, makeBlueprint({ areas: 6 }), { supports: fake.supports });
    await expect(write).rejects.toThrow(PlanEditedError);
    await expect(write).rejects.toThrow(/"IPS inputs" has a changed cell \(C9\).*Nothing was changed/);
    expect(fake.snapshot()).toBe(before);
  });

  test('with discardEdits the replace goes ahead; the new sheets then show no change', async () => {
    const fake = await planned();
    await type(fake, INPUTS, 'C9', 4321);
    const bp = makeBlueprint({ areas: 6 });
    await writeBlueprint(fake.context, bp, { supports: fake.supports, discardEdits: true });
    expectCellsMatch(fake, bp);
    await expect(changedPlanCells(fake.context)).resolves.toEqual([]);
    // Old fingerprints went with the old sheets: one part per plan sheet.
    expect(fake.state.customXmlParts).toHaveLength(2);
  });

  test('renaming a plan sheet is not an edit; a sheet without a fingerprint cannot be checked and says so', async () => {
    const fake = await planned();
    fake.context.workbook.worksheets.getItem(SCENARIO).name = 'Mine';
    await fake.context.sync();
    await expect(changedPlanCells(fake.context)).resolves.toEqual([]);
    fake.state.customXmlParts.splice(0, 1); // as if written by an older version
    await expect(changedPlanCells(fake.context)).resolves.toEqual([
      { sheet: INPUTS, addresses: [], count: 0, unchecked: true },
    ]);
    await expect(
      writeBlueprint(fake.context, makeBlueprint({ areas: 5 }), { supports: fake.supports }),
    ).rejects.toThrow(/"IPS inputs" could not be checked/);
  });

  test('more changed cells than listed are counted', () => {
    const fp = { rows: 1, cols: 8, hashes: cellHash('').repeat(8) };
    const used = { row: 0, col: 0, formulas: [[1, 2, 3, 4, 5, 6, 7, '']] };
    expect(changedCells(fp, used)).toEqual({ addresses: ['A1', 'B1', 'C1', 'D1', 'E1'], count: 7 });
    expect(contentOf('= sum(A1)')).toBe(contentOf('=SUM(A1)'));
    // What Excel normalises on its own is not an edit: 15 significant digits, needless sheet-name quotes.
    expect(contentOf(1 / 3)).toBe(contentOf(0.333333333333333));
    expect(contentOf("='Inputs'!A1")).toBe(contentOf('=Inputs!A1'));
    expect(contentOf(0.1)).not.toBe(contentOf(0.2));
    expect(contentOf('=A1')).not.toBe(contentOf('=A2'));
  });
});
