/**
 * Reading areas (or actuals) from the user's selection, or areas from one of their tables. Nothing is written. Every problem is
 * reported with the cell's address ("Boards!C5"): the grid rules (header detection, "3,654" and numbers
 * stored as text, blanks, errors, negatives, duplicates) are src/parse/areasTable's; this file adds what
 * only Excel knows: error cells (valueTypes "Error", whatever their text) and merged cells (ExcelApi 1.13;
 * skipped on older hosts).
 */
import { type ActualsPlan, type ActualsRead, readActualsGrid } from '../../parse/actuals';
import { type AreasRead, type GridPlace, type Problem, readAreasGrid } from '../../parse/areasTable';
import { type CellValue, isBlank, isErrorValue, showValue } from '../../parse/numbers';
import { columnLetter, sheetRef } from '../../sheets/shared/blueprint';
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

/** What a grid is read as, and the same read refused (nothing in it kept) when Excel adds problems. */
interface GridReader<T extends { problems: Problem[] }> {
  read(grid: CellValue[][], place: GridPlace): T;
  refuse(read: T, problems: Problem[]): T;
}

const AREAS: GridReader<AreasRead> = {
  read: readAreasGrid,
  refuse: (read, problems) => ({ ...read, areas: [], problems }),
};

const actualsFor = (plan: ActualsPlan): GridReader<ActualsRead> => ({
  read: (grid, place) => readActualsGrid(grid, plan, place),
  refuse: (_read, problems) => ({ actuals: [], problems }),
});

function readGrid<T extends { problems: Problem[] }>(
  origin: Origin,
  values: unknown[][],
  types: string[][],
  merged: string | null,
  reader: GridReader<T>,
): T {
  const grid = toGrid(values, types);
  const read = reader.read(grid, {
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
  return reader.refuse(read, problems);
}

async function readRange<T extends { problems: Problem[] }>(
  context: Excel.RequestContext,
  range: Excel.Range,
  sheet: string,
  supports: Supports,
  reader: GridReader<T>,
): Promise<T> {
  range.load('values,valueTypes,rowIndex,columnIndex');
  const merged = excelApi(supports, '1.13') ? range.getMergedAreasOrNullObject().load('address') : null;
  await context.sync();
  const origin = { sheet, row: range.rowIndex, col: range.columnIndex };
  return readGrid(
    origin,
    range.values,
    range.valueTypes as string[][],
    merged && !merged.isNullObject ? merged.address : null,
    reader,
  );
}

/** Areas from the selected cells (only the part that holds values: a whole-column selection is fine). */
export function readAreasFromSelection(context: Excel.RequestContext, options: ReadOptions = {}): Promise<AreasRead> {
  return readSelection(context, AREAS, options);
}

/** Actuals for a plan from the selected cells, read as a CSV of actuals is (--actuals), each problem at its cell. */
export function readActualsFromSelection(
  context: Excel.RequestContext,
  plan: ActualsPlan,
  options: ReadOptions = {},
): Promise<ActualsRead> {
  return readSelection(context, actualsFor(plan), options);
}

async function readSelection<T extends { problems: Problem[] }>(
  context: Excel.RequestContext,
  reader: GridReader<T>,
  options: ReadOptions,
): Promise<T> {
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
  if (rowEnd <= row || colEnd <= col) return readGrid(origin, [], [], null, reader);
  const range = sheet.getRangeByIndexes(row, col, rowEnd - row, colEnd - col);
  return readRange(context, range, sheet.name, supports, reader);
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
  return readRange(context, range, sheet.name, supports, AREAS);
}

/** The workbook's tables, for the pane's "use a table" list. One request. */
export async function listTables(context: Excel.RequestContext): Promise<TableListing[]> {
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  return tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}
