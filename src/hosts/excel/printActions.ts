/**
 * How a sheet prints, from the blueprint's print setup: the same A4, one page wide, margins, repeated
 * rows, manual breaks, header and footer as the .xlsx writer sets. Page layout is ExcelApi 1.9
 * (Excel 2021, Microsoft 365, the web): on an older Excel the sheet is written without it.
 */
import { type PrintSetup, type SheetBlueprint, cellAddress } from '../../sheets/shared/blueprint';
import { MARGINS } from '../../sheets/shared/print';
import { jsonBytes } from './payload';
import type { Action, SheetContext } from './action';
import { excelApi } from './support';

const POINTS_PER_INCH = 72;

/** "&LTitle&R&A" → its left, centre and right parts, as Office.js sets them one by one. */
export function headerFooterParts(text: string): { left: string; center: string; right: string } {
  const parts = { left: '', center: '', right: '' };
  let current: keyof typeof parts = 'center';
  // A doubled && is a literal ampersand, not a section code.
  for (const piece of text.split(/(&&|&[LCR])/)) {
    if (piece === '&L') current = 'left';
    else if (piece === '&C') current = 'center';
    else if (piece === '&R') current = 'right';
    else parts[current] += piece;
  }
  return parts;
}

function setUpPage(layout: Excel.PageLayout, p: PrintSetup): void {
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.printGridlines = false;
  // Fit all columns on one page wide; 0 pages tall leaves the height automatic.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.leftMargin = MARGINS.left * POINTS_PER_INCH;
  layout.rightMargin = MARGINS.right * POINTS_PER_INCH;
  layout.topMargin = MARGINS.top * POINTS_PER_INCH;
  layout.bottomMargin = MARGINS.bottom * POINTS_PER_INCH;
  layout.headerMargin = MARGINS.header * POINTS_PER_INCH;
  layout.footerMargin = MARGINS.footer * POINTS_PER_INCH;
  const header = headerFooterParts(p.header);
  const footer = headerFooterParts(p.footer);
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = header.left;
  page.centerHeader = header.center;
  page.rightHeader = header.right;
  page.leftFooter = footer.left;
  page.centerFooter = footer.center;
  page.rightFooter = footer.right;
}

export function printActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  const p = bp.print;
  if (!p || !excelApi(ctx.supports, '1.9')) return [];
  return [
    {
      label: 'print setup',
      bytes: jsonBytes(p) + 300,
      run: () => {
        const sheet = ctx.sheet();
        const layout = sheet.pageLayout;
        setUpPage(layout, p);
        layout.setPrintArea(sheet.getRangeByIndexes(p.area.row, p.area.col, p.area.rows, p.area.cols));
        if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
        // A break goes before the top-left cell of the range it is given.
        for (const row of p.rowBreaks) sheet.horizontalPageBreaks.add(cellAddress(row, p.area.col));
      },
    },
  ];
}

/** Rows of wrapped text get the height the blueprint worked out (Office.js could autofit, ExcelJS cannot). */
export function rowHeightActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  return bp.rowHeights.map(({ row, height }) => ({
    label: `row height ${row + 1}`,
    bytes: 40,
    run: () => void (ctx.sheet().getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height),
  }));
}
