// Issue #9, "Figures in are read right, or refused with a located message": each case was read wrong,
// or refused without saying where, before. Files are under test/fixtures/csv (see its README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblem } from '../../src/parse/areasTable';
import { readAreasCsv } from '../../src/parse/csv';
import { decodeCsvBytes } from '../../src/parse/encoding';
import { DECIMAL_COMMA, readNumber } from '../../src/parse/numbers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/csv', name));
const readFixture = (name: string) => readAreasCsv(decodeCsvBytes(fixture(name)));
const messages = (csv: string) => readAreasCsv(csv).problems.map(describeProblem);

describe('a row with more fields than the header', () => {
  it('is refused, naming the row, instead of dropping the figure after an unquoted thousands comma', () => {
    const read = readFixture('thousands-unquoted.csv');
    expect(read.areas).toEqual([]);
    expect(read.problems.map(describeProblem)).toEqual([
      'row 2: 3 fields, the header has 2 (left over: "654"): put numbers with thousands separators in quotes ("3,654"), and names with commas too',
    ]);
  });

  it('reads a row with fewer fields than the header as blanks, so missing contacts are an error', () => {
    expect(messages('board,population,smi_contacts\nA,100\n')).toEqual([
      'row 2, column smi_contacts: the cell is blank: every area needs its SMI contacts',
    ]);
  });

  it('allows empty trailing fields, as spreadsheets write them', () => {
    expect(readAreasCsv('board,smi_contacts\nA,3,\nB,4,,\n').areas.map((a) => a.smiContacts)).toEqual([3, 4]);
  });
});

describe('a file saved by Excel in a locale with a decimal comma (";" separators)', () => {
  it('reads 1.200 as twelve hundred, 100.000 as a hundred thousand and 1,5 as one and a half', () => {
    const read = readFixture('excel-european.csv');
    expect(read.problems).toEqual([]);
    expect(read.areas).toEqual([
      { name: 'Alpha', smiContacts: 1200, population: 100000, existingEs: 1.5, phase: 1 },
      { name: 'Beta', smiContacts: 3654, population: 369670, existingEs: 0, phase: 2 },
      { name: 'Gamma', smiContacts: 90, population: 21000, phase: 3 },
    ]);
  });

  it('refuses a point decimal there ("1.5"), naming the convention, rather than guessing', () => {
    expect(messages('board;smi_contacts;existing_es\nA;100;1.5\n')).toEqual([
      'row 2, column existing_es: "1.5" is not a number written with a decimal comma and points for thousands, as in 1.200,5 (Excel writes numbers so in a file separated by semicolons): existing ES must be a number',
    ]);
  });

  it('refuses "1,200" there as ambiguous, and "1.200" in a comma-separated file too', () => {
    expect(messages('board;smi_contacts\nA;1,200\n')).toEqual([
      'row 2, column smi_contacts: "1,200" is ambiguous: it could mean 1200 or 1.2; write the number you mean without a thousands separator: SMI contacts must be a number',
    ]);
    expect(messages('board,smi_contacts,population\nA,12,"100.000"\n')).toEqual([
      'row 2, column population: "100.000" is ambiguous: it could mean 100000 or 100; write the number you mean without a thousands separator: population must be a number',
    ]);
  });
});

describe('impossible and implausible figures', () => {
  it('refuses more SMI contacts than population, at the contacts cell', () => {
    const read = readFixture('impossible-contacts.csv');
    expect(read.areas).toEqual([]);
    expect(read.problems.map(describeProblem)).toEqual([
      'row 2, column smi_contacts: "900" is more than the population (80): an area cannot have more people in contact with SMI services than live there',
    ]);
  });
});

describe('separators', () => {
  it.each([
    ['semicolons, final newline', 'board;smi_contacts;population\nA;10;1000\nB;20;2000\n'],
    ['semicolons, no final newline', 'board;smi_contacts;population\nA;10;1000\nB;20;2000'],
    ['tabs, final newline', 'board\tsmi_contacts\tpopulation\nA\t10\t1000\nB\t20\t2000\n'],
    ['tabs, no final newline', 'board\tsmi_contacts\tpopulation\nA\t10\t1000\nB\t20\t2000'],
    ['tabs, CRLF and a blank line at the end', 'board\tsmi_contacts\tpopulation\r\nA\t10\t1000\r\nB\t20\t2000\r\n\r\n'],
    ['a one-row file with semicolons', 'board;smi_contacts\nA;10\n'],
    ['a one-row file with tabs', 'board\tsmi_contacts\nA\t10\n'],
  ])('reads %s', (_label, csv) => {
    const read = readAreasCsv(csv);
    expect(read.problems).toEqual([]);
    expect(read.areas.map((a) => [a.name, a.smiContacts])).toEqual(
      csv.includes('B')
        ? [
            ['A', 10],
            ['B', 20],
          ]
        : [['A', 10]],
    );
  });

  it('reads a tab-separated fixture that ends in a newline', () => {
    expect(readFixture('tab-separated.tsv').areas.map((a) => a.population)).toEqual([369670, 150000]);
  });

  it('says which separator it assumed, and what it found, when the header is not understood', () => {
    expect(messages('board|smi_contacts\nA|10\n')).toEqual([
      'row 1, column board: not found in the header row (found "board|smi_contacts"; the columns were read as separated by commas)',
      'row 1, column smi_contacts: not found in the header row (found "board|smi_contacts"; the columns were read as separated by commas)',
    ]);
    expect(messages('area;people\nA;10\n')).toEqual([
      'row 1, column smi_contacts: not found in the header row (found "area", "people"; the columns were read as separated by semicolons)',
    ]);
  });
});

describe('names that differ only in what cannot be seen', () => {
  it('treats "Fife" and "Fife" + a zero-width space as one area, so the second is a duplicate', () => {
    expect(readFixture('zero-width-duplicate.csv').problems.map(describeProblem)).toEqual([
      'row 3, column board: "Fife\u200b" appears twice (first at row 2, once spaces and invisible characters are set aside)',
    ]);
  });

  it('reads names and headers cleaned of no-break spaces, byte order marks and doubled spaces', () => {
    const read = readAreasCsv('\u200bboard\u00a0,smi_contacts\n"NHS\u00a0 Fife\u200d",10\n');
    expect(read.problems).toEqual([]);
    expect(read.areas).toEqual([{ name: 'NHS Fife', smiContacts: 10 }]);
    expect(messages('board,smi_contacts\nNHS\u00a0Fife,10\nnhs fife,20\n')).toEqual([
      'row 3, column board: "nhs fife" appears twice (first at row 2)',
    ]);
  });
});

describe('numbers too large, and files in other encodings', () => {
  it('refuses a 400-digit number where it is, with the value as typed', () => {
    const huge = '9'.repeat(400);
    const [problem, ...rest] = readAreasCsv(`board,smi_contacts\nA,${huge}\n`).problems;
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      row: 2,
      column: 'smi_contacts',
      value: `"${huge}"`,
      message: 'is too large to be a figure (400 characters): SMI contacts must be a number',
    });
  });

  it('reads a UTF-16 file (Excel’s "Unicode Text") from its bytes', () => {
    const read = readFixture('unicode-text-utf16le.txt');
    expect(read.problems).toEqual([]);
    expect(read.areas.map((a) => [a.name, a.smiContacts])).toEqual([
      ['North', 3654],
      ['South', 1200],
    ]);
  });

  it('reads UTF-16 without a byte order mark, big-endian UTF-16, and Windows-1252', () => {
    const text = 'board,smi_contacts\nNorth,10\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeCsvBytes(le)).toBe(text);
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    expect(decodeCsvBytes(Buffer.from('board,smi_contacts\nCaf\xe9 \xa3,10\n', 'latin1'))).toBe(
      'board,smi_contacts\nCafé £,10\n',
    );
    expect(decodeCsvBytes(Buffer.from('\ufeffboard,smi_contacts\n', 'utf8'))).toBe('board,smi_contacts\n');
  });

  it('says a file is UTF-16 when it was read as UTF-8 (as a browser’s File.text() does)', () => {
    const misread = fixture('unicode-text-utf16le.txt').toString('utf8');
    expect(messages(misread)).toEqual([
      'row 1: this file is UTF-16 text (Excel calls it "Unicode Text") but was read as UTF-8: in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    ]);
  });

  it('says where a Windows-1252 file read as UTF-8 lost its letters', () => {
    const misread = Buffer.from('board,smi_contacts\nCaf\xe9,10\n', 'latin1').toString('utf8');
    expect(messages(misread)).toEqual([
      'row 2, column board: "Caf\ufffd" holds characters that could not be read, so the file is not UTF-8: in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    ]);
  });

  it('says an Excel workbook is not a CSV file', () => {
    expect(messages('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toEqual([
      'row 1: this is an Excel workbook (or another zip file), not a CSV file: in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    ]);
  });
});

describe('header precedence', () => {
  it('picks board over the generic name', () => {
    const read = readFixture('name-and-board.csv');
    expect(read.problems).toEqual([]);
    expect(read.areas.map((a) => a.name)).toEqual(['Fife', 'Tayside']);
  });

  it('picks smi_contacts over contacts, and refuses a second smi_contacts column', () => {
    expect(readAreasCsv('board,contacts,smi_contacts\nA,1,2\n').areas[0].smiContacts).toBe(2);
    expect(messages('board,smi_contacts,population,smi_contacts\nA,1,100,2\n')).toEqual([
      'row 1, column smi_contacts: "smi_contacts" is a second smi_contacts column (the first is "smi_contacts"): keep only one',
    ]);
  });
});

describe('messages that read well', () => {
  it('names no "(none)" column, no "(blank) is blank", and a missing column by its header', () => {
    expect(messages('')).toEqual([
      'row 1: there is no data: expected a header row (board, smi_contacts …) and one row per area',
    ]);
    expect(messages('board,population\nA,100\n')).toEqual([
      'row 1, column smi_contacts: not found in the header row (found "board", "population"; the columns were read as separated by commas)',
    ]);
    expect(messages('board,smi_contacts\n,10\nB,\n')).toEqual([
      'row 2, column board: the cell is blank: every area needs a name',
      'row 3, column smi_contacts: the cell is blank: every area needs its SMI contacts',
    ]);
    expect(messages('board,smi_contacts\n\n')).toEqual(['row 1: there are no areas below the header row']);
  });
});

describe('reading a number in each convention', () => {
  it.each([
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1\u202f174\u202f980', 1174980],
    ['0.125', 0.125],
    ['１２３', 123],
    ['3654\u200b', 3654],
  ])('with a decimal point: %p → %p', (input, value) => expect(readNumber(input)).toEqual({ ok: true, value }));

  it.each([
    ['1.200', 1200],
    ['100.000', 100000],
    ['12,5', 12.5],
    ['1.200,5', 1200.5],
    ['1.174.980', 1174980],
    ['0,125', 0.125],
    ['1 200,5', 1200.5],
  ])('with a decimal comma: %p → %p', (input, value) =>
    expect(readNumber(input, DECIMAL_COMMA)).toEqual({ ok: true, value }),
  );

  it.each(['1.200', '12.500', '1 2', '12,5', '1e5', 'Infinity'])('with a decimal point, refuses %p', (input) =>
    expect(readNumber(input).ok).toBe(false),
  );

  it.each(['1,200', '1.5', '1,200.5', '12.50'])('with a decimal comma, refuses %p', (input) =>
    expect(readNumber(input, DECIMAL_COMMA).ok).toBe(false),
  );
});
