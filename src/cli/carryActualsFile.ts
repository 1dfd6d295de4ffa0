/**
 * Actuals never get lost on the command line either: before --force replaces a workbook, the figures
 * typed into its IPS_Actuals table (and any block of rows kept from an earlier plan below it) are read
 * back, and the new workbook carries them, matched on area and year, as the task pane does.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ActualsRow } from '../model/carryActuals';
import { MONITORING_SHEET } from '../sheets/monitoring';
import { readActualsTable, readKeptBlock } from '../sheets/monitoring';

/** A cell as a plain value: the text or number typed, or a formula's cached result where there is one. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'result' in value) return value.result ?? null;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value;
}

/** The Monitoring sheet's actuals in the file at `path`, or null when there is no file or no such sheet. */
export async function actualsInFile(path: string): Promise<ActualsRow[] | null> {
  if (!existsSync(path)) return null;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    // Not a workbook (or not one ExcelJS can open): it holds no IPS_Actuals, and --force replaces it as asked.
    return null;
  }
  const ws = wb.getWorksheet(MONITORING_SHEET);
  if (!ws) return null;
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values = row.values as ExcelJS.CellValue[];
    grid[r - 1] = values.slice(1).map(plain);
  });
  const header = grid.findIndex((row) => row?.[0] === 'Area' && row?.[1] === 'Year');
  if (header < 0) return null;
  let end = header + 1;
  while (end < grid.length && String(grid[end]?.[0] ?? '').trim() !== '') end++;
  const rows = readActualsTable(grid.slice(header, end).map((row) => row ?? []));
  return [...rows, ...readKeptBlock(grid.slice(end).map((row) => row ?? []))];
}
