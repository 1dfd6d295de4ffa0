/**
 * How Excel reads an entry written through values / formulas / formulasR1C1: like typing. A leading
 * apostrophe stores text; "=…" is a formula; "+x" / "-x" / "@x" become formulas unless numeric; numbers,
 * percentages, TRUE/FALSE, error literals and dates are converted. A cell formatted as Text ("@") keeps
 * the entry as typed. `null` leaves the cell unchanged; "" clears it.
 */
import type { CellState } from './state';

const ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/i;

export function isErrorLiteral(s: string): boolean {
  return ERRORS.test(s);
}

function asNumber(s: string): number | null {
  const t = s.trim();
  // Any currency symbol (¥100, 100 €) and a space as thousands separator (1 000), as some locales read them.
  const m = /^([-+]?)\p{Sc}?\s?(\d{1,3}([, ]\d{3})+|\d*)(\.\d+)?(e[-+]?\d+)?(%?)\s?\p{Sc}?$/iu.exec(t);
  if (!m || (m[2] === '' && !m[4])) return null;
  const n = Number(`${m[1]}${m[2].replace(/[, ]/g, '')}${m[4] ?? ''}${m[5] ?? ''}`);
  return m[6] ? n / 100 : n;
}

/** The cell content an entry produces, or null for "leave unchanged". */
export function parseEntry(entry: unknown, style: 'A1' | 'R1C1', cellIsText: boolean): Partial<CellState> | null {
  if (entry === null || entry === undefined) return null;
  if (typeof entry === 'number' || typeof entry === 'boolean') return { value: entry };
  if (typeof entry !== 'string') return { value: String(entry) };
  if (entry === '') return {};
  if (cellIsText) return { value: entry };
  if (entry.startsWith("'")) return { value: entry.slice(1), quotePrefix: true };
  const formula = (f: string) => (style === 'A1' ? { formula: f } : { formulaR1C1: f });
  if (entry.startsWith('=') && entry.length > 1) return formula(entry);
  const n = asNumber(entry);
  if (n !== null) return { value: n };
  if (/^[+\-@]/.test(entry) && entry.length > 1) return formula(`=${entry.startsWith('@') ? entry.slice(1) : entry}`);
  if (/^(true|false)$/i.test(entry.trim())) return { value: entry.trim().toLowerCase() === 'true' };
  if (isErrorLiteral(entry.trim())) return { error: entry.trim().toUpperCase() };
  const t = entry.trim();
  // Dates (1/2, 2024-5-1) and times (10:30, 10 AM, 5 p: Excel reads "a"/"p" as AM/PM).
  if (
    /^\d{1,4}\s*[/-]\s*\d{1,2}([/-]\d{1,4})?$/.test(t) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(t) ||
    /^\d{1,2}(:\d{2}){0,2}\s*(a|p|am|pm)$/i.test(t)
  ) {
    // A date or time: Excel stores a serial number. The fake does not compute it; it only must not be text.
    return { value: 0, numberFormat: 'm/d/yyyy' };
  }
  return { value: entry };
}
