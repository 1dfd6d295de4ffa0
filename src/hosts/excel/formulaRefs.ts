/**
 * Cell references inside formulas: a small tokenizer, A1 → R1C1 and R1C1 → A1 conversion, and sheet
 * renaming. Pure (no Excel.*), so the writer, the fake Excel used by tests and unit tests share it.
 *
 * Why R1C1: a column of "=B2*C2", "=B3*C3", … is one R1C1 formula "=RC[-2]*RC[-1]". When every cell of a
 * column segment has the same R1C1 text, the writer assigns it to the whole range in one `formulasR1C1`
 * assignment (one action for the column, whatever the number of rows).
 *
 * What is left alone: string literals ("A1" stays text), defined names (IPS_Coverage), function names
 * (LOG10, ATAN2), structured references (Table[Column]) and error literals (#REF!).
 */
import { columnLetter, sheetRef } from '../../sheets/shared/blueprint';

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'string'; text: string }
  /** A sheet prefix; `name` is unquoted, `text` is as written (with the "!"). */
  | { kind: 'sheet'; text: string; name: string }
  | { kind: 'ref'; text: string };

const MAX_ROW = 1048576;
const MAX_COL = 16384;
const IDENT = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;
/** A reference must not run into an identifier, a call, a sheet mark or a structured reference. */
const AFTER_REF_FORBIDDEN = /[A-Za-z0-9_.\\\u00C0-\uFFFF(![]/;

const A1_AREA = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/y;
const A1_COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const A1_ROWS = /(\$?)(\d+):(\$?)(\d+)/y;
const R1C1_AREA = /R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?::R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?)?/y;
const R1C1_ROWS = /R(\[-?\d+\]|\d+)?:R(\[-?\d+\]|\d+)?/y;
const R1C1_COLS = /C(\[-?\d+\]|\d+)?:C(\[-?\d+\]|\d+)?/y;

export type RefStyle = 'A1' | 'R1C1';

function stickyMatch(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  const m = re.exec(s);
  if (!m) return null;
  const next = s[i + m[0].length];
  return next !== undefined && AFTER_REF_FORBIDDEN.test(next) ? null : m;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function validA1(m: RegExpExecArray): boolean {
  const ok = (col: string | undefined, row: string | undefined) =>
    (col === undefined || columnNumber(col) <= MAX_COL) &&
    (row === undefined || (Number(row) >= 1 && Number(row) <= MAX_ROW));
  return ok(m[2], m[4]) && ok(m[6], m[8]);
}

function matchRef(s: string, i: number, style: RefStyle): RegExpExecArray | null {
  if (style === 'A1') {
    const area = stickyMatch(A1_AREA, s, i);
    if (area && validA1(area)) return area;
    const cols = stickyMatch(A1_COLS, s, i);
    if (cols && columnNumber(cols[2]) <= MAX_COL && columnNumber(cols[4]) <= MAX_COL) return cols;
    const rows = stickyMatch(A1_ROWS, s, i);
    if (rows && Number(rows[2]) >= 1 && Number(rows[4]) >= 1) return rows;
    return null;
  }
  return stickyMatch(R1C1_AREA, s, i) ?? stickyMatch(R1C1_ROWS, s, i) ?? stickyMatch(R1C1_COLS, s, i);
}

/** What one scanner read at `i`: a token, or literal text, and where to go on. */
interface Scan {
  next: number;
  token?: Token;
  text?: string;
}

/** Index of the closing `quote` of a literal opened at i ("" or '' inside is an escaped quote). */
function closing(formula: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote)) j += formula[j] === quote ? 2 : 1;
  return j;
}

function scanString(formula: string, i: number): Scan {
  const j = closing(formula, i, '"');
  return { next: j + 1, token: { kind: 'string', text: formula.slice(i, j + 1) } };
}

/** 'My sheet'! is a sheet prefix; any other quoted run is text. */
function scanQuoted(formula: string, i: number): Scan {
  const j = closing(formula, i, "'");
  if (formula[j + 1] !== '!') return { next: j + 1, text: formula.slice(i, j + 1) };
  const name = formula.slice(i + 1, j).replace(/''/g, "'");
  return { next: j + 2, token: { kind: 'sheet', text: formula.slice(i, j + 2), name } };
}

/** Structured reference (Table[Column], Table[[#Totals],[Cost]]): copied as is. */
function scanStructured(formula: string, i: number): Scan {
  let depth = 0;
  let j = i;
  for (; j < formula.length; j++) {
    if (formula[j] === '[') depth++;
    else if (formula[j] === ']' && --depth === 0) break;
  }
  return { next: j + 1, text: formula.slice(i, j + 1) };
}

function scanError(formula: string, i: number): Scan {
  const m = /#[A-Za-z0-9/]+[!?]?/y;
  m.lastIndex = i;
  const len = m.exec(formula)?.[0].length ?? 1;
  return { next: i + len, text: formula.slice(i, i + len) };
}

/** A reference, a sheet prefix (Sheet1!) or a word (function or defined name). */
function scanWord(formula: string, i: number, style: RefStyle): Scan {
  const ref = matchRef(formula, i, style);
  if (ref) return { next: i + ref[0].length, token: { kind: 'ref', text: ref[0] } };
  let j = i;
  while (j < formula.length && (IDENT.test(formula[j]) || formula[j] === '$')) j++;
  const word = formula.slice(i, j);
  if (formula[j] === '!') return { next: j + 1, token: { kind: 'sheet', text: `${word}!`, name: word } };
  return { next: j, text: word };
}

function scan(formula: string, i: number, style: RefStyle): Scan {
  const ch = formula[i];
  if (ch === '"') return scanString(formula, i);
  if (ch === "'") return scanQuoted(formula, i);
  if (ch === '[') return scanStructured(formula, i);
  if (ch === '#') return scanError(formula, i);
  if (ch === '$' || IDENT.test(ch)) return scanWord(formula, i, style);
  return { next: i + 1, text: ch };
}

/** Splits a formula into literal text, string literals, sheet prefixes and references. */
export function tokenize(formula: string, style: RefStyle = 'A1'): Token[] {
  const tokens: Token[] = [];
  let text = '';
  for (let i = 0; i < formula.length;) {
    const s = scan(formula, i, style);
    if (s.token) {
      if (text) tokens.push({ kind: 'text', text });
      text = '';
      tokens.push(s.token);
    } else text += s.text ?? '';
    i = s.next;
  }
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

function join(tokens: Token[]): string {
  return tokens.map((t) => t.text).join('');
}

/** "R[-1]" / "R5" / "R" part for a 1-based target relative to a 1-based base. */
function r1c1Part(letter: 'R' | 'C', absolute: boolean, target: number, base: number): string {
  if (absolute) return `${letter}${target}`;
  const d = target - base;
  return d === 0 ? letter : `${letter}[${d}]`;
}

function a1RefToR1C1(ref: string, row1: number, col1: number): string {
  const area = new RegExp(A1_AREA.source).exec(ref);
  if (area && area[0] === ref) {
    const cell = (cd: string, c: string, rd: string, r: string) =>
      r1c1Part('R', rd === '$', Number(r), row1) + r1c1Part('C', cd === '$', columnNumber(c), col1);
    const start = cell(area[1], area[2], area[3], area[4]);
    return area[6] === undefined ? start : `${start}:${cell(area[5], area[6], area[7], area[8])}`;
  }
  const cols = new RegExp(A1_COLS.source).exec(ref);
  if (cols && cols[0] === ref) {
    return `${r1c1Part('C', cols[1] === '$', columnNumber(cols[2]), col1)}:${r1c1Part('C', cols[3] === '$', columnNumber(cols[4]), col1)}`;
  }
  const rows = new RegExp(A1_ROWS.source).exec(ref) as RegExpExecArray;
  return `${r1c1Part('R', rows[1] === '$', Number(rows[2]), row1)}:${r1c1Part('R', rows[3] === '$', Number(rows[4]), row1)}`;
}

/** A1 formula written at (row, col) (0-based) → R1C1 formula. */
export function a1ToR1C1(formula: string, row: number, col: number): string {
  return join(
    tokenize(formula, 'A1').map((t) => (t.kind === 'ref' ? { ...t, text: a1RefToR1C1(t.text, row + 1, col + 1) } : t)),
  );
}

function a1Part(part: string | undefined, base: number, kind: 'row' | 'col'): string {
  let n: number;
  let abs = false;
  if (part === undefined) n = base;
  else if (part.startsWith('[')) n = base + Number(part.slice(1, -1));
  else {
    n = Number(part);
    abs = true;
  }
  if (n < 1 || n > (kind === 'row' ? MAX_ROW : MAX_COL)) return '#REF!';
  return `${abs ? '$' : ''}${kind === 'row' ? String(n) : columnLetter(n - 1)}`;
}

function r1c1RefToA1(ref: string, row1: number, col1: number): string {
  const area = new RegExp(R1C1_AREA.source).exec(ref);
  if (area && area[0] === ref) {
    const cell = (r: string | undefined, c: string | undefined) => a1Part(c, col1, 'col') + a1Part(r, row1, 'row');
    const start = cell(area[1], area[2]);
    return area[3] === undefined && area[4] === undefined && !ref.includes(':')
      ? start
      : `${start}:${cell(area[3], area[4])}`;
  }
  const rows = new RegExp(R1C1_ROWS.source).exec(ref);
  if (rows && rows[0] === ref) return `${a1Part(rows[1], row1, 'row')}:${a1Part(rows[2], row1, 'row')}`;
  const cols = new RegExp(R1C1_COLS.source).exec(ref) as RegExpExecArray;
  return `${a1Part(cols[1], col1, 'col')}:${a1Part(cols[2], col1, 'col')}`;
}

/** R1C1 formula as it reads in the cell at (row, col) (0-based) → A1 formula. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  return join(
    tokenize(formula, 'R1C1').map((t) =>
      t.kind === 'ref' ? { ...t, text: r1c1RefToA1(t.text, row + 1, col + 1) } : t,
    ),
  );
}

/**
 * Rewrites sheet prefixes: `rename(name)` returns the new name, the same name to keep it, or null when the
 * sheet is gone (the prefix and the reference after it become #REF!, as Excel does).
 */
export function renameSheetRefs(
  formula: string,
  rename: (name: string) => string | null,
  style: RefStyle = 'A1',
): string {
  const tokens = tokenize(formula, style);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'sheet') {
      out.push(t.text);
      continue;
    }
    const to = rename(t.name);
    if (to === null) {
      out.push('#REF!');
      if (tokens[i + 1]?.kind === 'ref') i++;
    } else out.push(to === t.name ? t.text : `${sheetRef(to)}!`);
  }
  return out.join('');
}

/** Sheet names a formula refers to (unquoted). */
export function sheetsReferenced(formula: string): string[] {
  return tokenize(formula).flatMap((t) => (t.kind === 'sheet' ? [t.name] : []));
}
