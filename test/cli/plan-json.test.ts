import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';

function csvFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ips-')), 'boards.csv');
  writeFileSync(file, text);
  return file;
}

describe('npm run plan -- --json', () => {
  it('prints only JSON on stdout, one scenario per coverage (through npm, as a user runs it)', () => {
    const stdout = execFileSync('npm', ['run', 'plan', '--', '--json', '--coverage', '25,50,100'], {
      encoding: 'utf8',
    });
    const json = JSON.parse(stdout);
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual([
      '25% coverage',
      '50% coverage',
      '100% coverage',
    ]);
    const [at25] = json.scenarios;
    expect(Math.round(at25.totals.eligible)).toBe(16314);
    expect(at25.totals.specialists).toBe(104);
    for (const key of [
      'name',
      'smiContacts',
      'eligible',
      'clientsPerYear',
      'specialists',
      'jobOutcomesPerYear',
      'costPerYear',
      'years',
    ]) {
      expect(at25.boards[0]).toHaveProperty(key);
    }
    for (const key of ['year', 'label', 'specialists', 'newSpecialists', 'clients', 'jobOutcomes', 'cost']) {
      expect(at25.boards[0].years[0]).toHaveProperty(key);
    }
    expect(at25.warnings).toContainEqual(
      expect.objectContaining({ board: 'Borders', message: expect.stringContaining('per 100,000') }),
    );
  }, 30000);

  it('applies every option it is given', async () => {
    const { code, out } = await runCli([
      '--json',
      '--coverage',
      '50',
      '--cost-per-engagement',
      '£1,300',
      '--in-work',
      '20',
      '--interested',
      '40',
      '--caseload',
      '25',
      '--rounding',
      'up',
      '--years',
      '3',
      '--first-year',
      '2030/31',
    ]);
    expect(code).toBe(0);
    const [s] = JSON.parse(out).scenarios;
    const lothian = s.boards.find((b: { name: string }) => b.name === 'Lothian');
    expect(lothian.eligible).toBeCloseTo(9312 * 0.8 * 0.4, 9);
    expect(lothian.clientsPerYear).toBeCloseTo(9312 * 0.8 * 0.4 * 0.5, 9);
    expect(lothian.specialists).toBe(Math.ceil((9312 * 0.8 * 0.4 * 0.5) / 25));
    expect(lothian.costPerYear).toBeCloseTo(9312 * 0.8 * 0.4 * 0.5 * 1300, 6);
    expect(lothian.years.map((y: { label: string }) => y.label)).toEqual(['2030/31', '2031/32', '2032/33']);
  });

  it('plans a planner’s own CSV', async () => {
    const file = csvFile('board,smi_contacts,population,existing_es,phase\nNorth,"3,654",369670,2,1\nSouth,1000,,,3\n');
    const { code, out } = await runCli(['--json', '--boards', file]);
    expect(code).toBe(0);
    const [s] = JSON.parse(out).scenarios;
    expect(s.boards.map((b: { name: string; specialists: number }) => [b.name, b.specialists])).toEqual([
      ['North', 6],
      ['South', 2],
    ]);
    expect(s.boards[1].years.slice(0, 2).map((y: { specialists: number }) => y.specialists)).toEqual([0, 0]);
  });

  it('reports every problem with row, column and value, exits non-zero and prints nothing on stdout', async () => {
    const file = csvFile('board,smi_contacts\nA,abc\nB,-3\nA,5\n,7\nC,\n');
    const { code, out, err } = await runCli(['--json', '--boards', file, '--coverage', '120', '--bogus']);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      'error: --coverage: 120 is outside 0–100 (a percentage)',
      'error: unknown option --bogus (see --help)',
    ]);
    const second = await runCli(['--json', '--boards', file]);
    expect(second.out).toBe('');
    expect(second.err.trim().split('\n')).toEqual([
      `error: ${file} row 2, column smi_contacts: "abc" is not a number: SMI contacts must be a number`,
      `error: ${file} row 3, column smi_contacts: "-3" is negative: SMI contacts must be 0 or more`,
      `error: ${file} row 4, column board: "A" appears twice (first at row 2)`,
      `error: ${file} row 5, column board: the cell is blank: every area needs a name`,
      `error: ${file} row 6, column smi_contacts: the cell is blank: every area needs its SMI contacts`,
    ]);
  });

  it.each([
    [['--in-work', '-1'], '--in-work: -1 is outside 0–100 (a percentage)'],
    [['--interested', '101'], '--interested: 101 is outside 0–100 (a percentage)'],
    [['--rounding', 'down'], '--rounding: "down" is not one of nearest-min1, up, none'],
    [['--years', '2.5'], '--years: 2.5 must be a whole number'],
    [['--caseload'], '--caseload needs a value'],
    [['extra'], 'unexpected argument "extra": options start with -- (see --help)'],
  ])('refuses %p', async (args, message) => {
    const { code, out, err } = await runCli(['--json', ...args]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`error: ${message}\n`);
  });

  it('exits non-zero through npm too', () => {
    const result = spawnSync('npm', ['run', 'plan', '--', '--json', '--coverage', 'x'], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: --coverage: "x" is not a number');
  }, 30000);
});
