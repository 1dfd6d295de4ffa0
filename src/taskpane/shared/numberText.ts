/**
 * Numbers as people type them: "£2,050", " 25 % ", "1 300". A comma is a thousands separator only
 * where it sits between groups of three digits; anywhere else it is never dropped in silence.
 */
export interface NumberRead {
  value: number | null;
  /** How the text was read, when that is not obvious (a decimal comma). */
  note?: string;
  /** Why the text is not a number, when it is not. */
  error?: string;
}

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const THOUSANDS = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

function plainNumber(cleaned: string): number | null {
  if (!PLAIN.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads typed text. `decimalComma`: a lone comma that is not a thousands separator ("12,5") is the
 * decimal point, as much of Europe writes it (used for percentages, where 12,500% cannot be meant);
 * elsewhere such a comma is refused, since "2,05" could mean 2.05 or 2,050.
 */
export function readNumberText(text: string, decimalComma = false): NumberRead {
  const cleaned = text.replace(/[£%\s]/g, '');
  if (!cleaned.includes(',')) return { value: plainNumber(cleaned) };
  // Not a number with or without its commas ("abc,5"): the caller says so; the comma is not the news.
  if (plainNumber(cleaned.replace(/,/g, '')) === null) return { value: null };
  if (THOUSANDS.test(cleaned)) return { value: plainNumber(cleaned.replace(/,/g, '')) };
  if (decimalComma && DECIMAL_COMMA.test(cleaned)) {
    const value = plainNumber(cleaned.replace(',', '.'));
    const shown = cleaned.replace(',', '.');
    return { value, note: `Read “${text.trim()}” as ${shown}: the comma is taken as a decimal point.` };
  }
  const example = cleaned.replace(/[^\d,.]/g, '');
  return {
    value: null,
    error:
      `“${text.trim()}” has a comma that is not a thousands separator` +
      (DECIMAL_COMMA.test(example)
        ? `: type ${example.replace(',', '.')} with a decimal point, or whole thousands like 2,050.`
        : ': use commas only between groups of three digits (2,050), and a point for decimals.'),
  };
}

/** "£2,050", " 25 % ", "1 300" → a number; null when it is not one (or its comma is ambiguous). */
export function parseNumberText(text: string): number | null {
  return readNumberText(text).value;
}
