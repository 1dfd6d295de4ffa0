/**
 * One blueprint sheet as a list of queued actions (nothing here syncs). Each action knows its estimated
 * payload, so the writer can pack actions into requests under the size limit.
 */
import {
  type CellStyle,
  type ChartSpec,
  type RangeRef,
  type SheetBlueprint,
  type Validation,
  cellAddress,
} from '../../sheets/shared/blueprint';
import type { Action, SheetContext } from './action';
import { type CellWrite, fillArray, planBlockWrites, repeatedBytes, rowChunks, writeBytes } from './blockWrites';
import { jsonBytes } from './payload';
import { printActions, rowHeightActions } from './printActions';
import { excelApi } from './support';
import { columnPixels } from '../../sheets/shared/textWidth';

export type { Action, SheetContext } from './action';

const CHART_TYPES: Record<ChartSpec['type'], string> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  line: 'Line',
  columnStacked: 'ColumnStacked',
};

const BORDER_EDGES = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

/** Column width: the blueprint counts characters as <col width> does (ExcelJS writes it so); Office.js wants points. */
export function widthInPoints(chars: number): number {
  return columnPixels(chars) * 0.75;
}

function rangeOf(ctx: SheetContext, r: RangeRef): Excel.Range {
  return ctx.sheet().getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function cellWriteAction(ctx: SheetContext, w: CellWrite): Action {
  if (w.kind === 'fill') {
    return {
      label: `fill ${cellAddress(w.row, w.col)}×${w.rows}`,
      bytes: writeBytes(w),
      // A full 2-D array: the documented form (blockWrites.ts).
      run: () => void (ctx.sheet().getRangeByIndexes(w.row, w.col, w.rows, 1).formulasR1C1 = fillArray(w)),
    };
  }
  return {
    label: `grid ${cellAddress(w.row, w.col)} ${w.data.length}×${w.data[0].length}`,
    bytes: writeBytes(w),
    run: () => {
      const range = ctx.sheet().getRangeByIndexes(w.row, w.col, w.data.length, w.data[0].length);
      if (w.hasFormulas) range.formulas = w.data;
      else range.values = w.data;
    },
  };
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.wrap || style.vAlign === 'top') f.verticalAlignment = 'Top';
  if (style.hAlign !== undefined)
    f.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.hAlign];
  for (const side of style.border ?? []) {
    const b = f.borders.getItem(BORDER_EDGES[side]);
    b.style = 'Continuous';
    b.weight = 'Thin';
  }
}

function chartActions(ctx: SheetContext, spec: ChartSpec): Action {
  return {
    label: `chart ${spec.title}`,
    bytes: jsonBytes(spec) + 600,
    run: () => {
      const [first, ...rest] = spec.series;
      const by = (r: RangeRef) => (r.cols === 1 ? 'Columns' : 'Rows');
      const chart = ctx
        .sheet()
        .charts.add(
          CHART_TYPES[spec.type] as Excel.ChartType,
          rangeOf(ctx, first.values),
          by(first.values) as Excel.ChartSeriesBy,
        );
      chart.title.text = spec.title;
      const s0 = chart.series.getItemAt(0);
      s0.name = first.name;
      // Category labels and further series need ExcelApi 1.7 (the manifest's minimum, checked anyway).
      if (excelApi(ctx.supports, '1.7')) {
        s0.setXAxisValues(rangeOf(ctx, spec.categories));
        for (const s of rest) {
          const series = chart.series.add(s.name);
          series.setValues(rangeOf(ctx, s.values));
          series.setXAxisValues(rangeOf(ctx, spec.categories));
        }
      }
      const a = spec.anchor;
      chart.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows - 1, a.col + a.cols - 1));
    },
  };
}

function tabColorActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  const color = bp.tabColor;
  if (!color || !excelApi(ctx.supports, '1.7')) return [];
  return [{ label: 'tab colour', bytes: 20, run: () => void (ctx.sheet().tabColor = color) }];
}

function blockActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  return bp.blocks.flatMap((block) =>
    planBlockWrites(block, ctx.formula, ctx.maxGridBytes).map((w) => cellWriteAction(ctx, w)),
  );
}

/** Number formats as full 2-D arrays (the documented form), cut into row chunks under the grid limit. */
function numberFormatActions(ctx: SheetContext, r: RangeRef, format: string): Action[] {
  return rowChunks(r.rows, repeatedBytes(format, 1, r.cols), ctx.maxGridBytes).map(([first, rows]) => ({
    label: `number format ${cellAddress(r.row + first, r.col)}`,
    bytes: repeatedBytes(format, rows, r.cols),
    run: () =>
      void (rangeOf(ctx, { ...r, row: r.row + first, rows }).numberFormat = Array.from({ length: rows }, () =>
        Array<string>(r.cols).fill(format),
      )),
  }));
}

function formatActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  return bp.formats.flatMap((fr) => {
    const actions = fr.numberFormat === undefined ? [] : numberFormatActions(ctx, fr.range, fr.numberFormat);
    const style = fr.style;
    if (style)
      actions.push({
        label: `style ${cellAddress(fr.range.row, fr.range.col)}`,
        bytes: jsonBytes(style),
        run: () => applyStyle(rangeOf(ctx, fr.range), style),
      });
    return actions;
  });
}

function widthActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  const actions: Action[] = [];
  for (let c = 0; c < bp.columnWidths.length;) {
    let end = c + 1;
    while (end < bp.columnWidths.length && bp.columnWidths[end] === bp.columnWidths[c]) end++;
    const [col, count, width] = [c, end - c, bp.columnWidths[c]];
    if (width > 0)
      actions.push({
        label: `width ${col}`,
        bytes: 20,
        run: () => void (ctx.sheet().getRangeByIndexes(0, col, 1, count).format.columnWidth = widthInPoints(width)),
      });
    c = end;
  }
  return actions;
}

function freezeActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  if (!bp.freeze || (bp.freeze.rows <= 0 && bp.freeze.cols <= 0)) return [];
  const { rows, cols } = bp.freeze;
  return [
    {
      label: 'freeze',
      bytes: 20,
      run: () => {
        const panes = ctx.sheet().freezePanes;
        if (cols === 0) panes.freezeRows(rows);
        else if (rows === 0) panes.freezeColumns(cols);
        else panes.freezeAt(ctx.sheet().getRangeByIndexes(0, 0, rows, cols));
      },
    },
  ];
}

function tableActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  return bp.tables.map((t) => ({
    label: `table ${t.name}`,
    bytes: jsonBytes(t),
    run: () => {
      const table = ctx.sheet().tables.add(rangeOf(ctx, t.range), true);
      table.name = t.name;
      if (t.style) table.style = t.style;
    },
  }));
}

function validationActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  if (!excelApi(ctx.supports, '1.8')) return [];
  return bp.validations.map((v) => ({
    label: `validation ${cellAddress(v.range.row, v.range.col)}`,
    bytes: jsonBytes(v),
    run: () => {
      const validation = rangeOf(ctx, v.range).dataValidation;
      validation.rule = validationRule(v);
      validation.ignoreBlanks = v.allowBlank;
      validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      validation.errorAlert = { showAlert: true, style: 'Stop', title: v.prompt.title, message: v.prompt.message };
    },
  }));
}

/**
 * Status colours (ExcelApi 1.6; skipped where Excel lacks it: the status words read the same without).
 * A cell-value rule "equal to" the word, as the blueprint means; Excel compares text case-insensitively.
 */
function conditionalFormatActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  if (!excelApi(ctx.supports, '1.6')) return [];
  return (bp.conditionalFormats ?? []).map((c) => ({
    label: `status colour ${cellAddress(c.range.row, c.range.col)} "${c.textEquals}"`,
    bytes: jsonBytes(c),
    run: () => {
      const format = rangeOf(ctx, c.range).conditionalFormats.add('CellValue');
      format.cellValue.rule = { formula1: `="${c.textEquals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      if (c.style.fill) format.cellValue.format.fill.color = c.style.fill;
      if (c.style.fontColor) format.cellValue.format.font.color = c.style.fontColor;
      if (c.style.bold) format.cellValue.format.font.bold = true;
    },
  }));
}

/** Each kind of content, in the order it is written; a new kind is one more named helper here. */
const KINDS: ((bp: SheetBlueprint, ctx: SheetContext) => Action[])[] = [
  tabColorActions,
  blockActions,
  formatActions,
  widthActions,
  freezeActions,
  tableActions,
  validationActions,
  conditionalFormatActions,
  rowHeightActions,
  printActions,
  (bp, ctx) => bp.charts.map((chart) => chartActions(ctx, chart)),
];

/** Everything that fills a sheet that already exists (added by the writer). */
export function sheetActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  return KINDS.flatMap((kind) => kind(bp, ctx));
}

/** A drop-down (its source is comma-separated text: the blueprint's choices contain no commas) or a number range. */
function validationRule(v: Validation): Excel.DataValidationRule {
  if (v.values) return { list: { inCellDropDown: true, source: v.values.join(',') } };
  const { min, max, whole } = v.number!;
  const between = { formula1: min, formula2: max, operator: 'Between' as const };
  return whole ? { wholeNumber: between } : { decimal: between };
}
