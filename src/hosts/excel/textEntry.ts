/**
 * User text must land in the sheet as text. Excel reads a string written through `Range.values` or
 * `Range.formulas` the way it reads typing: the Range.values reference says a value that "starts with a
 * plus (+), minus (-), or equal sign (=)" is interpreted as a formula, and "3,654", "1-2", "TRUE" or
 * "#N/A" become a number, a date, a Boolean or an error.
 *
 * Two ways keep it text: format the cell as Text ("@") before writing, or prefix an apostrophe. We use the
 * apostrophe: it is what Excel itself stores for such entries (the cell's quote-prefix flag; the apostrophe
 * shows in the formula bar, not in the cell or in `values` — see OfficeDev/office-js#6687, where reading
 * `formulas` drops it), it needs no extra number-format write, and it leaves the blueprint's number
 * formats alone. Plain text ("North", "25% coverage") is written unchanged so nobody sees stray quotes.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (/^(true|false)$/i.test(t) || t.startsWith('#')) return true;
  // Numbers, currency, percentages, exponents, fractions, dates and times Excel would convert.
  if (/^[-+(]?[$£€]?\s*[\d.,]+(e[-+]?\d+)?\s*%?\)?$/i.test(t)) return true;
  if (/^\d{1,4}\s*[/\-.:]\s*\d{1,2}([/\-.:]\s*\d{1,4})?(\s.*)?$/.test(t)) return true;
  if (/^\d+\s+\d+\/\d+$/.test(t)) return true;
  return (
    /^\d{1,2}[-\s/](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s/]\d/i.test(t)
  );
}

/** The entry that makes Excel store exactly `text`. */
export function textEntry(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
