/** Excel's rules for worksheet names, checked before anything is written. */

const FORBIDDEN = /[:\\/?*[\]]/;
export const MAX_SHEET_NAME = 31;

/** Why `name` cannot be a worksheet name, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > MAX_SHEET_NAME) return `"${name}" is longer than ${MAX_SHEET_NAME} characters`;
  if (FORBIDDEN.test(name)) return `"${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

/**
 * `wanted`, or "wanted (2)", "wanted (3)" … — the first that no existing sheet uses (Excel compares sheet
 * names without regard to case). The base is shortened so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
