/**
 * What a sheet of the blueprint becomes in ExcelJS's terms, decided once for both .xlsx writers: the
 * in-memory one (writeXlsx, also in the browser) and the streaming one the command line uses (streamXlsx).
 * Type-only ExcelJS imports: this module loads no ExcelJS code itself.
 */
import type ExcelJS from 'exceljs';
import {
  Cell,
  CellStyle,
  ConditionalFormat,
  FormatRange,
  PrintSetup,
  SheetBlueprint,
  TableSpec,
  Validation,
  cellAddress,
  columnLetter,
  isFormula,
  rangeAddress,
} from '../../sheets/shared/blueprint';
import { MARGINS } from '../../sheets/shared/print';

export type XlsxStyle = Partial<ExcelJS.Style>;

/** The options a worksheet is created with: tab colour and frozen panes. */
export function sheetOptions(sheet: SheetBlueprint): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : [],
  };
}

/** A blueprint cell as ExcelJS holds it. A string is always text, even "=HYPERLINK(…)". */
export function cellValue(cell: Cell): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return cell;
}

/** A cell the sheet writes (0-based column): its content, undefined where only a format reaches it, and its style. */
export interface SheetCell {
  col: number;
  value: Cell | undefined;
  style: XlsxStyle | undefined;
}

/**
 * Every row of cells the sheet writes, top to bottom, left to right (0-based), each style one shared
 * object per distinct style. A later block overwrites an earlier one, and a null writes nothing, as a
 * block written over another would. A generator, so a writer can pause between rows.
 */
export function* sheetRows(sheet: SheetBlueprint): Generator<{ row: number; cells: SheetCell[] }> {
  const styles = sheetStyles(sheet);
  const byRow: number[][] = [];
  let lastRow = styles.rows - 1;
  sheet.blocks.forEach((b, k) => {
    for (let i = 0; i < b.cells.length; i++) (byRow[b.row + i] ??= []).push(k);
    lastRow = Math.max(lastRow, b.row + b.cells.length - 1);
  });
  const values: (Cell | undefined)[] = [];
  for (let r = 0; r <= lastRow; r++) {
    values.length = 0;
    let width = r < styles.rows ? styles.cols : 0;
    for (const k of byRow[r] ?? []) {
      const b = sheet.blocks[k];
      const row = b.cells[r - b.row];
      for (let j = 0; j < row.length; j++) if (row[j] !== null) values[b.col + j] = row[j];
      width = Math.max(width, b.col + row.length);
    }
    const cells: SheetCell[] = [];
    for (let c = 0; c < width; c++) {
      const style = styles.at(r, c);
      if (values[c] !== undefined || style) cells.push({ col: c, value: values[c], style });
    }
    if (cells.length) yield { row: r, cells };
  }
}

/**
 * Each cell's style once every format over it is applied in order, as shared objects: one per distinct
 * sequence of formats, so a million cells cost a grid of small numbers, not a million style objects.
 */
function sheetStyles(sheet: SheetBlueprint): {
  rows: number;
  cols: number;
  at(r: number, c: number): XlsxStyle | undefined;
} {
  const rows = Math.max(0, ...sheet.formats.map((f) => f.range.row + f.range.rows));
  const cols = Math.max(0, ...sheet.formats.map((f) => f.range.col + f.range.cols));
  const ids = new Uint32Array(rows * cols); // 0: no format
  const styles: (XlsxStyle | undefined)[] = [undefined];
  sheet.formats.forEach((format) => {
    const next = new Map<number, number>(); // a style id before this format → after it
    const { row, col } = format.range;
    for (let r = row; r < row + format.range.rows; r++) {
      for (let i = r * cols + col, end = i + format.range.cols; i < end; i++) {
        let id = next.get(ids[i]);
        if (id === undefined) {
          id = styles.push(withFormat(styles[ids[i]], format)) - 1;
          next.set(ids[i], id);
        }
        ids[i] = id;
      }
    }
  });
  return { rows, cols, at: (r, c) => (r < rows && c < cols ? styles[ids[r * cols + c]] : undefined) };
}

/** A style with one more format applied: number format, then font, fill, border and alignment added to. */
function withFormat(before: XlsxStyle | undefined, { numberFormat, style: s }: FormatRange): XlsxStyle {
  const after: XlsxStyle = { ...before };
  if (numberFormat) after.numFmt = numberFormat;
  if (!s) return after;
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize || s.fontColor) {
    // A font without a name falls back on the reader's default (a serif in LibreOffice): name it.
    after.font = {
      name: 'Calibri',
      size: 11,
      ...after.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) after.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border?.length) {
    after.border = {
      ...after.border,
      ...Object.fromEntries(s.border.map((side) => [side, { style: 'thin', color: { argb: 'FFBFBFBF' } }])),
    };
  }
  if (s.wrap !== undefined || s.hAlign || s.vAlign) after.alignment = alignment(after.alignment, s);
  return after;
}

function alignment(before: Partial<ExcelJS.Alignment> | undefined, s: CellStyle): Partial<ExcelJS.Alignment> {
  return {
    ...before,
    ...(s.wrap !== undefined || s.vAlign ? { vertical: 'top' as const } : {}),
    ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
    ...(s.hAlign ? { horizontal: s.hAlign } : {}),
  };
}

/** A rule "the top-left cell (relative) equals the word": Excel applies it cell by cell over the range. */
export function conditionalFormatting(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const { fill, fontColor, bold } = cf.style;
  const text = cf.textEquals.replace(/"/g, '""');
  return {
    ref: rangeAddress(cf.range),
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [`${cellAddress(cf.range.row, cf.range.col)}="${text}"`],
        style: {
          ...(fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(fill) } } } : {}),
          ...(fontColor || bold ? { font: { ...(fontColor ? { color: { argb: argb(fontColor) } } : {}), bold } } : {}),
        },
      },
    ],
  };
}

/** A drop-down or a number range, with the input message and the same words when a value is refused. */
export function validationRule(v: Validation): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.prompt.title,
    error: v.prompt.message,
  };
  if (v.values) return { ...common, type: 'list', formulae: [`"${v.values.join(',')}"`] };
  const { min, max, whole } = v.number!;
  return { ...common, type: whole ? 'whole' : 'decimal', operator: 'between', formulae: [min, max] };
}

/** A4, one page wide, gridlines off, repeated rows and margins, as the blueprint says. */
export function pageSetup(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  const { area } = p;
  return {
    paperSize: 9, // A4
    // ExcelJS puts a "$" before what it is given ("A$1" → "$A$1"): hand it the row half absolute.
    printArea: `${columnLetter(area.col)}$${area.row + 1}:${columnLetter(area.col + area.cols - 1)}$${area.row + area.rows}`,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    showGridLines: false,
    margins: { ...MARGINS },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
  };
}

/** Reads a cell from the blocks: the last one written there that is not null. */
function blockCell(sheet: SheetBlueprint, r: number, c: number): Cell {
  let found: Cell = null;
  for (const b of sheet.blocks) {
    const row = b.cells[r - b.row];
    if (row && c >= b.col && c < b.col + row.length && row[c - b.col] !== null) found = row[c - b.col];
  }
  return found;
}

/** A table's columns, named by its header cells (Excel needs a name for each). */
export function tableColumns(sheet: SheetBlueprint, table: TableSpec): { name: string; filterButton: true }[] {
  const { row, col, cols } = table.range;
  return Array.from({ length: cols }, (_, j) => ({
    name: String(blockCell(sheet, row, col + j) ?? `Column${j + 1}`),
    filterButton: true,
  }));
}

/** A table's body rows as ExcelJS values, for a writer that fills the table through ExcelJS. */
export function tableBody(sheet: SheetBlueprint, table: TableSpec): ExcelJS.CellValue[][] {
  const { row, col, rows, cols } = table.range;
  return Array.from({ length: rows - 1 }, (_, i) =>
    Array.from({ length: cols }, (_, j) => cellValue(blockCell(sheet, row + 1 + i, col + j))),
  );
}

export function tableStyle(table: TableSpec): ExcelJS.TableStyleProperties {
  return { theme: (table.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true };
}

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
