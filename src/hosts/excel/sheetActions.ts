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
} from '../../sheets/blueprint';
import { type CellWrite, planBlockWrites, writeBytes } from './blockWrites';
import { jsonBytes } from './payload';
import { type Supports, excelApi } from './support';

export interface Action {
  label: string;
  /** Estimated JSON bytes of the action's arguments. */
  bytes: number;
  run(): void;
}

export interface SheetContext {
  sheet: () => Excel.Worksheet;
  /** Rewrites a blueprint formula for the names the sheets really got. */
  formula: (f: string) => string;
  supports: Supports;
  /** Largest single grid assignment. */
  maxGridBytes: number;
}

const CHART_TYPES: Record<ChartSpec['type'], string> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  line: 'Line',
  columnStacked: 'ColumnStacked',
};

const BORDER_EDGES = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

/** Column width: the blueprint counts characters; Office.js wants points (7 px per character + 5 px padding, 96 px = 72 pt). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function rangeOf(ctx: SheetContext, r: RangeRef): Excel.Range {
  return ctx.sheet().getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function cellWriteAction(ctx: SheetContext, w: CellWrite): Action {
  if (w.kind === 'fill') {
    return {
      label: `fill ${cellAddress(w.row, w.col)}×${w.rows}`,
      bytes: writeBytes(w),
      // A single value for a multi-cell range fills every cell (see blockWrites.ts for the source).
      run: () =>
        void (ctx.sheet().getRangeByIndexes(w.row, w.col, w.rows, 1).formulasR1C1 =
          w.formulaR1C1 as unknown as string[][]),
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

/** Everything that fills a sheet that already exists (added by the writer). */
export function sheetActions(bp: SheetBlueprint, ctx: SheetContext): Action[] {
  const actions: Action[] = [];
  if (bp.tabColor && excelApi(ctx.supports, '1.7')) {
    actions.push({ label: 'tab colour', bytes: 20, run: () => void (ctx.sheet().tabColor = bp.tabColor as string) });
  }
  for (const block of bp.blocks) {
    for (const w of planBlockWrites(block, ctx.formula, ctx.maxGridBytes)) actions.push(cellWriteAction(ctx, w));
  }
  for (const fr of bp.formats) {
    actions.push({
      label: `format ${cellAddress(fr.range.row, fr.range.col)}`,
      bytes: jsonBytes(fr),
      run: () => {
        const range = rangeOf(ctx, fr.range);
        // One number format for the whole range: a scalar, like formulasR1C1 above.
        if (fr.numberFormat !== undefined) range.numberFormat = fr.numberFormat as unknown as string[][];
        if (fr.style) applyStyle(range, fr.style);
      },
    });
  }
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
  if (bp.freeze && (bp.freeze.rows > 0 || bp.freeze.cols > 0)) {
    const { rows, cols } = bp.freeze;
    actions.push({
      label: 'freeze',
      bytes: 20,
      run: () => {
        const panes = ctx.sheet().freezePanes;
        if (cols === 0) panes.freezeRows(rows);
        else if (rows === 0) panes.freezeColumns(cols);
        else panes.freezeAt(ctx.sheet().getRangeByIndexes(0, 0, rows, cols));
      },
    });
  }
  for (const t of bp.tables) {
    actions.push({
      label: `table ${t.name}`,
      bytes: jsonBytes(t),
      run: () => {
        const table = ctx.sheet().tables.add(rangeOf(ctx, t.range), true);
        table.name = t.name;
        if (t.style) table.style = t.style;
      },
    });
  }
  if (excelApi(ctx.supports, '1.8')) {
    for (const v of bp.validations) {
      actions.push({
        label: `validation ${cellAddress(v.range.row, v.range.col)}`,
        bytes: jsonBytes(v),
        // A list source is comma-separated text: the blueprint's choices contain no commas.
        run: () => {
          const validation = rangeOf(ctx, v.range).dataValidation;
          validation.rule = validationRule(v);
          validation.ignoreBlanks = v.allowBlank;
          validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
          validation.errorAlert = { showAlert: true, style: 'Stop', title: v.prompt.title, message: v.prompt.message };
        },
      });
    }
  }
  if (bp.print && excelApi(ctx.supports, '1.9')) {
    const p = bp.print;
    actions.push({
      label: 'print setup',
      bytes: jsonBytes(p) + 100,
      run: () => {
        const layout = ctx.sheet().pageLayout;
        layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.setPrintArea(rangeOf(ctx, p.area));
        // Fit all columns on one page wide; 0 pages tall leaves the height automatic.
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
      },
    });
  }
  for (const chart of bp.charts) actions.push(chartActions(ctx, chart));
  return actions;
}

/** A drop-down (its source is comma-separated text: the blueprint's choices contain no commas) or a number range. */
function validationRule(v: Validation): Excel.DataValidationRule {
  if (v.values) return { list: { inCellDropDown: true, source: v.values.join(',') } };
  const { min, max, whole } = v.number!;
  const between = { formula1: min, formula2: max, operator: 'Between' as const };
  return whole ? { wholeNumber: between } : { decimal: between };
}
