import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { WorkbookBlueprint, buildWorkbookIndexed, cellAddress, isFormula } from '../../src/sheets';
import { expectSheetMatchesPlan } from '../sheets/compare';
import { loadBlueprint } from '../sheets/hf';

const areas = [{ name: '=HYPERLINK("x")', smiContacts: 2500, population: 200000 }, ...scotlandBoards()];
const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]);
const built = buildWorkbookIndexed({
  areas,
  base: { ...DEFAULT_ASSUMPTIONS },
  scenarios,
  generated: new Date('2026-05-12T09:30:00Z'),
  version: '1.2.3',
});

let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await writeXlsx(built.blueprint);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
});

/** The workbook as ExcelJS read it back, turned into a blueprint again (values and formulas only). */
function readBack(): WorkbookBlueprint {
  return {
    ...built.blueprint,
    names: built.blueprint.names.map((n) => {
      const [ref] = wb.definedNames.getRanges(n.name).ranges;
      const m = /^(.*)!\$([A-Z]+)\$(\d+)$/.exec(ref)!;
      const col = [...m[2]].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return { ...n, sheet: m[1].replace(/^'|'$/g, ''), range: { row: Number(m[3]) - 1, col, rows: 1, cols: 1 } };
    }),
    sheets: wb.worksheets.map((ws) => {
      const blocks: WorkbookBlueprint['sheets'][number]['blocks'] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const v = cell.value;
          const content = cell.formula ? { formula: `=${cell.formula}` } : (v as string | number | boolean | null);
          blocks.push({ row: r - 1, col: c - 1, cells: [[content]] });
        }),
      );
      return { ...built.blueprint.sheets.find((s) => s.name === ws.name)!, blocks };
    }),
  };
}

describe('the .xlsx written by ExcelJS, read back', () => {
  it('has the blueprint’s sheets, every formula, value and text cell, and no cached results', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(built.blueprint.sheets.map((s) => s.name));
    let formulas = 0;
    for (const sheet of built.blueprint.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const b of sheet.blocks) {
        b.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            const got = ws.getCell(b.row + i + 1, b.col + j + 1);
            const where = `${sheet.name}!${cellAddress(b.row + i, b.col + j)}`;
            if (isFormula(cell)) {
              formulas++;
              expect([where, got.formula]).toEqual([where, cell.formula.slice(1)]);
              expect([where, got.result]).toEqual([where, undefined]);
            } else if (cell !== null) {
              expect([where, got.formula, got.value]).toEqual([where, undefined, cell]);
            }
          }),
        );
      }
    }
    expect(formulas).toBeGreaterThan(1000);
  });

  it('keeps a board named "=HYPERLINK(\\"x\\")" as text', async () => {
    const cell = wb.getWorksheet('Inputs')!.getCell(cellAddress(built.index.inputs.areas.firstRow, 0));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("x")');
    const zip = await JSZip.loadAsync(bytes);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('=HYPERLINK(&quot;x&quot;)');
  });

  it('has the defined names on single Inputs cells, the number formats, the table, freeze panes, validation and page setup', () => {
    for (const n of built.blueprint.names) {
      expect(wb.definedNames.getRanges(n.name).ranges).toEqual([
        `Inputs!${cellAddress(n.range.row, n.range.col, true)}`,
      ]);
    }
    for (const sheet of built.blueprint.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const f of sheet.formats.filter((x) => x.numberFormat)) {
        // the last format on a cell wins, as in the writer; ExcelJS reads the default General back as undefined
        const last = sheet.formats
          .filter(
            (x) =>
              x.numberFormat &&
              x.range.row <= f.range.row &&
              f.range.row < x.range.row + x.range.rows &&
              x.range.col <= f.range.col &&
              f.range.col < x.range.col + x.range.cols,
          )
          .pop()!;
        expect([sheet.name, f.range, ws.getCell(f.range.row + 1, f.range.col + 1).numFmt ?? 'General']).toEqual([
          sheet.name,
          f.range,
          last.numberFormat,
        ]);
      }
      if (sheet.freeze)
        expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows });
      expect(ws.pageSetup).toMatchObject({
        orientation: sheet.print!.orientation,
        paperSize: 9, // A4
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      sheet.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    }
    const s = built.index.scenarios[0];
    const ws = wb.getWorksheet(s.sheet)!;
    expect(ws.getCell(cellAddress(s.boards.firstRow, s.boards.columns.costPerYear)).numFmt).toBe('£#,##0');
    expect(ws.getCell(cellAddress(s.assumptions.coverage.row, s.assumptions.coverage.col)).numFmt).toBe('0.0%');
    expect(ws.pageSetup.printTitlesRow).toBe('1:2');
    expect(
      ws.getCell(cellAddress(s.assumptions.rounding.row, s.assumptions.rounding.col)).dataValidation,
    ).toMatchObject({ type: 'list', formulae: ['"nearest-min1,up,none"'] });
    const inputs = wb.getWorksheet('Inputs')!;
    expect(inputs.getTable('IPS_Areas')).toBeDefined();
    expect(inputs.getTables()).toHaveLength(1);
  });

  it('asks the spreadsheet to recalculate everything when it opens', async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('recalculates, from the file’s own formulas and names, to the model’s figures (104 ES at 25% for the 14 boards)', () => {
    const loaded = loadBlueprint(readBack());
    built.index.scenarios.forEach((s, i) =>
      expectSheetMatchesPlan(loaded, s, computePlan(areas, scenarios[i].assumptions)),
    );
    const s = built.index.scenarios[0];
    const scotlandEs = computePlan(scotlandBoards(), DEFAULT_ASSUMPTIONS).totals.specialists;
    expect(scotlandEs).toBe(104);
    const extra = loaded.number(s.sheet, { row: s.boards.firstRow, col: s.boards.columns.specialists });
    expect(loaded.number(s.sheet, { row: s.boards.totalsRow, col: s.boards.columns.specialists }) - extra).toBe(104);
  });
});
