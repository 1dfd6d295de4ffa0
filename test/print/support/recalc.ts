/**
 * A workbook recalculated by LibreOffice: the .xlsx (formulas without cached results, as the writers
 * leave them) is opened headless and saved again as .xlsx, with every formula's value as LibreOffice
 * computed it; ExcelJS reads those values back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export interface Recalculated {
  /** The value LibreOffice computed (or the value written) at a 0-based row and column. */
  value(sheet: string, pos: { row: number; col: number }): unknown;
}

export async function recalculated(xlsx: Uint8Array, name: string): Promise<Recalculated> {
  const dir = mkdtempSync(join(tmpdir(), 'ips-recalc-'));
  const file = join(dir, `${name}.xlsx`);
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(file, xlsx);
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, `${name}.xlsx`));
  return {
    value(sheet, { row, col }) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`LibreOffice's copy has no sheet "${sheet}"`);
      const v = ws.getCell(row + 1, col + 1).value;
      if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
      if (v && typeof v === 'object' && 'sharedFormula' in v)
        return (v as ExcelJS.CellSharedFormulaValue).result ?? null;
      return v;
    },
  };
}
