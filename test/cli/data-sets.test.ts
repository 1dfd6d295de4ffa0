import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './support/runCli';

const folder = () => mkdtempSync(join(tmpdir(), 'ips-data-'));

/** The Notes sheet's rows as [label, text]. */
async function notesOf(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet('Notes')!.eachRow((row) => rows.push([String(row.getCell(1).value), String(row.getCell(2).value)]));
  return rows;
}

describe('--data', () => {
  it('--data list prints each data set with its id, and nothing else', async () => {
    const { code, out, err } = await runCli(['--data', 'list']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^scotland-2018\s+NHS Scotland, 2018 \(14 health boards, 2018\)\n$/);
  });

  it('defaults to scotland-2018, and says so in the JSON', async () => {
    const byDefault = JSON.parse((await runCli(['--json'])).out);
    const chosen = JSON.parse((await runCli(['--json', '--data', 'scotland-2018'])).out);
    expect(byDefault).toEqual(chosen);
    expect(chosen.dataSet).toEqual({
      id: 'scotland-2018',
      title: 'NHS Scotland, 2018',
      areaWord: { one: 'health board', many: 'health boards' },
    });
    expect(chosen.scenarios[0].totals.specialists).toBe(104);
  });

  it('refuses an unknown id, naming the data sets there are', async () => {
    const { code, out, err } = await runCli(['--json', '--data', 'wales-2019']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe('error: --data: "wales-2019" is not a data set; the data sets are scotland-2018\n');
  });

  it('refuses --data with --boards: both would give the areas', async () => {
    const { code, err } = await runCli(['--json', '--data', 'scotland-2018', '--boards', 'x.csv']);
    expect(code).toBe(2);
    expect(err).toMatch(/--data and --boards both give the areas/);
  });
});

describe('a planner’s own areas (--boards)', () => {
  const csv = (text: string) => {
    const file = join(folder(), 'mine.csv');
    writeFileSync(file, text);
    return file;
  };

  it('start in phase 2 when the phase is blank, whatever they are called: the model knows no data set', async () => {
    const file = csv('board,smi_contacts,phase\nLothian,9312,\nFife,3706,1\nElsewhere,500,3\n');
    const { code, out } = await runCli(['--json', '--boards', file]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.dataSet).toBeNull();
    expect(json.scenarios[0].boards.map((b: { phase: number }) => b.phase)).toEqual([2, 1, 3]);
  });

  it('are the planner’s on the Notes sheet, in neutral words, with no built-in sources', async () => {
    const dir = folder();
    const out = join(dir, 'plan.xlsx');
    const file = csv('board,smi_contacts\nNorth,1200\nSouth,800\n');
    expect((await runCli(['--boards', file, '--out', out])).code).toBe(0);
    const notes = await notesOf(out);
    expect(notes).toContainEqual(['Areas', 'Figures supplied by the planner (see the Inputs sheet)']);
    expect(notes.some(([label]) => label === 'Board codes' || label === 'Health boards')).toBe(false);
  });

  it('the built-in data set’s workbook names it and its sources', async () => {
    const out = join(folder(), 'plan.xlsx');
    expect((await runCli(['--out', out])).code).toBe(0);
    const notes = await notesOf(out);
    expect(notes).toContainEqual([
      'Health boards',
      'NHS Scotland, 2018: 14 health boards (built-in data set scotland-2018)',
    ]);
    expect(notes.map(([label]) => label)).toEqual(
      expect.arrayContaining(['SMI contacts', 'Population', 'Board codes']),
    );
  });
});
