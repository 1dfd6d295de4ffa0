/**
 * What the add-in wrote into a plan sheet, kept so a later replace can tell what the user changed since.
 *
 * Each written sheet gets a custom XML part (ExcelApi 1.5, within the manifest's 1.7) whose namespace names
 * the sheet's marker (markers.ts), so one workbook read lists every part with its sheet, no XML parsing
 * needed. The part holds a 3-character hash of every cell of the written area (row-major): what `formulas`
 * reads back for that cell (a formula's text, a constant as text, "" for empty). 18 bits per cell: an
 * edited cell goes unnoticed with odds of 1 in 262,144, and the part stays small (3 bytes a cell).
 * A cell outside the written area that is not empty is an edit too.
 */
import { type SheetBlueprint, cellAddress, isFormula } from '../../sheets/shared/blueprint';

export const FINGERPRINT_NS = 'urn:ips-planner:fingerprint:';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface Fingerprint {
  rows: number;
  cols: number;
  /** 3 characters per cell, row-major. */
  hashes: string;
}

/**
 * The text a cell's content is compared by, blind to what Excel may normalise on its own: a number keeps
 * 15 significant digits (Excel's precision: 1/3 reads back as 0.333333333333333); a formula ignores case,
 * spaces and the quotes around sheet names (Excel drops them where a name needs none).
 */
export function contentOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  const s = String(v);
  return s.startsWith('=') ? s.replace(/[\s']+/g, '').toUpperCase() : s;
}

const memo = new Map<string, string>();

/** FNV-1a, folded to 18 bits, as 3 characters. */
export function cellHash(content: string): string {
  const known = memo.get(content);
  if (known !== undefined) return known;
  if (memo.size > 50_000) memo.clear();
  const hash = fnv18(content);
  memo.set(content, hash);
  return hash;
}

function fnv18(content: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    h ^= content.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const v = (h ^ (h >>> 18)) & 0x3ffff;
  return DIGITS[v >> 12] + DIGITS[(v >> 6) & 63] + DIGITS[v & 63];
}

/** The fingerprint of a blueprint sheet as written (formulas after the writer's sheet renames). */
export function sheetFingerprint(bp: SheetBlueprint, formula: (f: string) => string): Fingerprint {
  let rows = 0;
  let cols = 0;
  for (const b of bp.blocks) {
    rows = Math.max(rows, b.row + b.cells.length);
    cols = Math.max(cols, b.col + Math.max(0, ...b.cells.map((r) => r.length)));
  }
  const grid: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  for (const b of bp.blocks)
    b.cells.forEach((r, i) =>
      r.forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        const f = isFormula(cell) ? formula(cell.formula) : null;
        grid[b.row + i][b.col + j] = contentOf(f === null ? cell : f.startsWith('=') ? f : `=${f}`);
      }),
    );
  return { rows, cols, hashes: grid.map((r) => r.map(cellHash).join('')).join('') };
}

export function fingerprintXml(marker: string, fp: Fingerprint): string {
  return `<fingerprint xmlns="${FINGERPRINT_NS}${marker}" rows="${fp.rows}" cols="${fp.cols}">${fp.hashes}</fingerprint>`;
}

export function parseFingerprint(xml: string): Fingerprint | null {
  const m = /<fingerprint\b[^>]*\brows="(\d+)"[^>]*\bcols="(\d+)"[^>]*>([A-Za-z0-9_-]*)<\/fingerprint>/.exec(xml);
  if (!m) return null;
  const fp = { rows: Number(m[1]), cols: Number(m[2]), hashes: m[3] };
  return fp.hashes.length === fp.rows * fp.cols * 3 ? fp : null;
}

/** What `getUsedRange(true)` read: its top-left cell and `formulas`; null when the sheet is empty. */
export interface UsedCells {
  row: number;
  col: number;
  formulas: unknown[][];
}

/** Cells that differ from the fingerprint (but for those `carried` into the new plan): the first `limit` addresses, and how many. */
export function changedCells(
  fp: Fingerprint,
  used: UsedCells | null,
  limit = 5,
  carried: (row: number, col: number) => boolean = () => false,
): { addresses: string[]; count: number } {
  const addresses: string[] = [];
  let count = 0;
  const empty = cellHash('');
  const at = (r: number, c: number): unknown => {
    if (!used) return '';
    const row = used.formulas[r - used.row];
    return row === undefined ? '' : row[c - used.col];
  };
  const rows = Math.max(fp.rows, used ? used.row + used.formulas.length : 0);
  const cols = Math.max(fp.cols, used ? used.col + (used.formulas[0]?.length ?? 0) : 0);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const expected = r < fp.rows && c < fp.cols ? fp.hashes.substr((r * fp.cols + c) * 3, 3) : empty;
      if (cellHash(contentOf(at(r, c))) === expected || carried(r, c)) continue;
      count++;
      if (addresses.length < limit) addresses.push(cellAddress(r, c));
    }
  return { addresses, count };
}
