import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';

const HEADER = 'area,year,es_in_post,clients,job_outcomes,sustained_13_weeks';
function folder(actuals: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-actuals-'));
  writeFileSync(join(dir, 'actuals.csv'), actuals);
  return dir;
}

interface Entry {
  area: string;
  year: number;
  label: string;
  planned: Record<string, number>;
  actual: Record<string, number | null>;
  status: Record<string, string>;
}

describe('npm run plan -- --actuals FILE.csv', () => {
  it('gives each scenario its plan against the actuals in JSON, one entry per area per year', async () => {
    const dir = folder(`${HEADER}\nFife,2027/28,2,60,30,18\nLothian,2,10,450,170,\n`);
    const { code, out, err } = await runCli(['--actuals', 'actuals.csv', '--json', '--coverage', '25,50'], dir);
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out) as { scenarios: { monitoring: Entry[] }[] };
    const plan = computePlan(scotlandBoards(), { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 });
    const entries = json.scenarios[1].monitoring;
    expect(entries).toHaveLength(14 * 5);
    const fife = entries.find((e) => e.area === 'Fife' && e.year === 1)!;
    const fifePlan = plan.areas.find((a) => a.name === 'Fife')!.years[0];
    expect(fife.label).toBe('2027/28');
    expect(fife.planned.specialists).toBe(fifePlan.specialists);
    expect(fife.planned.sustained).toBeCloseTo(fifePlan.jobOutcomes * 0.65, 9);
    expect(fife.actual).toEqual({ specialists: 2, clients: 60, jobOutcomes: 30, sustained: 18 });
    // 30 clients per ES < 35 in year 1; 50% into work ≥ 40%; 18 of 30 jobs kept = 60% < 65%.
    expect(fife.status).toEqual({ clientsPerEs: 'below', jobOutcomeRate: 'met', sustainedRate: 'below' });
    const lothian = entries.find((e) => e.area === 'Lothian' && e.year === 2)!;
    expect(lothian.actual.sustained).toBeNull();
    expect(lothian.status.sustainedRate).toBe('not reported');
    const borders = entries.find((e) => e.area === 'Borders' && e.year === 3)!;
    expect(Object.values(borders.actual)).toEqual([null, null, null, null]);
  });

  it('writes the actuals into the IPS_Actuals table of the Monitoring sheet, after the scenario sheets', async () => {
    const dir = folder(`${HEADER}\nFife,2027/28,2,60,30,\n`);
    const { code, err } = await runCli(['--actuals', 'actuals.csv', '--out', 'plan.xlsx'], dir);
    expect([code, err]).toEqual([0, '']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Inputs', '25% coverage', 'Monitoring', 'Notes']);
    const ws = wb.getWorksheet('Monitoring')!;
    const table = ws.getTable('IPS_Actuals') as unknown as { table: { ref: string; columns: { name: string }[] } };
    expect(table.table.columns.slice(0, 6).map((c) => c.name)).toEqual([
      'Area',
      'Year',
      'ES actual',
      'Clients actual',
      'Jobs actual',
      '13 wks actual',
    ]);
    let fife: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Fife' && row.getCell(2).value === '2027/28') fife = row;
    });
    expect([3, 4, 5, 6].map((c) => fife!.getCell(c).value)).toEqual([2, 60, 30, null]);
  });

  it('refuses bad rows with row and column, and writes nothing', async () => {
    const dir = folder(`${HEADER}\nFife,2027/28,-2,60,30,18\nAtlantis,2,1,,,\nFife,2040/41,1,,,\nFife,2,x,,,\n`);
    const { code, err } = await runCli(['--actuals', 'actuals.csv', '--out', 'plan.xlsx', '--json'], dir);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual([
      'error: actuals.csv row 2, column es_in_post: "-2" is negative: a count is 0 or more (leave it blank if not reported)',
      'error: actuals.csv row 3, column area: "Atlantis" is not an area of the plan',
      'error: actuals.csv row 4, column year: "2040/41" is not a year of the plan (2027/28 to 2031/32, or 1 to 5)',
      'error: actuals.csv row 5, column es_in_post: "x" is not a number',
    ]);
    expect(existsSync(join(dir, 'plan.xlsx'))).toBe(false);
  });

  it('--monitoring adds the sheet without actuals; the JSON has no monitoring then', async () => {
    const dir = folder('');
    const { code, out } = await runCli(['--monitoring', '--out', 'plan.xlsx', '--json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(out).scenarios[0].monitoring).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(wb.getWorksheet('Monitoring')).toBeDefined();
  });
});

describe('replacing a workbook with --force', () => {
  /** The Monitoring sheet's rows that carry a figure, as "area|year|es|clients|jobs|sustained". */
  async function reported(file: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Monitoring')!;
    const rows: string[] = [];
    ws.eachRow((row) => {
      const v = (row.values as unknown[]).slice(1, 7);
      if (typeof v[0] === 'string' && typeof v[1] === 'string' && v.slice(2).some((x) => typeof x === 'number'))
        rows.push(v.map((x) => (x === undefined || x === null ? '' : String(x))).join('|'));
    });
    return rows;
  }

  it('keeps every actual typed into the old workbook: matched on area and year, the rest kept below the table', async () => {
    const dir = folder(`${HEADER}\nFife,2027/28,2,60,30,18\nOrkney,2028/29,1,20,8,5\n`);
    const first = await runCli(['--actuals', 'actuals.csv', '--out', 'plan.xlsx'], dir);
    expect(first.code).toBe(0);
    const file = join(dir, 'plan.xlsx');
    expect(await reported(file)).toEqual(['Fife|2027/28|2|60|30|18', 'Orkney|2028/29|1|20|8|5']);

    // A new coverage, no --actuals: the figures come across from the file being replaced.
    const again = await runCli(['--coverage', '50', '--out', 'plan.xlsx', '--force'], dir);
    expect(again.code).toBe(0);
    expect(again.err).toContain('carried over the actuals of 2 area-years from plan.xlsx');
    expect(await reported(file)).toEqual(['Fife|2027/28|2|60|30|18', 'Orkney|2028/29|1|20|8|5']);

    // Orkney is no longer planned: its row is kept, labelled, below the table; nothing is dropped.
    const boards = scotlandBoards().filter((a) => a.name !== 'Orkney');
    writeFileSync(
      join(dir, 'boards.csv'),
      ['board,smi_contacts', ...boards.map((a) => `${a.name},${a.smiContacts}`)].join('\n'),
    );
    const fewer = await runCli(['--boards', 'boards.csv', '--out', 'plan.xlsx', '--force'], dir);
    expect(fewer.code).toBe(0);
    expect(fewer.err).toContain('1 row matches no area or year and is kept below the table');
    expect(await reported(file)).toEqual(['Fife|2027/28|2|60|30|18', 'Orkney|2028/29|1|20|8|5']);
  });
});
