/** The fit check itself, on small sheets whose fit is worked out by hand from the font table and Excel's geometry. */
import type { Cell, FormatRange, SheetBlueprint, WorkbookBlueprint } from '../../../src/sheets/shared/blueprint';
import { displayText } from '../../../src/sheets/shared/numberFormat';
import { textPixels, textRoom } from '../../../src/sheets/shared/textWidth';
import { workbookMisfits } from './fitCheck';

function book(
  cells: Cell[][],
  widths: number[],
  formats: FormatRange[] = [],
  heights: SheetBlueprint['rowHeights'] = [],
) {
  const sheet: SheetBlueprint = {
    name: 'S',
    role: 'notes',
    blocks: [{ row: 0, col: 0, cells }],
    formats,
    columnWidths: widths,
    tables: [],
    charts: [],
    validations: [],
    rowHeights: heights,
    print: {
      area: { row: 0, col: 0, rows: cells.length, cols: widths.length },
      orientation: 'portrait',
      rowBreaks: [],
      header: '',
      footer: '',
    },
  };
  const bp: WorkbookBlueprint = {
    sheets: [sheet],
    names: [],
    properties: { title: '', author: '', version: '', generated: '' },
  };
  return bp;
}
const all = (rows: number, cols: number) => ({ row: 0, col: 0, rows, cols });

describe('the fit check', () => {
  it('shows a number Excel would draw as ####, under its number format, formulas computed', () => {
    const money = displayText(1234567, '£#,##0');
    expect(money).toBe('£1,234,567');
    const [narrow, wide] = [6, 12];
    expect(textRoom(narrow)).toBeLessThan(textPixels(money));
    expect(textRoom(wide)).toBeGreaterThan(textPixels(money));
    const formats = [{ range: all(1, 1), numberFormat: '£#,##0' }];
    expect(workbookMisfits(book([[{ formula: '=1234567' }]], [narrow], formats))).toEqual([
      expect.stringMatching(/^S!A1 "£1,234,567": ####/),
    ]);
    expect(workbookMisfits(book([[{ formula: '=1234567' }]], [wide], formats))).toEqual([]);
  });

  it('lets unwrapped text run over empty neighbours, and cuts it at a filled one or the print area', () => {
    const label = 'Planned cost a year (per engagement)';
    expect(workbookMisfits(book([[label, null, null, null]], [10, 10, 10, 10]))).toEqual([]);
    expect(workbookMisfits(book([[label, null, 1, null]], [10, 10, 10, 10]))).toEqual([
      expect.stringMatching(/^S!A1 ".*": cut/),
    ]);
    expect(workbookMisfits(book([[label, null]], [10, 10]))).toEqual([expect.stringMatching(/cut/)]);
  });

  it('refuses a word wider than its wrapped cell and more lines than the row holds', () => {
    const wrap = [{ range: all(1, 1), style: { wrap: true, bold: true } }];
    expect(workbookMisfits(book([['Job outcomes']], [7], wrap, [{ row: 0, height: 30 }]))).toEqual([
      expect.stringMatching(/word "outcomes" split/),
    ]);
    expect(workbookMisfits(book([['Job outcomes']], [10], wrap, [{ row: 0, height: 30 }]))).toEqual([]);
    expect(workbookMisfits(book([['Job outcomes']], [10], wrap))).toEqual([
      expect.stringMatching(/2 lines in a 15 pt row/),
    ]);
    expect(workbookMisfits(book([['Job outcomes']], [14], wrap))).toEqual([]);
  });

  it('refuses type taller than its row, and skips cells outside the print area', () => {
    const big = [{ range: all(1, 1), style: { fontSize: 14 } }];
    expect(workbookMisfits(book([['Title']], [20], big))).toEqual([expect.stringMatching(/taller than its row/)]);
    expect(workbookMisfits(book([['Title']], [20], big, [{ row: 0, height: 21 }]))).toEqual([]);
    const outside = book([['ok', 123456789]], [10, 2]);
    outside.sheets[0].print!.area.cols = 1;
    expect(workbookMisfits(outside)).toEqual([]);
  });
});
