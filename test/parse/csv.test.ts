import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblem } from '../../src/parse/areasTable';
import { readAreasCsv } from '../../src/parse/csv';
import { readNumber } from '../../src/parse/numbers';

const messages = (csv: string) => readAreasCsv(csv).problems.map(describeProblem);

describe('reading areas from CSV', () => {
  it('reads a planner’s file: thousands commas, quoted names, optional columns', () => {
    const read = readAreasCsv(readFileSync(join(__dirname, '../fixtures/planner-boards.csv'), 'utf8'));
    expect(read.problems).toEqual([]);
    expect(read.areas).toEqual([
      { name: 'North Locality', smiContacts: 3654, population: 369670, existingEs: 2, phase: 1 },
      { name: 'South, Coast', smiContacts: 1200, population: 150000, existingEs: 0, phase: 2 },
      { name: 'Islands', smiContacts: 90, population: 21000, phase: 3 },
      { name: 'East', smiContacts: 0, population: 50000 },
    ]);
  });

  it('reads the shared reference file’s header (health_board, smi_contacts_2018, population_2018)', () => {
    const read = readAreasCsv(
      'health_board,hb_code,smi_contacts_2018,population_2018,population_16_64_2018\nBorders,S08000016,6000,115270,68121\n',
    );
    expect(read.areas).toEqual([{ name: 'Borders', code: 'S08000016', smiContacts: 6000, population: 115270 }]);
  });

  it('names the row, column and value of every problem, and returns no areas', () => {
    const csv = [
      'board,smi_contacts,population,existing_es,phase',
      'A,abc,1000,,',
      'B,-5,1000,,',
      ',100,,,',
      'C,,1000,,',
      'A,10,0,-1,4',
      'D,#N/A,,,',
    ].join('\n');
    const read = readAreasCsv(csv);
    expect(read.areas).toEqual([]);
    expect(read.problems.map(describeProblem)).toEqual([
      'row 2, column smi_contacts: "abc" is not a number: SMI contacts must be a number',
      'row 3, column smi_contacts: "-5" is negative: SMI contacts must be 0 or more',
      'row 4, column board: the cell is blank: every area needs a name',
      'row 5, column smi_contacts: the cell is blank: every area needs its SMI contacts',
      'row 6, column board: "A" appears twice (first at row 2)',
      'row 6, column population: "0" must be above 0 (leave it blank if unknown)',
      'row 6, column existing_es: "-1" is negative: existing ES must be 0 or more',
      'row 6, column phase: "4" must be 1, 2 or 3',
      'row 7, column smi_contacts: "#N/A" is an error (#N/A): SMI contacts must be a number',
    ]);
  });

  it('says which required column is missing', () => {
    expect(messages('name,people\nA,1\n')).toEqual([
      'row 1, column smi_contacts: not found in the header row (found "name", "people"; the columns were read as separated by commas)',
    ]);
    expect(messages('')).toEqual([
      'row 1: there is no data: expected a header row (board, smi_contacts …) and one row per area',
    ]);
    expect(messages('board,smi_contacts\n\n')).toEqual(['row 1: there are no areas below the header row']);
  });

  it('keeps a name that looks like a formula as text', () => {
    expect(readAreasCsv('board,smi_contacts\n"=HYPERLINK(""x"")",10\n').areas[0].name).toBe('=HYPERLINK("x")');
  });
});

describe('reading a number', () => {
  it.each([
    [3654, 3654],
    ['3,654', 3654],
    [' 1,174,980 ', 1174980],
    ['12.5', 12.5],
    ['0', 0],
  ])('%p → %p', (input, value) => expect(readNumber(input)).toEqual({ ok: true, value }));

  it.each(['3,65', '1,2345', 'abc', '12a', '', '#DIV/0!', '1.2.3'])('refuses %p', (input) =>
    expect(readNumber(input).ok).toBe(false),
  );
});
