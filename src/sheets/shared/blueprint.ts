/**
 * A host-neutral description of the scenario workbook: sheets, cells (values and live formulas),
 * formats, names, tables, print setup and charts. Two writers turn it into a real workbook:
 * src/hosts/excel (Office.js) and src/hosts/xlsx (ExcelJS). Nothing here knows either of them.
 *
 * Coordinates are 0-based (row 0, col 0 = A1). Formulas are A1-style strings starting with "=",
 * using classic functions only (Excel 2016+, Excel on the web, LibreOffice, HyperFormula).
 */

/** A cell's content. A string is always text (even "=HYPERLINK(…)"); only `{ formula }` is a formula. */
export type Cell = string | number | boolean | null | { formula: string };

export function isFormula(cell: Cell): cell is { formula: string } {
  return typeof cell === 'object' && cell !== null;
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A rectangle of cells written in one go; every row has the same length. */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
}

/** Concrete formatting, so both writers draw the same thing. Colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  /** Thin border on these sides. */
  border?: ('top' | 'bottom' | 'left' | 'right')[];
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  /** Top, for a row whose other cells wrap onto several lines. */
  vAlign?: 'top';
}

export interface FormatRange {
  range: RangeRef;
  /** Excel number format code, e.g. "#,##0", "£#,##0", "0.0%", "@". */
  numberFormat?: string;
  style?: CellStyle;
}

export interface TableSpec {
  /** Workbook-unique table name, e.g. "IPS_Areas". */
  name: string;
  /** Header row included. */
  range: RangeRef;
  style?: string;
}

export interface ChartSpec {
  title: string;
  type: 'columnClustered' | 'barClustered' | 'line' | 'columnStacked';
  /** Category labels (one column or row). */
  categories: RangeRef;
  series: { name: string; values: RangeRef }[];
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: RangeRef;
  /**
   * Optional: the figures the model gives these cells, for a writer that stores a chart's values beside its
   * references (the .xlsx writers: for readers that do not recalculate). Where missing, a writer takes a
   * cell's constant from the blocks, and leaves a formula cell's point for the reader to compute.
   */
  cached?: { categories?: (string | number)[]; series?: (number | null)[][] };
}

/**
 * How a sheet prints: always on A4, one page wide, gridlines off. Header and footer texts use Excel's
 * codes (&L &C &R sections, &P page, &N pages, &A sheet name), which Office.js, ExcelJS and LibreOffice share.
 */
export interface PrintSetup {
  area: RangeRef;
  orientation: 'landscape' | 'portrait';
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  titleRows?: { first: number; last: number };
  /** A manual page break before each of these rows (0-based), so no table is cut where a reader does not expect it. */
  rowBreaks: number[];
  header: string;
  footer: string;
}

/**
 * What an input cell accepts: a drop-down of choices, or a number in a range. Excel shows the prompt
 * when the cell is selected and refuses anything else with the same words.
 */
export interface Validation {
  range: RangeRef;
  /** A drop-down of these choices (none contains a comma)... */
  values?: string[];
  /** ...or a number from min to max, whole or not. */
  number?: { min: number; max: number; whole: boolean };
  /** A blank cell is allowed: it means the model's default. */
  allowBlank: boolean;
  prompt: { title: string; message: string };
}

/**
 * A colour for cells whose text equals a word (a KPI status), at a glance on screen. The word stays in
 * the cell, so the sheet reads the same printed in black and white.
 */
export interface ConditionalFormat {
  range: RangeRef;
  /** The cell's text equals this (Excel compares case-insensitively). */
  textEquals: string;
  style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
}

export type SheetRole = 'inputs' | 'scenario' | 'sensitivity' | 'summary' | 'notes' | 'monitoring' | 'economics';

export interface SheetBlueprint {
  /** ≤ 31 characters, none of : \ / ? * [ ] */
  name: string;
  role: SheetRole;
  blocks: Block[];
  formats: FormatRange[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  tables: TableSpec[];
  charts: ChartSpec[];
  validations: Validation[];
  /** Optional: the ExcelJS writer draws them; the Office.js writer does not yet. */
  conditionalFormats?: ConditionalFormat[];
  print?: PrintSetup;
  /** Heights in points of rows whose wrapped text needs more than one line (no writer measures text). */
  rowHeights: { row: number; height: number }[];
  tabColor?: string;
}

export interface DefinedName {
  /** e.g. "IPS_Coverage". Workbook scope. */
  name: string;
  sheet: string;
  range: RangeRef;
  comment?: string;
}

export interface WorkbookBlueprint {
  sheets: SheetBlueprint[];
  names: DefinedName[];
  properties: { title: string; author: string; version: string; generated: string };
}

/** "A1" for (0, 0); absolute "$A$1" when asked. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function rangeAddress(r: RangeRef, absolute = false): string {
  const start = cellAddress(r.row, r.col, absolute);
  return r.rows === 1 && r.cols === 1
    ? start
    : `${start}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/**
 * A sheet name as a formula needs it: quoted unless it is a plain identifier that could not be
 * read as a cell reference (a sheet called "A1" or "R1C1" must be quoted too).
 */
export function sheetRef(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
