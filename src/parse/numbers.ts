/** What a spreadsheet or CSV cell can hold once read. */
export type CellValue = string | number | boolean | null | undefined;

const EXCEL_ERRORS =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export type NumberRead = { ok: true; value: number } | { ok: false; reason: string };

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && EXCEL_ERRORS.test(v.trim());
}

/**
 * A number from a cell: real numbers, and numbers stored as text, with or without thousands
 * commas ("3,654", "1,174,980.5"). Anything else is refused with a reason.
 */
export function readNumber(v: CellValue): NumberRead {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'is not a finite number' };
  if (isBlank(v)) return { ok: false, reason: 'is blank' };
  if (typeof v !== 'string') return { ok: false, reason: 'is not a number' };
  const text = v.replace(/[\s\u00a0]/g, '');
  if (isErrorValue(text)) return { ok: false, reason: `is an error (${text})` };
  if (/^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(text) || /^[-+]?\.\d+$/.test(text)) {
    return { ok: true, value: Number(text.replace(/,/g, '')) };
  }
  return { ok: false, reason: 'is not a number' };
}

/** How a value is quoted in a message. */
export function showValue(v: CellValue): string {
  if (isBlank(v)) return '(blank)';
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}
