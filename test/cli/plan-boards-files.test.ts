// Issue #9: --boards files as Excel saves them (UTF-16 "Unicode Text", ";" with decimal commas) are read
// from their bytes; a misread row is refused with its place, and nothing is printed on stdout.
import { join } from 'node:path';
import { runCli } from './support/runCli';

const fixture = (name: string) => join(__dirname, '../fixtures/csv', name);

const contacts = (out: string) =>
  JSON.parse(out).scenarios[0].boards.map((b: { name: string; smiContacts: number }) => [b.name, b.smiContacts]);

describe('npm run plan -- --boards <file as Excel saves it>', () => {
  it('reads a UTF-16 "Unicode Text" file', async () => {
    const { code, out, err } = await runCli(['--json', '--boards', fixture('unicode-text-utf16le.txt')]);
    expect([code, err]).toEqual([0, '']);
    expect(contacts(out)).toEqual([
      ['North', 3654],
      ['South', 1200],
    ]);
  });

  it('reads a ";" file with decimal commas the way its locale means it', async () => {
    const { code, out } = await runCli(['--json', '--boards', fixture('excel-european.csv')]);
    expect(code).toBe(0);
    expect(contacts(out)).toEqual([
      ['Alpha', 1200],
      ['Beta', 3654],
      ['Gamma', 90],
    ]);
  });

  it('refuses a row with an unquoted thousands comma, naming the file and row', async () => {
    const file = fixture('thousands-unquoted.csv');
    const { code, out, err } = await runCli(['--json', '--boards', file]);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      `error: ${file} row 2: 3 fields, the header has 2 (left over: "654"): put numbers with thousands separators in quotes ("3,654"), and names with commas too\n`,
    );
  });
});
