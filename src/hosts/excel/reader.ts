/**
 * Reading areas from the user's selection or one of their tables. Nothing is written. Every problem is
 * reported with the cell's address ("Boards!C5"): the grid rules (header detection, "3,654" and numbers
 * stored as text, blanks, errors, negatives, duplicates) are src/parse/areasTable's; this file adds what
 * only Excel knows: error cells (valueTypes "Error", whatever their text) and merged cells (ExcelApi 1.13;
 * skipped on older hosts).
 */
import { type AreasRead, type Problem, readAreasGrid } from '../../parse/areasTable';
import { type CellValue, isBlank, isErrorValue, showValue } from '../../parse/numbers';
import { columnLetter, sheetRef } from '../../sheets/blueprint';
import { columnNumber } from './formulaRefs';
import { type Supports, excelApi, officeSupports } from './support';

export interface ReadOptions {
  supports?: Supports;
}

export interface TableListing {
  name: string;
  sheet: string;
}

interface Origin {
  sheet: string;
  row: number;
  col: number;
}

function cellRef(o: Origin, r: number, c: number): string {
  return `${sheetRef(o.sheet)}!${columnLetter(o.col + c)}${o.row + r + 1}`;
}

/** Excel's values, with errors made recognisable and empty cells as null. */
function toGrid(values: unknown[][], types: string[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const type = types[r]?.[c];
      if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
      if (type === 'Error') return isErrorValue(String(v)) ? String(v) : '#VALUE!';
      return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
    }),
  );
}

function mergedProblems(mergedAddress: string | null, origin: Origin, grid: CellValue[][]): Problem[] {
  if (!mergedAddress) return [];
  return mergedAddress.split(',').flatMap((full) => {
    const area = full.slice(full.lastIndexOf('!') + 1);
    const m = /^\$?([A-Z]+)\$?(\d+)/.exec(area);
    if (!m) return [];
    const col = columnNumber(m[1]);
    const r = Number(m[2]) - 1 - origin.row;
    const c = col - 1 - origin.col;
    return [
      {
        sheet: origin.sheet,
        row: Number(m[2]),
        column: m[1],
        address: cellRef(origin, r, c),
        value: showValue(grid[r]?.[c]),
        message: `${isBlank(grid[r]?.[c]) ? 'the cell ' : ''}is part of merged cells ${area}: unmerge them so that every cell holds its own value`,
      },
    ];
  });
}

function readGrid(origin: Origin, values: unknown[][], types: string[][], merged: string | null): AreasRead {
  const grid = toGrid(values, types);
  const read = readAreasGrid(grid, {
    locate: (r, c) => ({
      sheet: origin.sheet,
      row: origin.row + r + 1,
      column: columnLetter(origin.col + c),
      address: cellRef(origin, r, c),
    }),
  });
  const extra = mergedProblems(merged, origin, grid);
  if (!extra.length) return read;
  const problems = [...extra, ...read.problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { ...read, areas: [], problems };
}

async function readRange(
  context: Excel.RequestContext,
  range: Excel.Range,
  sheet: string,
  supports: Supports,
): Promise<AreasRead> {
  range.load('values,valueTypes,rowIndex,columnIndex');
  const merged = excelApi(supports, '1.13') ? range.getMergedAreasOrNullObject().load('address') : null;
  await context.sync();
  const origin = { sheet, row: range.rowIndex, col: range.columnIndex };
  return readGrid(
    origin,
    range.values,
    range.valueTypes as string[][],
    merged && !merged.isNullObject ? merged.address : null,
  );
}

/** Areas from the selected cells (only the part that holds values: a whole-column selection is fine). */
export async function readAreasFromSelection(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<AreasRead> {
  const supports = options.supports ?? officeSupports;
  const selection = context.workbook.getSelectedRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = selection.worksheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const row = Math.max(selection.rowIndex, used.isNullObject ? 0 : used.rowIndex);
  const col = Math.max(selection.columnIndex, used.isNullObject ? 0 : used.columnIndex);
  const rowEnd = used.isNullObject
    ? row
    : Math.min(selection.rowIndex + selection.rowCount, used.rowIndex + used.rowCount);
  const colEnd = used.isNullObject
    ? col
    : Math.min(selection.columnIndex + selection.columnCount, used.columnIndex + used.columnCount);
  const origin = { sheet: sheet.name, row: selection.rowIndex, col: selection.columnIndex };
  if (rowEnd <= row || colEnd <= col) return readGrid(origin, [], [], null);
  return readRange(context, sheet.getRangeByIndexes(row, col, rowEnd - row, colEnd - col), sheet.name, supports);
}

/** Areas from a table (its header row and data). */
export async function readAreasFromTable(
  context: Excel.RequestContext,
  tableName: string,
  options: ReadOptions = {},
): Promise<AreasRead> {
  const supports = options.supports ?? officeSupports;
  const table = context.workbook.tables.getItemOrNullObject(tableName).load('name');
  await context.sync();
  if (table.isNullObject) {
    return {
      areas: [],
      columns: {},
      problems: [
        { row: 0, column: '', value: '', message: `there is no table called "${tableName}" in this workbook` },
      ],
    };
  }
  const sheet = table.worksheet.load('name');
  const range = table.getRange();
  range.load('rowIndex');
  await context.sync();
  return readRange(context, range, sheet.name, supports);
}

/** The workbook's tables, for the pane's "use a table" list. One request. */
export async function listTables(context: Excel.RequestContext): Promise<TableListing[]> {
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  return tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}
