/** A1 addresses as Excel writes and reads them, for the fake. 0-based rectangles. */
import { columnNumber } from '../../src/hosts/excel/formulaRefs';
import { sheetRef } from '../../src/sheets/shared/blueprint';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function rectAddress(r: Rect): string {
  if (r.rows === MAX_ROWS) return `${letters(r.col)}:${letters(r.col + r.cols - 1)}`;
  if (r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function absoluteAddress(r: Rect): string {
  const cell = (row: number, col: number) => `$${letters(col)}$${row + 1}`;
  const start = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function qualified(sheet: string, r: Rect): string {
  return `${sheetRef(sheet)}!${rectAddress(r)}`;
}

/** "A1", "$B$2:C3", "A:C", "2:4", with an optional "Sheet!" or "'My sheet'!" prefix. Null when unreadable. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | null {
  let sheet: string | undefined;
  let rest = address.trim();
  const q = /^'((?:[^']|'')+)'!/.exec(rest) ?? /^([^'!:]+)!/.exec(rest);
  if (q) {
    sheet = q[1].replace(/''/g, "'");
    rest = rest.slice(q[0].length);
  }
  rest = rest.replace(/\$/g, '').toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(rest);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnNumber(m[1]) - 1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnNumber(m[3]) - 1 : c1;
    if (r1 < 0 || r2 < 0 || c2 >= MAX_COLS || r2 >= MAX_ROWS) return null;
    return {
      sheet,
      rect: { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 },
    };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(rest);
  if (m) {
    const c1 = columnNumber(m[1]) - 1;
    const c2 = columnNumber(m[2]) - 1;
    return { sheet, rect: { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 } };
  }
  m = /^(\d+):(\d+)$/.exec(rest);
  if (m) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    return { sheet, rect: { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS } };
  }
  return null;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}
