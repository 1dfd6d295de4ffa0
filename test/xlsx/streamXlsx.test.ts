/**
 * The command line streams the workbook (streamXlsx); the task pane's download builds it in memory
 * (writeXlsx). One blueprint, one file: both files, read back by ExcelJS's own reader, must hold the
 * same cells, styles, tables, validations, formats, names and print setup.
 */
import { streamedBytes } from './support/streamed';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SCOTLAND_2018_DATA_SET, scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { budgetScenarios, coverageScenarios } from '../../src/model/scenarios';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { buildWorkbook } from '../../src/sheets';

const base = { ...DEFAULT_ASSUMPTIONS };
const areas = scotlandBoards();
const generated = new Date('2026-05-12T09:30:00Z');

const plain = buildWorkbook({
  areas,
  base,
  scenarios: coverageScenarios(base, [0.25, 0.5, 1]),
  generated,
  version: 'test',
  dataSet: SCOTLAND_2018_DATA_SET,
});
const everything = buildWorkbook({
  areas,
  base,
  scenarios: [
    ...coverageScenarios(base, [0.25, 0.5]),
    ...budgetScenarios(areas, base, [{ amount: 5_000_000, basis: 'engagement' }]),
  ],
  generated,
  version: 'test',
  dataSet: SCOTLAND_2018_DATA_SET,
  sensitivity: {},
  monitoring: {
    scenario: 0,
    actuals: [{ area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: null, sustained: 0 }],
    kept: [{ area: 'Old board', label: '2026/27', specialists: 1, clients: 5, jobOutcomes: 1, sustained: null }],
  },
});

const streamed = streamedBytes;

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Everything a reader sees in a sheet, as plain data (addresses 1-based as ExcelJS gives them). */
function sheetContent(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const { numFmt, font, fill, border, alignment } = cell.style;
      cells[cell.address] = { value: cell.value, numFmt, font, fill, border, alignment };
    });
  });
  const model = ws.model as ExcelJS.WorksheetModel & { merges: string[] };
  return {
    cells,
    heights,
    merges: model.merges,
    widths: (ws.columns ?? []).map((c) => c.width),
    views: ws.views,
    tabColor: ws.properties.tabColor,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormats: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    tables: ws.getTables().map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }).table;
      return { name: table.name, ref: table.tableRef, columns: table.columns.map((c) => c.name) };
    }),
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    rowBreaks: (ws as unknown as { rowBreaks: unknown[] }).rowBreaks,
  };
}

async function tableParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  return Object.keys(zip.files)
    .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
    .map((f) => `${f} ${types.includes(`PartName="/${f}"`) ? 'listed' : 'NOT LISTED'} in [Content_Types].xml`);
}

describe.each([
  ['the default three-scenario workbook', plain],
  ['a workbook with Monitoring (actuals and kept rows), Sensitivity and a budget scenario', everything],
])('%s, streamed and written in memory', (_, blueprint) => {
  let inMemory: Uint8Array;
  let stream: Buffer;
  let a: ExcelJS.Workbook;
  let b: ExcelJS.Workbook;
  beforeAll(async () => {
    [inMemory, stream] = await Promise.all([writeXlsx(blueprint), streamed(blueprint)]);
    [a, b] = await Promise.all([read(inMemory), read(stream)]);
  });

  it('has the same sheets, each with the same cells, styles, sizes, tables, validations and print setup', () => {
    expect(b.worksheets.map((w) => w.name)).toEqual(blueprint.sheets.map((s) => s.name));
    expect(a.worksheets.map((w) => w.name)).toEqual(blueprint.sheets.map((s) => s.name));
    for (const sheet of blueprint.sheets) {
      const want = sheetContent(a.getWorksheet(sheet.name)!);
      const got = sheetContent(b.getWorksheet(sheet.name)!);
      expect(Object.keys(got.cells).length).toBeGreaterThan(10);
      for (const key of Object.keys(want) as (keyof typeof want)[]) {
        expect([sheet.name, key, got[key]]).toEqual([sheet.name, key, want[key]]);
      }
    }
  });

  it('has the same defined names (print areas and titles among them) and asks for a full calculation on load', async () => {
    const names = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as { model: unknown }).model;
    expect(names(b)).toEqual(names(a));
    // ExcelJS's reader does not read calcPr back: look at the file.
    for (const bytes of [inMemory, stream]) {
      const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
      expect(xml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    }
  });

  it('lists every table part in the package, as Excel requires', async () => {
    const want = await tableParts(inMemory);
    expect(want.length).toBe(blueprint.sheets.reduce((n, s) => n + s.tables.length, 0));
    expect(await tableParts(stream)).toEqual(want);
  });

  it('has the same title, author and dates', () => {
    for (const key of ['title', 'subject', 'creator', 'lastModifiedBy', 'created', 'modified'] as const) {
      expect([key, b[key]]).toEqual([key, a[key]]);
    }
  });
});
