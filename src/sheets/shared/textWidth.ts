/**
 * Text and column widths as Excel lays them out, with Calibri's metrics (calibriMetrics.ts, from Carlito),
 * so the sheets can be sized from what they hold with no font installed.
 *
 * Column geometry, from ECMA-376 Part 1 §18.3.1.13 (<col width>) and Microsoft's notes on it (MS-OI29500
 * §2.1.598, learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e):
 * a width is characters of the widest digit (7 px in Calibri 11) plus 2 px of margin each side and 1 px of
 * gridline; a width of w is Truncate(((256 * w + Truncate(128 / 7)) / 256) * 7) pixels, and text has those
 * pixels less the 5 px of padding. Both writers set this width: ExcelJS as <col width>, Office.js in points.
 */
import { CALIBRI_METRICS } from './calibriMetrics';

export const DIGIT_PX = 7;
export const CELL_PADDING_PX = 5;
const PX_PER_POINT = 96 / 72;

export interface Font {
  bold?: boolean;
  /** Points; 11 (Excel's default) when not given. */
  fontSize?: number;
}

const ADVANCE = {
  regular: new Map([...CALIBRI_METRICS.chars].map((ch, i) => [ch, CALIBRI_METRICS.regular[i]])),
  bold: new Map([...CALIBRI_METRICS.chars].map((ch, i) => [ch, CALIBRI_METRICS.bold[i]])),
};

/** Width in pixels of a line of text (no wrapping). A character the table lacks counts as an em, the generous side. */
export function textPixels(text: string, font: Font = {}): number {
  const advance = font.bold ? ADVANCE.bold : ADVANCE.regular;
  let units = 0;
  for (const ch of text) units += advance.get(ch) || CALIBRI_METRICS.unitsPerEm;
  return (units * (font.fontSize ?? 11) * PX_PER_POINT) / CALIBRI_METRICS.unitsPerEm;
}

/** A column's width in pixels, as Excel draws a width of `chars` characters. */
export function columnPixels(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
}

/** Pixels a cell of this width (or these merged widths) has for its text. */
export function textRoom(chars: number | readonly number[]): number {
  const widths = typeof chars === 'number' ? [chars] : chars;
  return widths.reduce((sum, w) => sum + columnPixels(w), 0) - CELL_PADDING_PX;
}

/** The narrowest whole-character width whose cell holds `px` of text. */
export function charsFor(px: number): number {
  let w = Math.max(1, Math.ceil((px + CELL_PADDING_PX) / DIGIT_PX) - 1);
  while (textRoom(w) < px) w++;
  return w;
}

/** The words of a text, as Excel wraps it: at spaces (and line breaks), never inside a word. */
export function wordsOf(text: string): string[] {
  return text.split(/[\s]+/).filter((w) => w.length > 0);
}

/**
 * The lines Excel wraps a text into in `px` of room: words go on a line while they fit, at spaces only.
 * A word wider than the room gets a line of its own (Excel would split it: the fit test refuses that).
 */
export function wrapLines(text: string, px: number, font: Font = {}): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of wordsOf(para)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textPixels(next, font) > px) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** Points a line of text takes in a row, as Excel sizes rows for Calibri (15 pt for 11 pt type). */
export function linePoints(font: Font = {}): number {
  return Math.ceil((font.fontSize ?? 11) * 1.3636 * 4) / 4;
}
