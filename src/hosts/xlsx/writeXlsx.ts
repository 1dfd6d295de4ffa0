/**
 * Writes a workbook blueprint as an .xlsx file with ExcelJS: the only module that imports it.
 * No Node-only imports, so the task pane can load it lazily in the browser; saving the bytes is
 * the caller's business (src/cli writes a file, the task pane offers a download).
 *
 * Formulas are written without cached results and the workbook asks for a full calculation on
 * load, so every spreadsheet shows freshly computed figures, never stale ones. ExcelJS cannot
 * draw charts: the blueprint's charts are skipped here (the Office.js writer draws them).
 */
import ExcelJS from 'exceljs';
import {
  Cell,
  CellStyle,
  ConditionalFormat,
  FormatRange,
  SheetBlueprint,
  PrintSetup,
  TableSpec,
  Validation,
  WorkbookBlueprint,
  cellAddress,
  columnLetter,
  isFormula,
  rangeAddress,
  sheetRef,
} from '../../sheets/blueprint';
import { MARGINS } from '../../sheets/print';

export async function writeXlsx(blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const { properties } = blueprint;
  wb.creator = properties.author;
  wb.lastModifiedBy = properties.author;
  wb.title = properties.title;
  wb.subject = `version ${properties.version}`;
  wb.created = new Date(properties.generated);
  wb.modified = new Date(properties.generated);
  wb.calcProperties.fullCalcOnLoad = true;

  for (const sheet of blueprint.sheets) writeSheet(wb, sheet);
  for (const n of blueprint.names) {
    wb.definedNames.add(`${sheetRef(n.sheet)}!${rangeAddress(n.range, true)}`, n.name);
  }
  const bytes = await wb.xlsx.writeBuffer();
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetBlueprint): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : [],
  });
  // Tables first: ExcelJS writes a table's cells itself; the blocks then write the same values.
  for (const table of sheet.tables) addTable(ws, sheet, table);
  for (const block of sheet.blocks) {
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell !== null) ws.getCell(block.row + i + 1, block.col + j + 1).value = cellValue(cell);
      }),
    );
  }
  for (const format of sheet.formats) applyFormat(ws, format);
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  // One rule per range: set cell by cell, ExcelJS writes overlapping ranges once a column crosses row 99 to 100.
  // (ExcelJS's typings omit the worksheet's dataValidations, which its reader and writer use.)
  const rules = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of sheet.validations) rules.add(rangeAddress(v.range), validationRule(v));
  for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
  (sheet.conditionalFormats ?? []).forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  if (sheet.print) setUpPrint(ws, sheet.print);
}

/** A rule "the top-left cell (relative) equals the word": Excel applies it cell by cell over the range. */
function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat, priority: number): void {
  const { fill, fontColor, bold } = cf.style;
  const text = cf.textEquals.replace(/"/g, '""');
  ws.addConditionalFormatting({
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
  });
}

/** A drop-down or a number range, with the input message and the same words when a value is refused. */
function validationRule(v: Validation): ExcelJS.DataValidation {
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

/** A4, one page wide, gridlines off, breaks, repeated rows, header and footer, as the blueprint says. */
function setUpPrint(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  const { area } = p;
  ws.pageSetup = {
    ...ws.pageSetup,
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
  // A break "after" 1-based row b is a break before 0-based row b.
  for (const b of p.rowBreaks) ws.getRow(b).addPageBreak();
  ws.headerFooter = { ...ws.headerFooter, oddHeader: p.header, oddFooter: p.footer };
}

/** A blueprint cell as ExcelJS holds it. A string is always text, even "=HYPERLINK(…)". */
function cellValue(cell: Cell): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return cell;
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetBlueprint, table: TableSpec): void {
  const at = (r: number, c: number): Cell => {
    for (const b of sheet.blocks) {
      const row = b.cells[r - b.row];
      if (row && c >= b.col && c < b.col + row.length) return row[c - b.col];
    }
    return null;
  };
  const { row, col, rows, cols } = table.range;
  const columns = Array.from({ length: cols }, (_, j) => ({
    name: String(at(row, col + j) ?? `Column${j + 1}`),
    filterButton: true,
  }));
  const body = Array.from({ length: rows - 1 }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const cell = at(row + 1 + i, col + j);
      return isFormula(cell) ? { formula: cell.formula.replace(/^=/, '') } : cell;
    }),
  );
  ws.addTable({
    name: table.name,
    ref: cellAddress(row, col),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'],
      showRowStripes: true,
    },
    columns,
    rows: body as ExcelJS.CellValue[][],
  });
}

function applyFormat(ws: ExcelJS.Worksheet, format: FormatRange): void {
  const { numberFormat, style } = format;
  eachCell(format.range, (r, c) => {
    const cell = ws.getCell(r, c);
    if (numberFormat) cell.numFmt = numberFormat;
    if (style) applyStyle(cell, style);
  });
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize || s.fontColor) {
    // A font without a name falls back on the reader's default (a serif in LibreOffice): name it.
    cell.font = {
      name: 'Calibri',
      size: 11,
      ...cell.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border?.length) {
    cell.border = {
      ...cell.border,
      ...Object.fromEntries(s.border.map((side) => [side, { style: 'thin', color: { argb: 'FFBFBFBF' } }])),
    };
  }
  if (s.wrap !== undefined || s.hAlign || s.vAlign) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.wrap !== undefined || s.vAlign ? { vertical: 'top' as const } : {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
    };
  }
}

function eachCell(
  range: { row: number; col: number; rows: number; cols: number },
  visit: (row: number, col: number) => void,
): void {
  for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) visit(range.row + r + 1, range.col + c + 1);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
