/**
 * Characters a reader cannot see but a comparison can: zero-width spaces and joiners, word joiner,
 * byte order mark, soft hyphen, and the marks that set text direction.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Text as a planner means it: compatibility forms folded (NFKC turns no-break and thin spaces into
 * spaces, full-width digits into digits), invisible characters removed, runs of white space made one
 * space, and the ends trimmed. "Fife" and "Fife" followed by a zero-width space are then one name.
 */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
