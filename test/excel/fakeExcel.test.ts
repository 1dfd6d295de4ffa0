/** The fake must behave like Excel where the writer relies on it, or the writer tests prove nothing. */
import { createFakeExcel } from '../fake-excel';

describe('fake Excel', () => {
  test('properties are readable only after load and sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1, 2]] }] });
    const range = fake.context.workbook.worksheets.getItem('S').getRange('A1:B1');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await fake.context.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(() => range.address).toThrow(/not available/);
  });

  test('nothing happens before sync; a 2-D array must match the range; a single value is refused (undocumented)', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:C3').values = [[1, 2, 3]];
    expect(fake.cell('Sheet1!A1').value).toBeNull();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    for (const property of ['values', 'formulas', 'formulasR1C1', 'numberFormat'] as const) {
      (sheet.getRange('A1:B2') as unknown as Record<string, unknown>)[property] = '0';
      await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    expect(fake.cell('Sheet1!A1').value).toBeNull();
    sheet.getRange('A1:B2').formulasR1C1 = [
      ['=R1C5*2', '=R1C5*2'],
      ['=R1C5*2', '=R1C5*2'],
    ];
    sheet.getRangeByIndexes(2, 0, 1, 2).values = [['x', 5]];
    await fake.context.sync();
    expect(fake.cell('Sheet1!B2')).toMatchObject({ formula: '=$E$1*2', formulaR1C1: '=R1C5*2' });
    expect(fake.values('Sheet1!A3:B3')).toEqual([['x', 5]]);
  });

  test('entries are read like typing: "=…" is a formula, an apostrophe keeps text', async () => {
    const fake = createFakeExcel();
    const r = fake.context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1');
    r.values = [['=1+1', "'=1+1", '3,654', 'TRUE', '-abc']];
    await fake.context.sync();
    expect(fake.cell('Sheet1!A1').formula).toBe('=1+1');
    expect(fake.cell('Sheet1!B1')).toMatchObject({ value: '=1+1', formula: undefined, quotePrefix: true });
    expect(fake.cell('Sheet1!C1').value).toBe(3654);
    expect(fake.cell('Sheet1!D1').value).toBe(true);
    expect(fake.cell('Sheet1!E1').formula).toBe('=-abc');
  });

  test.each(['x'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', '[a]', '', '   ', 'SHEET1'])(
    'refuses the sheet name %p',
    async (name) => {
      const fake = createFakeExcel();
      fake.context.workbook.worksheets.add(name);
      await expect(fake.context.sync()).rejects.toMatchObject({
        code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/),
      });
      expect(fake.sheetNames()).toEqual(['Sheet1']);
    },
  );

  test('refuses a request over 5 MB and applies none of it', async () => {
    const fake = createFakeExcel();
    const big = Array.from({ length: 60000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
    const sheet = fake.context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('B1').values = [['first']];
    sheet.getRangeByIndexes(0, 0, big.length, 1).values = big;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('Sheet1!B1').value).toBeNull();
    expect(fake.requestPayloadSizes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  test('a failing action stops the batch; what ran before stays (as in Excel)', async () => {
    const fake = createFakeExcel();
    const wb = fake.context.workbook;
    wb.worksheets.add('One');
    wb.worksheets.getItem('Missing').getRange('A1').values = [[1]];
    wb.worksheets.add('Two');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.sheetNames()).toEqual(['Sheet1', 'One']);
  });

  test('renaming a sheet rewrites references to it; deleting it leaves #REF!', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'A' }, { name: 'B' }] });
    const wb = fake.context.workbook;
    wb.worksheets.getItem('B').getRange('A1').formulas = [['=A!C3*2']];
    wb.names.add('Rate', wb.worksheets.getItem('A').getRange('C3'));
    wb.worksheets.getItem('A').name = 'New A';
    await fake.context.sync();
    expect(fake.cell('B!A1').formula).toBe("='New A'!C3*2");
    expect(fake.state.names[0].formula).toBe("='New A'!$C$3");
    wb.worksheets.getItem('New A').delete();
    await fake.context.sync();
    expect(fake.cell('B!A1').formula).toBe('=#REF!*2');
  });

  test('getItemOrNullObject, collections, selection, used range', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'Data',
          cells: [
            [null, 'a'],
            ['b', null],
          ],
          at: 'C3',
        },
      ],
      selection: 'Data!C3:D4',
    });
    const wb = fake.context.workbook;
    const missing = wb.worksheets.getItemOrNullObject('Nope');
    const sheets = wb.worksheets.load('items/name');
    const sel = wb.getSelectedRange().load('address');
    const used = wb.worksheets.getItem('Data').getUsedRange().load('address');
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(sheets.items.map((s) => s.name)).toEqual(['Data']);
    expect(sel.address).toBe('Data!C3:D4');
    expect(used.address).toBe('Data!C3:D4');
  });

  test('APIs newer than the host fail at sync', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    fake.context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fake.supports('ExcelApi', '1.8')).toBe(true);
    expect(fake.supports('ExcelApi', '1.9')).toBe(false);
  });
});
