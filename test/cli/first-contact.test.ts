import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';
import { ASSUMPTION_INFO } from '../../src/model/assumptions';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ips-first-'));
const ROOT = join(__dirname, '..', '..');

describe('npm run plan from a subfolder', () => {
  it('reads --boards and writes --out in the folder the user ran it from, and says where', () => {
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const sub = mkdtempSync(join(ROOT, 'test-artifacts', 'cli-sub-'));
    try {
      writeFileSync(join(sub, 'mine.csv'), 'board,smi_contacts\nNorth,1000\nSouth,2000\n');
      const stdout = execFileSync('npm', ['run', 'plan', '--', '--boards', 'mine.csv', '--out', 'sub.xlsx'], {
        cwd: sub,
        encoding: 'utf8',
      });
      const landed = join(sub, 'sub.xlsx');
      expect(statSync(landed).size).toBeGreaterThan(1000);
      expect(existsSync(join(ROOT, 'sub.xlsx'))).toBe(false);
      expect(stdout).toBe(`Wrote ${landed} (25% coverage; 2 areas)\n`);
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  }, 60000);

  it('resolves relative paths against the folder it is given, not the process folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.csv'), 'board,smi_contacts\nNorth,1000\n');
    const { code, out, err } = await runCli(['--boards', 'mine.csv', '--out', 'plan.xlsx'], dir);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(`Wrote ${join(dir, 'plan.xlsx')} (25% coverage; 1 area)\n`);
    expect(existsSync(join(dir, 'plan.xlsx'))).toBe(true);
  });
});

describe('--json with --out', () => {
  it('does both: JSON alone on stdout, the workbook written, the confirmation on stderr', async () => {
    const dir = tempDir();
    const { code, out, err } = await runCli(['--json', '--out', 'both.xlsx', '--coverage', '25,50'], dir);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual(['25% coverage', '50% coverage']);
    expect(statSync(join(dir, 'both.xlsx')).size).toBeGreaterThan(1000);
    expect(err).toBe(`Wrote ${join(dir, 'both.xlsx')} (25% coverage, 50% coverage; 14 areas)\n`);
  });

  it('prints no JSON when the workbook cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.xlsx'), 'precious');
    const { code, out, err } = await runCli(['--json', '--out', 'taken.xlsx'], dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'taken.xlsx'), 'utf8')).toBe('precious');
  });
});

describe('help', () => {
  it('-h works like --help', async () => {
    const long = await runCli(['--help']);
    const short = await runCli(['-h']);
    expect(short).toEqual(long);
    expect(short.code).toBe(0);
    expect(short.out).toMatch(/^Plan IPS employment specialists/);
  });

  it('shows £ on every money option and says percentages are typed as 10, not 0.1', async () => {
    const { out } = await runCli(['--help']);
    expect(out).toMatch(/10 for 10%, not 0\.1/);
    for (const info of ASSUMPTION_INFO.filter((i) => i.unit === 'gbp')) {
      expect(out).toMatch(new RegExp(`--${info.cliFlag} £N .*\\(default £[\\d,]+\\)`));
    }
    expect(out).toContain('(default £2,000)');
    expect(out).toMatch(/--in-work N% .*\(default 10%\)/);
  });
});

describe('percentages typed as fractions', () => {
  it.each([
    ['--coverage', '0.25', '25'],
    ['--coverage', '25,0.5', '50'],
    ['--in-work', '0.1', '10'],
    ['--interested', '.3', '30'],
    ['--into-work', '0.4', '40'],
    ['--pension', '0.143', '14.3'],
  ])('%s %s is refused, suggesting %s', async (flag, value, suggested) => {
    const { code, out, err } = await runCli(['--json', flag, value]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      new RegExp(`^error: ${flag}: .* looks like a fraction: percentages are typed as ${suggested} for`),
    );
  });

  it('takes a value below 1 that ends in % as that percentage, and 0 and 1 as they are', async () => {
    const { code, out } = await runCli(['--json', '--coverage', '0.5%,0,1', '--in-work', '1']);
    expect(code).toBe(0);
    const scenarios = JSON.parse(out).scenarios;
    expect(scenarios.map((s: { assumptions: { coverage: number } }) => s.assumptions.coverage)).toEqual([
      0.005, 0, 0.01,
    ]);
    expect(scenarios[0].assumptions.inWork).toBe(0.01);
  });
});

describe('coverages that are the same', () => {
  it('collapse to one scenario, and stderr says so', async () => {
    const { code, out, err } = await runCli(['--json', '--coverage', '25,25.0,50']);
    expect(code).toBe(0);
    expect(JSON.parse(out).scenarios.map((s: { name: string }) => s.name)).toEqual(['25% coverage', '50% coverage']);
    expect(err).toBe('note: --coverage: 25.0 is the same as 25: one scenario for both\n');
  });
});

describe('a plan too large for a workbook', () => {
  it('is refused up front with the limit and why, and --json still plans it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-large-'));
    const rows = Array.from({ length: 10_001 }, (_, i) => `Zone ${i + 1},${10 + (i % 50)}`);
    writeFileSync(join(dir, 'large.csv'), ['board,smi_contacts', ...rows].join('\n'));
    const refused = await runCli(['--boards', 'large.csv', '--out', 'large.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/10,001 areas is more than a workbook can hold here: the limit is 10,000 .*--json/);
    expect(existsSync(join(dir, 'large.xlsx'))).toBe(false);
    const json = await runCli(['--boards', 'large.csv', '--json'], dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).scenarios[0].boards).toHaveLength(10_001);
  });
});
