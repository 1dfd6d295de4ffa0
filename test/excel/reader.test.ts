import { listTables, readAreasFromSelection, readAreasFromTable } from '../../src/hosts/excel';
import { describeProblem } from '../../src/parse/areasTable';
import { createFakeExcel, type SeedValue } from '../fake-excel';

const GOOD: SeedValue[][] = [
  ['Health board', 'Code', 'SMI contacts', 'Population'],
  ['NHS Fife', 'S08000029', '3,654', 371910],
  ['NHS Borders', 'S08000016', 1302, '115,510'],
  ['NHS Lothian', 'S08000024', 9876, 897770],
];

function writes(operations: string[]): string[] {
  return operations.filter((o) => /=|\.add\(|delete\(|merge\(/.test(o) && !o.startsWith('sync'));
}

describe('reading areas from the selection', () => {
  test('a good selection, with "3,654" and numbers stored as text; nothing is written', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Boards', cells: GOOD, at: 'B2' }], selection: 'Boards!B2:E5' });
    const before = fake.snapshot();
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.problems).toEqual([]);
    expect(read.areas).toEqual([
      { name: 'NHS Fife', code: 'S08000029', smiContacts: 3654, population: 371910 },
      { name: 'NHS Borders', code: 'S08000016', smiContacts: 1302, population: 115510 },
      { name: 'NHS Lothian', code: 'S08000024', smiContacts: 9876, population: 897770 },
    ]);
    expect(fake.snapshot()).toBe(before);
    expect(writes(fake.operations)).toEqual([]);
  });

  test('a whole-column selection reads only the used cells', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Boards', cells: GOOD, at: 'B2' }], selection: 'Boards!A:F' });
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.areas.map((a) => a.name)).toEqual(['NHS Fife', 'NHS Borders', 'NHS Lothian']);
  });

  test('blank, #N/A, negative, duplicate and merged cells are each reported with their address', async () => {
    const cells: SeedValue[][] = [
      ['Board', 'SMI contacts', 'Population'],
      ['NHS Fife', 3654, 371910],
      [null, 1200, 100000],
      ['NHS Tayside', '#N/A', 416080],
      ['NHS Highland', -5, 321800],
      ['nhs fife', 10, 20],
      ['NHS Grampian', 5000, 585700],
    ];
    const fake = createFakeExcel({
      sheets: [{ name: 'My boards', cells, at: 'B2', merged: ['D8:D9'] }],
      selection: "'My boards'!B2:D8",
    });
    const before = fake.snapshot();
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.areas).toEqual([]);
    const at = read.problems.map((p) => [p.address, p.message]);
    expect(at).toEqual([
      ["'My boards'!B4", expect.stringMatching(/blank/)],
      ["'My boards'!C5", expect.stringMatching(/error \(#N\/A\)/)],
      ["'My boards'!C6", expect.stringMatching(/negative/)],
      ["'My boards'!B7", expect.stringMatching(/appears twice \(first at row 3\)/)],
      ["'My boards'!D8", expect.stringMatching(/merged cells D8:D9/)],
    ]);
    expect(read.problems.every((p) => p.sheet === 'My boards')).toBe(true);
    expect(fake.snapshot()).toBe(before);
    expect(writes(fake.operations)).toEqual([]);
  });

  test('an error cell is an error even when its text is unusual (valueTypes decide)', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'S',
          cells: [
            ['Board', 'Contacts'],
            ['A', '#DIV/0!'],
          ],
        },
      ],
      selection: 'S!A1:B2',
    });
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.problems.map((p) => p.address)).toEqual(['S!B2']);
  });

  test('on a host without ExcelApi 1.13 merged cells are not checked, and reading still works', async () => {
    const fake = createFakeExcel({
      apiVersion: '1.7',
      sheets: [{ name: 'S', cells: GOOD, merged: ['A5:B5'] }],
      selection: 'S!A1:D4',
    });
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.problems).toEqual([]);
    expect(read.areas).toHaveLength(3);
  });

  test('an empty selection says there is no data', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Empty' }], selection: 'Empty!A1:C3' });
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.areas).toEqual([]);
    expect(read.problems[0].message).toMatch(/no data/);
  });
});

describe('messages from the selection read well (issue #9)', () => {
  const readCells = async (cells: SeedValue[][]) => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells, at: 'B2' }], selection: 'S!B2:F9' });
    return (await readAreasFromSelection(fake.context, { supports: fake.supports })).problems.map(describeProblem);
  };

  test('a missing column is named by its header, not by another column', async () => {
    expect(
      await readCells([
        ['Board', 'People'],
        ['A', 1],
      ]),
    ).toEqual(['sheet S, row 2, column smi_contacts: not found in the header row (found "Board", "People")']);
  });

  test('the most specific header wins, a second SMI contacts column is refused', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'S',
          cells: [
            ['Name', 'Health board', 'Contacts', 'SMI contacts'],
            ['x', 'Fife', 1, 3706],
          ],
        },
      ],
      selection: 'S!A1:D2',
    });
    const read = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(read.areas).toEqual([{ name: 'Fife', smiContacts: 3706 }]);
    expect(
      await readCells([
        ['Board', 'SMI contacts', 'SMI contacts 2019'],
        ['A', 1, 2],
      ]),
    ).toEqual([
      'S!D2 (row 2, column D): "SMI contacts 2019" is a second smi_contacts column (the first is "SMI contacts"): keep only one',
    ]);
  });

  test('blank cells, invisible characters, impossible and ambiguous figures', async () => {
    expect(
      await readCells([
        ['Board', 'SMI contacts', 'Population'],
        ['Fife', 3706, 371910],
        ['Fife\u200b', 12, 1000],
        ['Alpha', 900, 80],
        ['Beta', '1.200', 5000],
        [null, 5, 100],
      ]),
    ).toEqual([
      'S!B4 (row 4, column B): "Fife\u200b" appears twice (first at row 3, once spaces and invisible characters are set aside)',
      'S!C5 (row 5, column C): 900 is more than the population (80): an area cannot have more people in contact with SMI services than live there',
      'S!C6 (row 6, column C): "1.200" is ambiguous: it could mean 1200 or 1.2; write the number you mean without a thousands separator: SMI contacts must be a number',
      'S!B7 (row 7, column B): the cell is blank: every area needs a name',
    ]);
  });

  test('an empty selection and a missing table say so without a "(none)" column', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Empty' }], selection: 'Empty!A1:C3' });
    const empty = await readAreasFromSelection(fake.context, { supports: fake.supports });
    expect(empty.problems.map(describeProblem)).toEqual([
      'sheet Empty, row 1: there is no data: expected a header row (board, smi_contacts …) and one row per area',
    ]);
    const missing = await readAreasFromTable(fake.context, 'Nope', { supports: fake.supports });
    expect(missing.problems.map(describeProblem)).toEqual(['there is no table called "Nope" in this workbook']);
  });
});

describe('reading areas from a table', () => {
  test('reads the table, lists tables, reports a missing one', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: 'Other' },
        { name: 'Boards', cells: GOOD, at: 'C3', tables: [{ name: 'Boards2018', address: 'C3:F6' }] },
      ],
    });
    expect(await listTables(fake.context)).toEqual([{ name: 'Boards2018', sheet: 'Boards' }]);
    const read = await readAreasFromTable(fake.context, 'Boards2018', { supports: fake.supports });
    expect(read.areas.map((a) => a.smiContacts)).toEqual([3654, 1302, 9876]);
    const missing = await readAreasFromTable(fake.context, 'Nope', { supports: fake.supports });
    expect(missing.problems[0].message).toMatch(/no table called "Nope"/);
  });

  test('problems in a table carry the sheet address', async () => {
    const cells: SeedValue[][] = [
      ['Board', 'Contacts'],
      ['A', 'lots'],
    ];
    const fake = createFakeExcel({
      sheets: [{ name: 'T', cells, at: 'B2', tables: [{ name: 'Tab', address: 'B2:C3' }] }],
    });
    const read = await readAreasFromTable(fake.context, 'Tab', { supports: fake.supports });
    expect(read.problems.map((p) => [p.address, p.row, p.column])).toEqual([['T!C3', 3, 'C']]);
  });
});
