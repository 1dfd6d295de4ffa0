/**
 * `--out FILE.xlsx --economics`: the workbook gains the Economic case sheet, following the first scenario,
 * its blue inputs at the flags' values; recalculated by LibreOffice, its named results equal the JSON's.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printAvailable } from '../print/support/pdf';
import { recalculated } from '../print/support/recalc';
import { runCli } from './support/runCli';

jest.setTimeout(240_000);

const FLAGS = ['--discount-rate', '5', '--appraisal-years', '14', '--nhs-saving', '500', '--tax-benefit-saving', '20'];

/** Where a workbook name points: its sheet and 0-based cell. */
function namedCell(wb: ExcelJS.Workbook, name: string): { sheet: string; row: number; col: number } {
  const [ref] = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(name).ranges;
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`${name} refers to ${ref}`);
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet: m[1].replace(/''/g, "'"), row: Number(m[3]) - 1, col };
}

async function written(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ips-econ-'));
  const { code, out, err } = await runCli([...args, '--out', 'e.xlsx'], dir);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'e.xlsx'));
  return { wb, out, err, file: join(dir, 'e.xlsx') };
}

describe('npm run plan -- --out FILE.xlsx --economics', () => {
  it('adds the Economic case sheet after the scenarios, its inputs at the flags’ values', async () => {
    const { wb, err } = await written(['--economics', '--coverage', '25,50', ...FLAGS]);
    expect(err).toBe('');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      '25% coverage',
      '50% coverage',
      'Economic case',
      'Notes',
    ]);
    const input = (name: string) => {
      const at = namedCell(wb, name);
      return wb.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value;
    };
    expect([
      input('IPS_DiscountRate'),
      input('IPS_AppraisalYears'),
      input('IPS_NHSSaving'),
      input('IPS_TaxBenefitSaving'),
      input('IPS_OtherBenefit'),
    ]).toEqual([0.05, 14, 500, 0.2, 0]);
  });

  it('leaves the sheet out without --economics', async () => {
    const { wb } = await written(['--coverage', '25']);
    expect(wb.getWorksheet('Economic case')).toBeUndefined();
  });

  (printAvailable() ? it : it.skip)('recalculates, in LibreOffice, to the JSON’s figures', async () => {
    const { wb, out, file } = await written(['--json', '--economics', '--coverage', '25,50', ...FLAGS]);
    const e = JSON.parse(out).scenarios[0].economics;
    const lo = await recalculated(readFileSync(file), 'cli-economics');
    const result = (name: string) => {
      const at = namedCell(wb, name);
      return lo.value(at.sheet, at) as number;
    };
    expect(Math.abs(result('IPS_NPV') - e.netPresentValue)).toBeLessThan(1);
    expect(Math.abs(result('IPS_PresentCost') - e.presentCost)).toBeLessThan(1);
    expect(Math.abs(result('IPS_PresentBenefits') - e.presentBenefits)).toBeLessThan(1);
    expect(Math.abs(result('IPS_BCR') - e.benefitCostRatio)).toBeLessThan(1e-9);
    expect(Math.abs(result('IPS_BreakEvenValue') - e.breakEvenValuePerJobOutcome)).toBeLessThan(1e-6);
  });
});
