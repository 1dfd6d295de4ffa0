/**
 * A value as Excel shows it under the number formats the sheets use: a literal prefix ("£", "+"), a digit
 * pattern ("0", "#,##0", with ".0…" decimals), an optional "%", up to three sections by sign
 * ("+#,##0;-#,##0;0"), and "General" and "@". Widths are worked out from what a cell will display; a
 * format outside that grammar is refused by name, since guessing would size a column for text Excel does not draw.
 */
export type Shown = string | number | boolean | null | undefined;

const SECTION = /^([^0#.,%]*)(#,##0|0)(?:\.(0+))?(%?)$/;

function grouped(n: number, decimals: number, commas: boolean): string {
  const [whole, frac] = n.toFixed(decimals).split('.');
  const digits = commas ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return frac === undefined ? digits : `${digits}.${frac}`;
}

/** Excel's General: up to 11 characters, integers as they are, other numbers to 10 significant digits. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  for (let digits = 10; digits > 1; digits--) {
    const text = String(Number(n.toPrecision(digits)));
    if (text.length <= 11 && !text.includes('e')) return text;
  }
  return n.toExponential(5).replace('e', 'E');
}

/** |n| under one section of a format. */
function section(n: number, code: string, format: string): string {
  const m = SECTION.exec(code);
  if (!m) throw new Error(`number format "${format}": not one the sheets' width rule knows`);
  const [, prefix, digits, decimals = '', percent] = m;
  return `${prefix}${grouped(percent ? n * 100 : n, decimals.length, digits === '#,##0')}${percent}`;
}

/** The text Excel draws for `value` under `format` (General when none). */
export function displayText(value: Shown, format = 'General'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@' || format === 'General') return general(value);
  const sections = format.split(';');
  if (sections.length > 1) {
    const pick = value > 0 ? sections[0] : value < 0 ? sections[1] : (sections[2] ?? sections[0]);
    return section(Math.abs(value), pick, format);
  }
  const text = section(Math.abs(value), format, format);
  // One section: a negative number gets a minus sign unless it shows as zero.
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
