/**
 * How one blueprint block becomes a few range assignments, whatever the number of rows.
 *
 * 1. In each column, a run of ≥ MIN_RUN cells whose formulas read the same in R1C1 ("=RC[-2]*RC[-1]")
 *    becomes one `formulasR1C1` assignment to the whole run: a full 2-D array (one row per cell) of that
 *    string. The Excel.Range reference types formulasR1C1 as any[][] and documents no single value for a
 *    multi-cell range, so we write the full array (the R1C1 text repeats, which the payload estimate counts).
 * 2. What is left (labels, numbers, one-off formulas such as totals) is grouped into bands of consecutive
 *    rows that have the same set of columns to write, and each band is split into contiguous column runs;
 *    each becomes one 2-D `values` (or `formulas`, when it holds a formula) assignment. A typical sheet —
 *    header row, N area rows, totals row — gives three bands, for 14 or 10,000 areas alike.
 * 3. A fill or grid whose JSON would not fit in `maxBytes` is cut into row chunks (more requests, each valid).
 *
 * Empty blueprint cells (null) are not written: the writer only ever writes into sheets it has just added.
 */
import { type Block, type Cell, isFormula } from '../../sheets/shared/blueprint';
import { a1ToR1C1 } from './formulaRefs';
import { jsonBytes } from './payload';
import { textEntry } from './textEntry';

export const MIN_RUN = 3;

export type Entry = string | number | boolean;

export type CellWrite =
  /** One R1C1 formula for a whole column segment. */
  | { kind: 'fill'; row: number; col: number; rows: number; formulaR1C1: string }
  /** A rectangle of constants and/or A1 formulas. */
  | { kind: 'grid'; row: number; col: number; data: Entry[][]; hasFormulas: boolean };

/** JSON bytes of a rows×cols array whose every entry is `entry` (without building it). */
export function repeatedBytes(entry: unknown, rows: number, cols: number): number {
  const row = 2 + cols * jsonBytes(entry) + (cols - 1);
  return 2 + rows * row + (rows - 1);
}

/** [first, count] row chunks of `rows` rows of `rowBytes` each, every chunk under `maxBytes` (at least one row). */
export function rowChunks(rows: number, rowBytes: number, maxBytes: number): [number, number][] {
  const per = maxBytes === Infinity ? rows : Math.max(1, Math.floor((maxBytes - 2) / (rowBytes + 1)));
  const chunks: [number, number][] = [];
  for (let r = 0; r < rows; r += per) chunks.push([r, Math.min(per, rows - r)]);
  return chunks;
}

/** The 2-D array a fill assigns. */
export function fillArray(w: Extract<CellWrite, { kind: 'fill' }>): string[][] {
  return Array.from({ length: w.rows }, () => [w.formulaR1C1]);
}

export function writeBytes(w: CellWrite): number {
  return w.kind === 'fill' ? repeatedBytes(w.formulaR1C1, w.rows, 1) : jsonBytes(w.data);
}

function entryOf(cell: Cell, formula: (f: string) => string): Entry | null {
  if (cell === null || cell === undefined) return null;
  if (isFormula(cell)) {
    const f = formula(cell.formula);
    return f.startsWith('=') ? f : `=${f}`;
  }
  if (typeof cell === 'string') return textEntry(cell);
  return cell;
}

/**
 * @param formula rewrites a blueprint formula before it is written (e.g. a sheet that had to be renamed).
 */
export function planBlockWrites(
  block: Block,
  formula: (f: string) => string = (f) => f,
  maxBytes = Infinity,
): CellWrite[] {
  const rows = block.cells.length;
  const cols = rows ? Math.max(...block.cells.map((r) => r.length)) : 0;
  const entries: (Entry | null)[][] = block.cells.map((r) =>
    Array.from({ length: cols }, (_, c) => entryOf(r[c] ?? null, formula)),
  );
  const filled: boolean[][] = entries.map((r) => r.map(() => false));
  const writes: CellWrite[] = [];

  for (let c = 0; c < cols; c++) {
    let r = 0;
    while (r < rows) {
      const e = entries[r][c];
      if (typeof e !== 'string' || !e.startsWith('=')) {
        r++;
        continue;
      }
      const r1c1 = a1ToR1C1(e, block.row + r, block.col + c);
      let end = r + 1;
      while (end < rows) {
        const next = entries[end][c];
        if (
          typeof next !== 'string' ||
          !next.startsWith('=') ||
          a1ToR1C1(next, block.row + end, block.col + c) !== r1c1
        )
          break;
        end++;
      }
      if (end - r >= MIN_RUN) {
        for (const [first, count] of rowChunks(end - r, jsonBytes(r1c1) + 2, maxBytes))
          writes.push({ kind: 'fill', row: block.row + r + first, col: block.col + c, rows: count, formulaR1C1: r1c1 });
        for (let k = r; k < end; k++) filled[k][c] = true;
      }
      r = end;
    }
  }

  const signature = (r: number) => entries[r].map((e, c) => (e !== null && !filled[r][c] ? '1' : '0')).join('');
  let r = 0;
  while (r < rows) {
    const sig = signature(r);
    let end = r + 1;
    while (end < rows && signature(end) === sig) end++;
    let c = 0;
    while (c < cols) {
      if (sig[c] !== '1') {
        c++;
        continue;
      }
      let cEnd = c + 1;
      while (cEnd < cols && sig[cEnd] === '1') cEnd++;
      const data = entries.slice(r, end).map((row) => row.slice(c, cEnd) as Entry[]);
      for (const chunk of chunkRows(data, maxBytes)) {
        writes.push({
          kind: 'grid',
          row: block.row + r + chunk.offset,
          col: block.col + c,
          data: chunk.data,
          hasFormulas: chunk.data.some((row) => row.some((e) => typeof e === 'string' && e.startsWith('='))),
        });
      }
      c = cEnd;
    }
    r = end;
  }
  return writes;
}

/** Row chunks of `data`, each under `maxBytes` of JSON (a single over-long row stays whole). */
function chunkRows(data: Entry[][], maxBytes: number): { offset: number; data: Entry[][] }[] {
  if (maxBytes === Infinity || jsonBytes(data) <= maxBytes) return [{ offset: 0, data }];
  const chunks: { offset: number; data: Entry[][] }[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < data.length; i++) {
    const rowBytes = jsonBytes(data[i]) + 1;
    if (i > start && bytes + rowBytes > maxBytes) {
      chunks.push({ offset: start, data: data.slice(start, i) });
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  }
  chunks.push({ offset: start, data: data.slice(start) });
  return chunks;
}
