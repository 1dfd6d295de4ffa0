/**
 * User text must land in the sheet as text. Excel reads a string written through `Range.values` or
 * `Range.formulas` the way it reads typing: the Range.values reference says a value that "starts with a
 * plus (+), minus (-), or equal sign (=)" is interpreted as a formula, and "3,654", "1/2", "10 AM", "5 p",
 * "¥100", "1 000" (in locales that group with spaces), "1e5", "00123" or "TRUE" become a number, a date,
 * a time or a Boolean — which ones depends on the user's locale, so no list of patterns can be complete.
 *
 * Two ways keep it text: format the cell as Text ("@") before writing, or prefix an apostrophe. We use the
 * apostrophe: it is what Excel itself stores for such entries (the cell's quote-prefix flag; the apostrophe
 * shows in the formula bar, not in the cell or in `values` — see OfficeDev/office-js#6687, where reading
 * `formulas` drops it), it rides in the same values/formulas array (no extra number-format write, which
 * would also have to come first and would make a later typed number stay text), and it leaves the
 * blueprint's number formats alone.
 *
 * Rather than guess every conversion, the apostrophe goes on every text except plain words: text that starts
 * with a letter and is neither TRUE/FALSE nor a month-name date ("3 Mar", "Jan-21"). "NHS Fife" and
 * "Area 1" are written unchanged, so nobody sees stray apostrophes in the formula bar for ordinary names.
 */
const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';

export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (!/^\p{L}/u.test(text)) return true;
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return true;
  return new RegExp(`^${MONTH}[-\\s/.,]*\\d`, 'i').test(t);
}

/** The entry that makes Excel store exactly `text`. */
export function textEntry(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
