import type { Block, Cell, CellStyle, FormatRange, SheetBlueprint, SheetRole } from './blueprint';

/** A sheet under construction: blocks of cells and their formats, collected in writing order. */
export class SheetDraft {
  readonly blocks: Block[] = [];
  readonly formats: FormatRange[] = [];
  readonly widths: number[] = [];

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  block(row: number, col: number, cells: Cell[][]): void {
    const width = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== width)) throw new Error(`${this.name}: ragged block at row ${row}, col ${col}`);
    if (cells.length && width) this.blocks.push({ row, col, cells });
  }

  format(row: number, col: number, rows: number, cols: number, numberFormat?: string, style?: CellStyle): void {
    if (rows > 0 && cols > 0) this.formats.push({ range: { row, col, rows, cols }, numberFormat, style });
  }

  /** At least `width` characters for column `col` (the first call sets it, so a gap column can be narrow). */
  widen(col: number, width: number): void {
    for (let c = this.widths.length; c <= col; c++) this.widths[c] = 0;
    this.widths[col] = Math.max(this.widths[col], Math.min(width, 120));
  }

  sheet(rest: Omit<SheetBlueprint, 'name' | 'role' | 'blocks' | 'formats' | 'columnWidths'>): SheetBlueprint {
    // Columns nobody sized get Excel's usual width (10, not 9: some readers drop a width equal to their default).
    const columnWidths = this.widths.map((w) => w || 10);
    return { name: this.name, role: this.role, blocks: this.blocks, formats: this.formats, columnWidths, ...rest };
  }
}

/** Width that fits the longest of some texts, in characters. */
export function fitText(texts: readonly (string | null | undefined)[], min = 8, max = 60): number {
  const longest = texts.reduce((m, t) => Math.max(m, (t ?? '').length), 0);
  return Math.max(min, Math.min(max, longest + 2));
}

const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = ['inputs', 'summary', 'notes', 'history'];

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
