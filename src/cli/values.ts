import { NumericAssumptionInfo } from '../model/assumptions';
import { readNumber } from '../parse/numbers';

/**
 * A CLI value in the user's units (percentages as 0–100, £ with or without £ and commas), or null
 * with a problem. A percentage between 0 and 1 without a % sign is refused, not read as under 1%:
 * `--coverage 0.25` almost always means 25%, and a warning on stderr is easy to miss when the JSON
 * goes to a file, so the planner must say which (25, or 0.25% for a quarter of one percent).
 */
export function parseAssumptionValue(info: NumericAssumptionInfo, text: string, problems: string[]): number | null {
  const trimmed = text.trim();
  const percent = info.unit === 'percent';
  const hasPercentSign = percent && trimmed.endsWith('%');
  const cleaned = trimmed.replace(percent ? /%$/ : /^£/, '');
  const read = readNumber(cleaned);
  const flag = `--${info.cliFlag}`;
  if (!read.ok) {
    problems.push(
      `${flag}: "${text}" ${read.reason}: ${info.label.toLowerCase()} must be a number${percent ? ' from 0 to 100' : ''}`,
    );
    return null;
  }
  if (percent && !hasPercentSign && read.value > 0 && read.value < 1) {
    const asPercent = +(read.value * 100).toFixed(6);
    problems.push(
      `${flag}: ${trimmed} looks like a fraction: percentages are typed as ${asPercent} for ${asPercent}%, ` +
        `not ${trimmed} (to mean ${trimmed}%, type ${trimmed}%)`,
    );
    return null;
  }
  const scale = percent ? 100 : 1;
  const value = read.value / scale;
  if (value < info.min || value > info.max) {
    const unit = percent ? ' (a percentage)' : '';
    problems.push(`${flag}: ${text} is outside ${info.min * scale}–${info.max * scale}${unit}`);
    return null;
  }
  if (info.integer && !Number.isInteger(value)) {
    problems.push(`${flag}: ${text} must be a whole number`);
    return null;
  }
  return value;
}

/**
 * Values of a list option ("25,50,100"), each read by `read`; null when any is bad. Values that
 * read the same ("25,25.0") are kept once, and a note says so.
 */
export function parseList(
  flag: string,
  parts: readonly string[],
  read: (part: string) => number | null,
  notes: string[],
): number[] | null {
  const values = parts.map(read);
  if (!values.every((v): v is number => v !== null)) return null;
  const unique: number[] = [];
  values.forEach((v, i) => {
    const first = values.indexOf(v);
    if (first === i) unique.push(v);
    else notes.push(`--${flag}: ${parts[i].trim()} is the same as ${parts[first].trim()}: one scenario for both`);
  });
  return unique;
}

/**
 * The parts of a list of £ amounts: "5000000,8000000" is two budgets, "£5,000,000,£8,000,000" too.
 * A comma followed by exactly three digits continues a number written with thousands commas.
 */
export function splitAmounts(value: string): string[] {
  const parts: string[] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    const previous = parts[parts.length - 1];
    if (previous !== undefined && /^\d{3}(\.\d+)?$/.test(part) && /^£?\d{1,3}(,\d{3})*$/.test(previous))
      parts[parts.length - 1] = `${previous},${part}`;
    else parts.push(part);
  }
  return parts;
}

/** A £ amount a year, 0 up to `max`. */
export function parseAmount(flag: string, text: string, max: number, problems: string[]): number | null {
  const read = readNumber(text.trim().replace(/^£/, ''));
  if (!read.ok) {
    problems.push(`--${flag}: "${text}" ${read.reason}: type £ a year, e.g. 5000000 or £5,000,000`);
    return null;
  }
  if (read.value < 0 || read.value > max) {
    problems.push(`--${flag}: ${text} is outside £0–£${max.toLocaleString('en-GB')} a year`);
    return null;
  }
  return read.value;
}
