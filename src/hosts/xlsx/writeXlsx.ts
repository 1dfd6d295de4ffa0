/**
 * Writes a workbook blueprint as an .xlsx file with ExcelJS, in memory. No Node-only imports, so the
 * task pane can load it lazily in the browser; saving the bytes is the caller's business (the task pane
 * offers a download). The command line streams the same decisions to a file instead (streamXlsx.ts).
 *
 * Formulas are written without cached results and the workbook asks for a full calculation on
 * load, so every spreadsheet shows freshly computed figures, never stale ones. ExcelJS draws no
 * charts: chartParts.ts writes the blueprint's, added here as ExcelJS puts the package together.
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
import { ChartParts, withDrawing, withDrawingRelationship } from './chartParts';

/** What the in-memory writer hands its zip (exceljs 4.4, lib/xlsx/xlsx.js), and the two steps hooked here. */
interface ZipWriter {
  append(data: string, options: { name: string }): void;
}
interface XlsxSteps {
  addContentTypes(zip: ZipWriter, model: unknown): Promise<void>;
  addWorksheets(zip: ZipWriter, model: { worksheets: { id: number; name: string }[] }): Promise<void>;
}

export async function writeXlsx(blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  setProperties(wb, blueprint.properties);
  wb.calcProperties.fullCalcOnLoad = true;

  for (const sheet of blueprint.sheets) writeSheet(wb, sheet);
  drawCharts(wb, blueprint);
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

/**
 * The blueprint's charts, added to the package ExcelJS writes: each worksheet part (and its relationships)
 * is held back until ExcelJS has written them all, then written with its drawing named and related, after
 * the chart parts; the content types gain the drawings and charts.
 */
function drawCharts(wb: ExcelJS.Workbook, blueprint: WorkbookBlueprint): void {
  const charts = new ChartParts();
  const bySheet = new Map(blueprint.sheets.map((s) => [s.name, charts.sheet(s)]));
  const steps = wb.xlsx as unknown as XlsxSteps;
  const { addContentTypes, addWorksheets } = steps;
  steps.addContentTypes = (zip, model) =>
    addContentTypes.call(steps, { append: (xml, o) => zip.append(charts.contentTypes(xml), o) }, model);
  steps.addWorksheets = async (zip, model) => {
    const held = new Map<string, string>();
    await addWorksheets.call(steps, { append: (xml, o) => held.set(o.name, xml) }, model);
    for (const ws of model.worksheets) {
      const part = `xl/worksheets/sheet${ws.id}.xml`;
      const relsPart = `xl/worksheets/_rels/sheet${ws.id}.xml.rels`;
      const sheetCharts = bySheet.get(ws.name);
      if (!sheetCharts) continue;
      if (!held.has(part))
        throw new Error(`Sheet "${ws.name}" has charts, but ExcelJS wrote no ${part} to draw them on`);
      for (const p of sheetCharts.parts) zip.append(p.xml, { name: p.name });
      const rels = withDrawingRelationship(held.get(relsPart), sheetCharts.drawingTarget);
      held.set(part, withDrawing(held.get(part)!, rels.id));
      held.set(relsPart, rels.xml);
    }
    for (const [name, xml] of held) zip.append(xml, { name });
  };
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
