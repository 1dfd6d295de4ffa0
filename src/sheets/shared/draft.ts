import type { Block, Cell, CellStyle, FormatRange, RangeRef, SheetBlueprint, SheetRole } from './blueprint';

/** A rectangle of `rows` × `cols` cells from (row, col): the range every format and chart takes. */
export function cells(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

export interface FormatOptions {
  numberFormat?: string;
  style?: CellStyle;
}

/** A sheet under construction: blocks of cells and their formats, collected in writing order. */
export class SheetDraft {
  readonly blocks: Block[] = [];
  readonly formats: FormatRange[] = [];
  readonly widths: number[] = [];
  readonly heights = new Map<number, number>();

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  block(row: number, col: number, cells: Cell[][]): void {
    const width = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== width)) throw new Error(`${this.name}: ragged block at row ${row}, col ${col}`);
    if (cells.length && width) this.blocks.push({ row, col, cells });
  }

  format(range: RangeRef, { numberFormat, style }: FormatOptions): void {
    if (range.rows > 0 && range.cols > 0) this.formats.push({ range, numberFormat, style });
  }

  /** At least `width` characters for column `col` (the first call sets it, so a gap column can be narrow). */
  widen(col: number, width: number): void {
    for (let c = this.widths.length; c <= col; c++) this.widths[c] = 0;
    this.widths[col] = Math.max(this.widths[col], Math.min(width, 120));
  }

  /** At least `points` high for `row` (rows of wrapped text: no writer measures text). */
  rowHeight(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }

  sheet(
    rest: Omit<SheetBlueprint, 'name' | 'role' | 'blocks' | 'formats' | 'columnWidths' | 'rowHeights'>,
  ): SheetBlueprint {
    // Columns nobody sized get Excel's usual width (10, not 9: some readers drop a width equal to their default).
    const columnWidths = this.widths.map((w) => w || 10);
    const rowHeights = [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    return {
      name: this.name,
      role: this.role,
      blocks: this.blocks,
      formats: this.formats,
      columnWidths,
      rowHeights,
      ...rest,
    };
  }
}

/** Width that fits the longest of some texts, in characters. */
export function fitText(texts: readonly (string | null | undefined)[], min = 8, max = 60): number {
  const longest = texts.reduce((m, t) => Math.max(m, (t ?? '').length), 0);
  return Math.max(min, Math.min(max, longest + 2));
}

const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = ['inputs', 'summary', 'notes', 'history', 'sensitivity', 'monitoring', 'economic case'];

/** Valid, unique sheet names (≤ 31 characters, none of : \ / ? * [ ], not a reserved name). */
export function uniqueSheetNames(wanted: readonly string[]): string[] {
  const used = new Set(RESERVED);
  return wanted.map((w) => {
    const base =
      w
        .replace(FORBIDDEN, '-')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || 'Scenario';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
    used.add(name.toLowerCase());
    return name;
  });
}
