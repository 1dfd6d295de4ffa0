/**
 * Does every printed cell fit as Excel lays it out? The blueprint is what both writers write, so this reads
 * it: values as a spreadsheet computes them (HyperFormula), number formats applied, measured with Calibri's
 * metrics. A cell fails when Excel would not show all of its text:
 * - a number wider than its column (Excel draws ####),
 * - unwrapped text running past the room it has (into a filled neighbour, or off the print area),
 * - a wrapped text with a word wider than its cell (Excel splits the word), or more lines than its row holds,
 * - any text taller than its row.
 */
import { DetailedCellError } from 'hyperformula';
import {
  type CellStyle,
  type SheetBlueprint,
  type WorkbookBlueprint,
  cellAddress,
  isFormula,
} from '../../../src/sheets/shared/blueprint';
import { displayText } from '../../../src/sheets/shared/numberFormat';
import { ROW_POINTS } from '../../../src/sheets/shared/print';
import { linePoints, textPixels, textRoom, wordsOf, wrapLines } from '../../../src/sheets/shared/textWidth';
import { type LoadedWorkbook, loadBlueprint } from '../hf';

export interface Misfit {
  cell: string;
  text: string;
  why: string;
}

interface Shown {
  text: string;
  number: boolean;
  style: CellStyle;
}

/** Every non-empty cell of a sheet as displayed: text, whether it is a number, and its merged style. */
function shownCells(sheet: SheetBlueprint, values: LoadedWorkbook): Map<string, Shown> {
  const formatAt = new Map<string, { numberFormat?: string; style: CellStyle }>();
  for (const f of sheet.formats)
    for (let r = f.range.row; r < f.range.row + f.range.rows; r++)
      for (let c = f.range.col; c < f.range.col + f.range.cols; c++) {
        const at = formatAt.get(`${r},${c}`) ?? { style: {} };
        formatAt.set(`${r},${c}`, {
          numberFormat: f.numberFormat ?? at.numberFormat,
          style: { ...at.style, ...f.style },
        });
      }
  const shown = new Map<string, Shown>();
  for (const b of sheet.blocks)
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const [r, c] = [b.row + i, b.col + j];
        let value = isFormula(cell) ? values.value(sheet.name, { row: r, col: c }) : cell;
        if (value instanceof DetailedCellError) value = value.value;
        if (value === null || value === undefined || value === '') return;
        const format = formatAt.get(`${r},${c}`);
        const text = displayText(value as string | number | boolean, format?.numberFormat);
        shown.set(`${r},${c}`, { text, number: typeof value === 'number', style: format?.style ?? {} });
      }),
    );
  return shown;
}

/** The misfits of one sheet, inside its print area (the whole sheet when it has none). */
export function sheetMisfits(sheet: SheetBlueprint, values: LoadedWorkbook): Misfit[] {
  const shown = shownCells(sheet, values);
  const area = sheet.print?.area;
  const widths = sheet.columnWidths;
  const width = (c: number) => widths[c] ?? 10;
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const misfits: Misfit[] = [];
  const lastCol = area ? area.col + area.cols - 1 : widths.length - 1;
  for (const [key, cell] of shown) {
    const [r, c] = key.split(',').map(Number);
    if (area && (r < area.row || r >= area.row + area.rows || c < area.col || c > lastCol)) continue;
    if (width(c) === 0) continue;
    const font = { bold: cell.style.bold, fontSize: cell.style.fontSize };
    const px = textPixels(cell.text, font);
    const rowPoints = heights.get(r) ?? ROW_POINTS;
    const fail = (why: string) => misfits.push({ cell: cellAddress(r, c), text: cell.text, why });
    if (cell.number) {
      if (px > textRoom(width(c))) fail(`#### (${px.toFixed(0)} px in ${textRoom(width(c))})`);
      if (linePoints(font) > rowPoints) fail(`taller than its row (${rowPoints} pt)`);
    } else if (cell.style.wrap) {
      const room = textRoom(width(c));
      const wide = wordsOf(cell.text).find((w) => textPixels(w, font) > room);
      if (wide) fail(`word "${wide}" split (${textPixels(wide, font).toFixed(0)} px in ${room})`);
      const lines = wrapLines(cell.text, room, font).length;
      if (lines * linePoints(font) > rowPoints) fail(`${lines} lines in a ${rowPoints} pt row`);
    } else {
      const room = overflowRoom(shown, r, c, cell.style.hAlign, width, area ? area.col : 0, lastCol);
      if (px > room) fail(`cut (${px.toFixed(0)} px in ${room})`);
      if (linePoints(font) > rowPoints) fail(`taller than its row (${rowPoints} pt)`);
    }
  }
  return misfits;
}

/** Unwrapped text runs over empty neighbours on its side (left-aligned text to the right), never past the print area. */
function overflowRoom(
  shown: Map<string, Shown>,
  r: number,
  c: number,
  align: CellStyle['hAlign'],
  width: (c: number) => number,
  firstCol: number,
  lastCol: number,
): number {
  const cols = [c];
  const free = (k: number) => k >= firstCol && k <= lastCol && !shown.has(`${r},${k}`);
  if (align !== 'right' && align !== 'center') for (let k = c + 1; free(k); k++) cols.push(k);
  if (align === 'right') for (let k = c - 1; free(k); k--) cols.push(k);
  if (align === 'center') {
    // Centred text spreads evenly: it has its own cell and twice the narrower side's free room.
    const side = (step: number) => {
      let px = 0;
      for (let k = c + step; free(k); k += step) px += textRoom(width(k)) + 5;
      return px;
    };
    return textRoom(width(c)) + 2 * Math.min(side(1), side(-1));
  }
  return textRoom(cols.map(width));
}

/** Every misfit of a workbook, sheet by sheet ("Sheet!A1 "text": why"). */
export function workbookMisfits(bp: WorkbookBlueprint): string[] {
  const values = loadBlueprint(bp);
  return bp.sheets.flatMap((s) => sheetMisfits(s, values).map((m) => `${s.name}!${m.cell} "${m.text}": ${m.why}`));
}
