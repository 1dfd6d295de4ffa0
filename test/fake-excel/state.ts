/**
 * What the fake workbook holds, in plain data, so tests can inspect every effect of the writer.
 * Cells live in a Map keyed by row * MAX_COLS + col; formulas written in R1C1 keep their R1C1 text and
 * show their A1 text through `formulaA1` (src/hosts/excel/formulaRefs), like Excel does.
 */
import { r1c1ToA1 } from '../../src/hosts/excel/formulaRefs';
import { type Rect, MAX_COLS } from './address';

export type Scalar = string | number | boolean;

export interface CellFormatState {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  borders?: Partial<
    Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', { style: string; weight?: string; color?: string }>
  >;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export interface CellState {
  /** Constant value (a formula has none here: its value is computed when read, calc.ts). */
  value?: Scalar;
  /** Error value such as "#N/A" (valueTypes "Error"). */
  error?: string;
  /** A1 formula as written through `formulas`. */
  formula?: string;
  /** R1C1 formula as written through `formulasR1C1`. */
  formulaR1C1?: string;
  /** The entry began with an apostrophe: stored as text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: CellFormatState;
}

export interface ChartState {
  name: string;
  type: string;
  title?: string;
  seriesBy?: string;
  series: { name?: string; values?: string; xValues?: string }[];
  position?: { start: string; end?: string };
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  hasHeaders: boolean;
  style?: string;
}

export interface PageLayoutState {
  orientation?: string;
  printArea?: string;
  printTitleRows?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  paperSize?: string;
  printGridlines?: boolean;
  /** leftMargin, headerMargin, … in points. */
  margins?: Record<string, number>;
  /** leftHeader, rightFooter, … of defaultForAllPages. */
  headersFooters?: Record<string, string>;
  /** Addresses of the cells each manual horizontal break was added before. */
  rowBreaks?: string[];
}

export interface ValidationState {
  address: string;
  rule: unknown;
}

/** A conditional format (ExcelApi 1.6): format keys such as "fill.color", "font.bold". */
export interface ConditionalFormatState {
  address: string;
  type: string;
  rule: unknown;
  format: Record<string, unknown>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor?: string;
  cells: Map<number, CellState>;
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  freeze?: { rows: number; cols: number };
  pageLayout: PageLayoutState;
  validations: ValidationState[];
  conditionalFormats?: ConditionalFormatState[];
  charts: ChartState[];
  merged: Rect[];
  deleted?: boolean;
}

export interface NameState {
  name: string;
  /** "='Sheet'!$A$1:$B$2" or a constant formula. */
  formula: string;
  comment: string;
  visible: boolean;
  type: string;
}

export interface CustomXmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  tables: TableState[];
  customXmlParts: CustomXmlPartState[];
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  nextId: number;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRowCol(key: number): [number, number] {
  return [Math.floor(key / MAX_COLS), key % MAX_COLS];
}

/** A1 formula of a cell, whichever way it was written. */
export function formulaA1(cell: CellState | undefined, row: number, col: number): string | undefined {
  if (!cell) return undefined;
  if (cell.formula !== undefined) return cell.formula;
  if (cell.formulaR1C1 !== undefined) return r1c1ToA1(cell.formulaR1C1, row, col);
  return undefined;
}

export function isEmptyCell(cell: CellState | undefined): boolean {
  return (
    !cell ||
    (cell.value === undefined &&
      cell.error === undefined &&
      cell.formula === undefined &&
      cell.formulaR1C1 === undefined)
  );
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    cells: new Map(),
    columnWidths: new Map(),
    pageLayout: {},
    validations: [],
    charts: [],
    merged: [],
  };
}
