import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ips-wb-'));

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('npm run plan -- --out FILE.xlsx', () => {
  it('writes the workbook, one sheet per coverage', async () => {
    const file = join(tempDir(), 'plan.xlsx');
    const { code, out, err } = await runCli(['--out', file, '--coverage', '25,50,100']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(file);
    expect(await sheetNames(file)).toEqual([
      'Summary',
      'Inputs',
      '25% coverage',
      '50% coverage',
      '100% coverage',
      'Notes',
    ]);
  });

  it('writes a planner’s own CSV areas', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'boards.csv'),
      'board,smi_contacts,population\n"=HYPERLINK(""x"")",1000,50000\nSouth,"2,500",80000\n',
    );
    const file = join(dir, 'mine.xlsx');
    const { code } = await runCli(['--boards', join(dir, 'boards.csv'), '--out', file, '--coverage', '40']);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const inputs = wb.getWorksheet('Inputs')!;
    // The area's name, wherever the areas table starts, is text, not a formula.
    const named: ExcelJS.Cell[] = [];
    inputs.getColumn(1).eachCell((cell) => {
      if (String(cell.value).includes('HYPERLINK')) named.push(cell);
    });
    expect(named.map((c) => [c.value, c.formula])).toEqual([['=HYPERLINK("x")', undefined]]);
    expect(wb.getWorksheet('40% coverage')).toBeDefined();
  });

  it('refuses to overwrite a file unless --force, and then replaces it', async () => {
    const file = join(tempDir(), 'plan.xlsx');
    writeFileSync(file, 'precious');
    const refused = await runCli(['--out', file]);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(refused.out).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('precious');
    const forced = await runCli(['--out', file, '--force']);
    expect(forced.code).toBe(0);
    expect(await sheetNames(file)).toContain('25% coverage');
  });

  it('writes ips-plan.xlsx in the current folder when given neither --out nor --json, and says so', async () => {
    const dir = tempDir();
    const here = process.cwd();
    process.chdir(dir);
    try {
      const { code, out } = await runCli([]);
      expect(code).toBe(0);
      expect(out).toContain(`Wrote ${join(dir, 'ips-plan.xlsx')} (`);
      expect(statSync(join(dir, 'ips-plan.xlsx')).size).toBeGreaterThan(1000);
      const again = await runCli([]);
      expect(again.code).not.toBe(0);
    } finally {
      process.chdir(here);
    }
  });

  it('writes nothing on bad input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), 'board,smi_contacts\nNorth,lots\nSouth,-3\n');
    const cases = [
      ['--boards', join(dir, 'bad.csv')],
      ['--coverage', '250'],
      ['--no-such-option', '1'],
      ['--boards', join(dir, 'missing.csv')],
    ];
    for (const args of cases) {
      const file = join(dir, 'never.xlsx');
      const { code, out, err } = await runCli([...args, '--out', file]);
      expect([args, code === 0, out]).toEqual([args, false, '']);
      expect(err).toMatch(/^error: /);
      expect(existsSync(file)).toBe(false);
    }
    const notXlsx = await runCli(['--out', join(dir, 'plan.csv')]);
    expect(notXlsx.code).not.toBe(0);
    expect(notXlsx.err).toMatch(/\.xlsx/);
    expect(existsSync(join(dir, 'plan.csv'))).toBe(false);
    const noFolder = await runCli(['--out', join(dir, 'no', 'such', 'folder', 'plan.xlsx')]);
    expect(noFolder.code).not.toBe(0);
    expect(noFolder.err).toMatch(/cannot write/);
  });
});
