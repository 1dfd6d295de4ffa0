/**
 * The fake refuses what Excel refuses (each rule cites its Microsoft page where the fake applies it), so a
 * writer that would fail in Excel fails in the tests first.
 */
import { createFakeExcel } from '../fake-excel';

const setRange = (fake: ReturnType<typeof createFakeExcel>, address: string, property: string, value: unknown) => {
  (fake.context.workbook.worksheets.getItem('Sheet1').getRange(address) as unknown as Record<string, unknown>)[
    property
  ] = value;
};

describe('the fake refuses what Excel refuses', () => {
  test.each(['values', 'formulas', 'formulasR1C1', 'numberFormat'])(
    '%s of another 2-D shape than the range, and nothing of that request after it',
    async (property) => {
      const fake = createFakeExcel();
      setRange(fake, 'A1:B2', property, [['0', '0']]);
      setRange(fake, 'C1', 'values', [[1]]);
      await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(fake.cell('Sheet1!C1').value).toBeNull();
      setRange(fake, 'A1:B2', property, [['0'], ['0']]);
      await expect(fake.context.sync()).rejects.toThrow(/doesn't match the size or dimensions of the range/);
    },
  );

  test('a formula over 8,192 characters (8,192 is taken)', async () => {
    const fake = createFakeExcel();
    // Long, not deep: the engine behind the fake recurses on nesting.
    const formula = (n: number) => `=LEN("${'x'.repeat(n - 8)}")`;
    setRange(fake, 'A1', 'formulas', [[formula(8192)]]);
    await fake.context.sync();
    expect(fake.cell('Sheet1!A1').formula).toHaveLength(8192);
    setRange(fake, 'A2', 'formulas', [[formula(8194)]]);
    await expect(fake.context.sync()).rejects.toThrow(/A2 is 8194 characters; Excel takes at most 8192/);
  });

  test('a sheet renamed to another sheet’s name, whatever its case', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Plan' }, { name: 'Other' }] });
    fake.context.workbook.worksheets.getItem('Other').name = 'PLAN';
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(fake.sheetNames()).toEqual(['Plan', 'Other']);
  });

  const withHeaders = (headers: (string | null)[], merged?: string[]) =>
    createFakeExcel({ sheets: [{ name: 'Sheet1', cells: [headers, [1, 2, 3]], merged }] });

  test.each([
    [['Area', null, 'ES'], /header Sheet1!B1 is empty/],
    [['Area', 'ES', 'es'], /repeat "es" \(Sheet1!C1\)/],
  ])('a table whose headers are %p', async (headers, why) => {
    const fake = withHeaders(headers);
    fake.context.workbook.worksheets.getItem('Sheet1').tables.add('A1:C2', true);
    await expect(fake.context.sync()).rejects.toThrow(why);
    expect(fake.state.tables).toEqual([]);
  });

  test('a table over merged cells, or over another table', async () => {
    const fake = withHeaders(['Area', 'ES', 'Cost'], ['B2:C2']);
    const tables = fake.context.workbook.worksheets.getItem('Sheet1').tables;
    tables.add('A1:C2', true);
    await expect(fake.context.sync()).rejects.toThrow(/merged cells \(Sheet1!B2:C2\)/);
    tables.add('A1:A2', true);
    await fake.context.sync();
    tables.add('A1:A3', false);
    await expect(fake.context.sync()).rejects.toThrow(/overlap another table/);
    expect(fake.state.tables).toHaveLength(1);
  });

  test('deleting the last visible sheet', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Only' }] });
    fake.context.workbook.worksheets.getItem('Only').delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.sheetNames()).toEqual(['Only']);
  });

  test('a request over 5 MB, with none of it applied', async () => {
    const fake = createFakeExcel();
    setRange(fake, 'B1', 'values', [['first']]);
    const big = Array.from({ length: 5500 }, () => ['x'.repeat(1000)]);
    fake.context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, big.length, 1).values = big;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('Sheet1!B1').value).toBeNull();
  });

  test('a failed request is not a transaction: what was queued before the failing action stays applied', async () => {
    const fake = createFakeExcel();
    setRange(fake, 'A1', 'values', [[1]]);
    fake.context.workbook.worksheets.add('Added');
    setRange(fake, 'A2:B2', 'values', [[1]]);
    setRange(fake, 'A3', 'values', [[3]]);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect([fake.cell('Sheet1!A1').value, fake.cell('Sheet1!A3').value]).toEqual([1, null]);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Added']);
  });
});
