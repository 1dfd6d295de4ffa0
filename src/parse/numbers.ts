import { cleanText } from './text';

/** What a spreadsheet or CSV cell can hold once read. */
export type CellValue = string | number | boolean | null | undefined;

const EXCEL_ERRORS =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export type NumberRead = { ok: true; value: number } | { ok: false; reason: string };

/**
 * How numbers stored as text are written: which mark is the decimal one (the other groups thousands,
 * as may a space). A comma-separated file, the CLI and Excel's text cells use a decimal point; a file
 * separated by semicolons is what Excel saves in locales that write a decimal comma.
 */
export interface NumberStyle {
  decimal: '.' | ',';
  /** The convention in a planner's words, for messages. */
  describe: string;
}

export const DECIMAL_POINT: NumberStyle = {
  decimal: '.',
  describe: 'a decimal point and commas for thousands, as in 1,200.5',
};

export const DECIMAL_COMMA: NumberStyle = {
  decimal: ',',
  describe:
    'a decimal comma and points for thousands, as in 1.200,5 (Excel writes numbers so in a file separated by semicolons)',
};

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && EXCEL_ERRORS.test(v.trim());
}

const escape = (mark: string) => (mark === '.' ? '\\.' : mark);

/**
 * A number from a cell: real numbers, and numbers stored as text in the given style, with or without
 * thousands separators ("3,654", "1,174,980.5"; "1.200" and "12,5" where the decimal mark is a comma).
 * A decimal mark followed by exactly three digits ("1.200" with a decimal point) is refused as
 * ambiguous: it is how the other convention writes thousands. Anything else is refused with a reason.
 */
export function readNumber(v: CellValue, style: NumberStyle = DECIMAL_POINT): NumberRead {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'is not a finite number' };
  if (isBlank(v)) return { ok: false, reason: 'is blank' };
  if (typeof v !== 'string') return { ok: false, reason: 'is not a number' };
  const text = cleanText(v);
  if (isErrorValue(text)) return { ok: false, reason: `is an error (${text})` };
  const d = escape(style.decimal);
  const g = escape(style.decimal === '.' ? ',' : '.');
  const form = new RegExp(`^([-+]?)(\\d+|\\d{1,3}(?:${g}\\d{3})+|\\d{1,3}(?: \\d{3})+)?(?:${d}(\\d+))?$`);
  const m = form.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    const looksNumeric = /^[-+]?[\d.,\s]*\d[\d.,\s]*$/.test(text);
    return {
      ok: false,
      reason: looksNumeric ? `is not a number written with ${style.describe}` : 'is not a number',
    };
  }
  const [, sign, whole = '0', fraction = ''] = m;
  if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
    const decimal = `${whole}.${fraction}`.replace(/\.?0+$/, '');
    return {
      ok: false,
      reason: `is ambiguous: it could mean ${whole}${fraction} or ${decimal}; write the number you mean without a thousands separator`,
    };
  }
  const value = Number(`${sign}${whole.replace(/\D/g, '')}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, reason: `is too large to be a figure (${text.length} characters)` };
  return { ok: true, value };
}

/** How a value is quoted in a message; blank cells have no value to show. */
export function showValue(v: CellValue): string {
  if (isBlank(v)) return '';
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}
