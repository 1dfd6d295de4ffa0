/**
 * Writes a workbook blueprint as an .xlsx file with ExcelJS, in memory. No Node-only imports, so the
 * task pane can load it lazily in the browser; saving the bytes is the caller's business (the task pane
 * offers a download). The command line streams the same decisions to a file instead (streamXlsx.ts).
 *
 * Formulas are written without cached results and the workbook asks for a full calculation on
 * load, so every spreadsheet shows freshly computed figures, never stale ones. ExcelJS cannot
 * draw charts: the blueprint's charts are skipped here (the Office.js writer draws them).
 */
import ExcelJS from 'exceljs';
import {
  SheetBlueprint,
  TableSpec,
  WorkbookBlueprint,
  cellAddress,
  rangeAddress,
  sheetRef,
} from '../../sheets/shared/blueprint';
import {
  cellValue,
  conditionalFormatting,
  pageSetup,
  sheetOptions,
  sheetRows,
  tableBody,
  tableColumns,
  tableStyle,
  validationRule,
} from './sheetParts';

export async function writeXlsx(blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  setProperties(wb, blueprint.properties);
  wb.calcProperties.fullCalcOnLoad = true;

  for (const sheet of blueprint.sheets) writeSheet(wb, sheet);
  for (const n of blueprint.names) {
    wb.definedNames.add(`${sheetRef(n.sheet)}!${rangeAddress(n.range, true)}`, n.name);
  }
  const bytes = await wb.xlsx.writeBuffer();
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** Title, author and dates, on either ExcelJS workbook (in memory or streaming). */
export function setProperties(
  wb: Pick<ExcelJS.Workbook, 'creator' | 'lastModifiedBy' | 'title' | 'subject' | 'created' | 'modified'>,
  properties: WorkbookBlueprint['properties'],
): void {
  wb.creator = properties.author;
  wb.lastModifiedBy = properties.author;
  wb.title = properties.title;
  wb.subject = `version ${properties.version}`;
  wb.created = new Date(properties.generated);
  wb.modified = new Date(properties.generated);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetBlueprint): void {
  const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
  // Tables first: ExcelJS writes a table's cells itself; the blocks then write the same values.
  for (const table of sheet.tables) addTable(ws, sheet, table);
  for (const { row, cells } of sheetRows(sheet)) {
    for (const { col, value, style } of cells) {
      const cell = ws.getCell(row + 1, col + 1);
      if (value !== undefined) cell.value = cellValue(value);
      if (style) cell.style = style;
    }
  }
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  // One rule per range: set cell by cell, ExcelJS writes overlapping ranges once a column crosses row 99 to 100.
  // (ExcelJS's typings omit the worksheet's dataValidations, which its reader and writer use.)
  const rules = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of sheet.validations) rules.add(rangeAddress(v.range), validationRule(v));
  for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
  (sheet.conditionalFormats ?? []).forEach((cf, i) => ws.addConditionalFormatting(conditionalFormatting(cf, i + 1)));
  if (sheet.print) {
    ws.pageSetup = { ...ws.pageSetup, ...pageSetup(sheet.print) };
    // A break "after" 1-based row b is a break before 0-based row b.
    for (const b of sheet.print.rowBreaks) ws.getRow(b).addPageBreak();
    ws.headerFooter = { ...ws.headerFooter, oddHeader: sheet.print.header, oddFooter: sheet.print.footer };
  }
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetBlueprint, table: TableSpec): void {
  const { row, col } = table.range;
  ws.addTable({
    name: table.name,
    ref: cellAddress(row, col),
    headerRow: true,
    totalsRow: false,
    style: tableStyle(table),
    columns: tableColumns(sheet, table),
    rows: tableBody(sheet, table),
  });
}
