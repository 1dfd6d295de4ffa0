/**
 * Paper: every sheet prints on A4, one page wide. Neither ExcelJS nor LibreOffice measures text, so
 * the blueprint estimates what it needs itself: the fit-to-width scale from the column widths, rows per
 * page from that scale, and the height of wrapped text. The estimates err on the generous side
 * (a digit's width for every character, Excel's 15-point rows), so a page never holds more than planned.
 */
import type { PrintSetup, RangeRef } from './blueprint';

export type Orientation = PrintSetup['orientation'];

/** Margins in inches, as both writers set them. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;
const A4_INCHES = { short: 8.27, long: 11.69 };
/** Calibri 11: 7 px a character plus 5 px of padding a column, at 96 px an inch (Excel's own rule). */
const PX_PER_CHAR = 7;
const PX_PADDING = 5;
export const ROW_POINTS = 15;
/** The type size the body is written in; the scale must keep it at 8 pt or more on paper. */
export const BODY_POINTS = 11;

function paper(orientation: Orientation): { width: number; height: number } {
  const { short, long } = A4_INCHES;
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** The scale fit-to-one-page-wide prints at: 1 when the columns fit, less when they must shrink. */
export function fitScale(widths: readonly number[], orientation: Orientation): number {
  const px = widths.reduce((sum, w) => sum + w * PX_PER_CHAR + PX_PADDING, 0);
  const printable = (paper(orientation).width - MARGINS.left - MARGINS.right) * 96;
  return Math.min(1, printable / Math.max(px, 1));
}

/** Points of sheet (at 100%) one printed page holds, below the repeated title rows. */
export function pagePoints(widths: readonly number[], orientation: Orientation, titlePoints = 0): number {
  const printable = (paper(orientation).height - MARGINS.top - MARGINS.bottom) * 72;
  return printable / fitScale(widths, orientation) - titlePoints;
}

/** Lines a wrapped text takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  // Calibri's average letter is about 6 px against the 7 px digit that widths count in.
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Row height in points for a wrapped text (a little air below the last line). */
export function wrappedHeight(text: string, width: number, fontPoints = BODY_POINTS): number {
  return Math.ceil(wrappedLines(text, width) * fontPoints * 1.3 + 3);
}

/** A run of rows a reader wants on one page where it fits (a table, a block with its caption). */
export interface Section {
  first: number;
  last: number;
  /** Starts a page whatever room is left (the next page of a table laid out a page at a time). */
  breakBefore?: boolean;
}

/**
 * Manual page breaks: a section that does not fit in what is left of the page starts a new one.
 * A section longer than a page starts on a new page and lets the printer break it, title rows repeated.
 */
export function pageBreaks(sections: readonly Section[], height: (row: number) => number, page: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  for (const s of sections) {
    let size = 0;
    for (let r = s.first; r <= s.last; r++) size += height(r);
    if (used > 0 && (s.breakBefore || used + size > page)) {
      breaks.push(s.first);
      used = size % page;
    } else {
      used = (used + size) % page;
    }
  }
  return breaks;
}

/** Header: workbook title and sheet; footer: when generated and "Page N of M". `&` in text is doubled. */
export function headerFooter(title: string, generated: string): Pick<PrintSetup, 'header' | 'footer'> {
  const text = (s: string) => s.replace(/&/g, '&&');
  return { header: `&L${text(title)}&R&A`, footer: `&L${text(generated)}&RPage &P of &N` };
}

export interface PrintPlan {
  area: RangeRef;
  orientation: Orientation;
  widths: readonly number[];
  heights: ReadonlyMap<number, number>;
  sections: readonly Section[];
  titleRows?: { first: number; last: number };
  title: string;
  generated: string;
}

/** The print setup of a sheet from its content: breaks between sections, header and footer. */
export function printSetup(plan: PrintPlan): PrintSetup {
  const height = (row: number) => plan.heights.get(row) ?? ROW_POINTS;
  let titlePoints = 0;
  if (plan.titleRows) for (let r = plan.titleRows.first; r <= plan.titleRows.last; r++) titlePoints += height(r);
  const widths = plan.widths.slice(plan.area.col, plan.area.col + plan.area.cols);
  const page = pagePoints(widths, plan.orientation, titlePoints);
  return {
    area: plan.area,
    orientation: plan.orientation,
    ...(plan.titleRows ? { titleRows: plan.titleRows } : {}),
    rowBreaks: pageBreaks(plan.sections, height, page),
    ...headerFooter(plan.title, plan.generated),
  };
}
