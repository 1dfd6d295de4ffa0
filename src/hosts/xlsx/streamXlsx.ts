/**
 * Writes a workbook blueprint as an .xlsx file with ExcelJS's streaming writer (Node only: the command
 * line), row by row, so a plan of thousands of areas never holds a million ExcelJS cells at once. It
 * writes what writeXlsx writes, from the same decisions (sheetParts.ts); test/xlsx/streamXlsx.test.ts
 * reads both back and compares them.
 *
 * The streaming writer has no tables, and the workbook's tables are not optional (Monitoring's
 * IPS_Actuals is read back by name): each table part is written here, as ExcelJS's own writer does.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Table from 'exceljs/lib/doc/table';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import ContentTypesXform from 'exceljs/lib/xlsx/xform/core/content-types-xform';
import TableXform from 'exceljs/lib/xlsx/xform/table/table-xform';
import { SheetBlueprint, WorkbookBlueprint, rangeAddress, sheetRef } from '../../sheets/shared/blueprint';
import {
  cellValue,
  conditionalFormatting,
  pageSetup,
  sheetOptions,
  sheetRows,
  tableColumns,
  tableStyle,
  validationRule,
} from './sheetParts';
import { setProperties } from './writeXlsx';
import { ChartParts, DRAWING_RELATIONSHIP, drawingElement } from './chartParts';

const TABLE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
/** Takes in ExcelJS's record of every formula cell by address (kept for shared formulas, never used here) and keeps none. */
const FORGET_FORMULAE = new Proxy({}, { set: () => true });
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
/** Rows written between waits for the zip to take them in: small enough to keep the buffers small. */
const ROWS_PER_WAIT = 200;

/** The streaming writer's inner parts this module relies on (exceljs 4.4, lib/stream/xlsx). */
interface SheetWriter {
  stream: { pipes: (Writable & { _writableState: { length: number; highWaterMark: number; ending: boolean } })[] };
  rowBreaks: { id: number; max: number; man: number }[];
  dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void };
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  /** Every formula cell written so far, by address, kept for shared formulas (which the blueprint never uses). */
  _formulae: Record<string, unknown>;
  _write(xml: string): void;
  _writeCloseWorksheet(): void;
}

class TableWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  declare zip: {
    append(source: string, data: { name: string }): void;
    on(event: 'error', f: (e: Error) => void): void;
  };
  declare _worksheets: unknown[];
  declare _definedNames: { model: unknown };
  declare sharedStrings: unknown;
  declare commentRefs: unknown[];
  declare media: unknown[];
  readonly tables: { target: string }[] = [];
  readonly charts = new ChartParts();
  /** Rejects when the zip fails (the file cannot be written), so no wait for it goes on for ever. */
  readonly failed: Promise<never>;

  constructor(options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) {
    super(options);
    this.failed = new Promise<never>((_, reject) => this.zip.on('error', reject));
    // Commit rejects with the same error; this copy only ends the waits.
    this.failed.catch(() => undefined);
  }

  override addContentTypes(): Promise<void> {
    const model = {
      worksheets: this._worksheets.filter(Boolean),
      sharedStrings: this.sharedStrings,
      commentRefs: this.commentRefs,
      media: this.media,
      tables: this.tables,
    };
    this.zip.append(this.charts.contentTypes(new ContentTypesXform().toXml(model)), { name: '[Content_Types].xml' });
    return Promise.resolve();
  }

  /** As ExcelJS's, but asking for a full calculation on load (the streaming writer has no calcProperties). */
  override addWorkbook(): Promise<void> {
    const model = {
      worksheets: this._worksheets.filter(Boolean),
      definedNames: this._definedNames.model,
      views: this.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    this.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
    return Promise.resolve();
  }
}

/** Writes the workbook into `output` (a new file's stream); resolves once the zip is complete. */
export async function streamXlsx(blueprint: WorkbookBlueprint, output: Writable): Promise<void> {
  const wb = new TableWorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  setProperties(wb as unknown as ExcelJS.Workbook, blueprint.properties);
  for (const sheet of blueprint.sheets) await writeSheet(wb, sheet);
  for (const n of blueprint.names) {
    wb.definedNames.add(`${sheetRef(n.sheet)}!${rangeAddress(n.range, true)}`, n.name);
  }
  await wb.commit();
}

async function writeSheet(wb: TableWorkbookWriter, sheet: SheetBlueprint): Promise<void> {
  const options = sheetOptions(sheet);
  const print = sheet.print;
  // Page setup and header go in with the sheet: the streaming writer writes fitToPage at its top.
  const ws = wb.addWorksheet(sheet.name, {
    ...options,
    ...(print
      ? {
          pageSetup: pageSetup(print),
          headerFooter: { oddHeader: print.header, oddFooter: print.footer },
        }
      : {}),
  });
  const inner = ws as unknown as SheetWriter;
  inner._formulae = FORGET_FORMULAE;
  addTables(wb, inner, sheet);
  addCharts(wb, inner, sheet);
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const v of sheet.validations) inner.dataValidations.add(rangeAddress(v.range), validationRule(v));
  (sheet.conditionalFormats ?? []).forEach((cf, i) => ws.addConditionalFormatting(conditionalFormatting(cf, i + 1)));
  // A break "after" 1-based row b is a break before 0-based row b (as ExcelJS's row.addPageBreak() records it).
  for (const b of print?.rowBreaks ?? []) inner.rowBreaks.push({ id: b, max: 16838, man: 1 });

  const heights = new Map(sheet.rowHeights.map(({ row, height }) => [row, height]));
  const heightOf = (row: ExcelJS.Row, r: number): void => {
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    heights.delete(r);
  };
  let written = 0;
  for (const { row: r, cells } of sheetRows(sheet)) {
    // Rows are written in order: a row height on an empty row above this one goes first.
    for (const h of [...heights.keys()].filter((h) => h < r).sort((a, b) => a - b)) {
      const empty = ws.getRow(h + 1);
      heightOf(empty, h);
      empty.commit();
    }
    const row = ws.getRow(r + 1);
    for (const { col, value, style } of cells) {
      const cell = row.getCell(col + 1);
      if (value !== undefined) cell.value = cellValue(value);
      // One style object per distinct style: ExcelJS looks a known object up instead of describing it again.
      cell.style = style ?? NO_STYLE;
    }
    heightOf(row, r);
    row.commit();
    if (++written % ROWS_PER_WAIT === 0) await drained(wb, inner);
  }
  for (const h of [...heights.keys()].sort((a, b) => a - b)) {
    const empty = ws.getRow(h + 1);
    heightOf(empty, h);
    empty.commit();
  }
  ws.commit();
}

/**
 * Waits until the zip has taken in most of what the sheet wrote. ExcelJS's sheet stream hands its chunks
 * on to the zip's input without waiting (nor does a loop writing rows): without these pauses a sheet
 * would pile up in memory while the zip is still compressing the sheets before it.
 */
async function drained(wb: TableWorkbookWriter, ws: SheetWriter): Promise<void> {
  // Archiver's streams (readable-stream 2) lack writableNeedDrain: their state says the same.
  for (const pipe of ws.stream.pipes) {
    const state = pipe._writableState;
    // An ended stream emits no more 'drain': the zip takes in the rest before the next entry.
    if (!state.ending && state.length >= state.highWaterMark) await Promise.race([once(pipe, 'drain'), wb.failed]);
  }
}

/**
 * The sheet's charts: their parts, the sheet's relationship to its drawing, and <drawing r:id> written
 * before the table parts (the schema's order), hooked in after the tables' so it runs first.
 */
function addCharts(wb: TableWorkbookWriter, ws: SheetWriter, sheet: SheetBlueprint): void {
  const charts = wb.charts.sheet(sheet);
  if (!charts) return;
  for (const part of charts.parts) wb.zip.append(part.xml, { name: part.name });
  const id = ws._sheetRelsWriter.addRelationship({ Type: DRAWING_RELATIONSHIP, Target: charts.drawingTarget });
  const close = ws._writeCloseWorksheet.bind(ws);
  ws._writeCloseWorksheet = () => {
    ws._write(drawingElement(id));
    close();
  };
}

/** Each table: its part (xl/tables/tableN.xml), the sheet's relationship to it, and the sheet's tableParts. */
function addTables(wb: TableWorkbookWriter, ws: SheetWriter, sheet: SheetBlueprint): void {
  const ids = sheet.tables.map((table) => {
    const id = wb.tables.length + 1;
    const target = `table${id}.xml`;
    wb.tables.push({ target });
    const model = new Table();
    model.table = {
      id,
      target,
      name: table.name,
      ref: rangeAddress({ ...table.range, rows: 1, cols: 1 }),
      headerRow: true,
      totalsRow: false,
      style: tableStyle(table),
      columns: tableColumns(sheet, table),
      rows: new Array(table.range.rows - 1), // its cells are the sheet's: only their number counts here
    };
    model.validate();
    const xform = new TableXform();
    xform.prepare(model.table, {});
    wb.zip.append(xform.toXml(model.table), { name: `xl/tables/${target}` });
    return ws._sheetRelsWriter.addRelationship({ Type: TABLE_RELATIONSHIP, Target: `../tables/${target}` });
  });
  if (!ids.length) return;
  const close = ws._writeCloseWorksheet.bind(ws);
  ws._writeCloseWorksheet = () => {
    ws._write(
      `<tableParts count="${ids.length}">${ids.map((rId) => `<tablePart r:id="${rId}"/>`).join('')}</tableParts>`,
    );
    close();
  };
}
