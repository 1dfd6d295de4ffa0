import { DECIMAL_COMMA, DECIMAL_POINT, type NumberStyle } from './numbers';

export interface CsvDialect {
  delimiter: ',' | ';' | '\t';
  /** "commas", "semicolons", "tabs": for messages. */
  name: string;
  numbers: NumberStyle;
}

const DIALECTS: readonly CsvDialect[] = [
  { delimiter: ',', name: 'commas', numbers: DECIMAL_POINT },
  // Excel saves ";"-separated files in the locales that write a decimal comma (1.200,5).
  { delimiter: ';', name: 'semicolons', numbers: DECIMAL_COMMA },
  // Tab-separated text is read like a comma file; the ambiguous "1.200" is refused either way.
  { delimiter: '\t', name: 'tabs', numbers: DECIMAL_POINT },
];

/** How many times each candidate separator occurs outside quotes in one line. */
function countOutsideQuotes(line: string, mark: string): number {
  let inQuotes = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === mark && !inQuotes) count++;
  }
  return count;
}

/**
 * The separator, from the header line alone: the candidate found most often there (commas on a tie,
 * and for a one-column file). Papa Parse's own guess weighs every line, including the empty one after
 * the final newline, and so misses ";" and tabs in files that end with a newline.
 */
export function detectDialect(text: string): CsvDialect {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let best = DIALECTS[0];
  let bestCount = 0;
  for (const dialect of DIALECTS) {
    const count = countOutsideQuotes(header, dialect.delimiter);
    if (count > bestCount) [best, bestCount] = [dialect, count];
  }
  return best;
}
