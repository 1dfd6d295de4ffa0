// Economic-case inputs as people type them (3.5 for 3.5%, 9 for 9p): one reading for the CLI's flags and the pane's fields.
import type { EconomicInputInfo } from '../model/economics';
import { readNumber } from './numbers';

/** Each input's unit in words, for messages. */
export const ECONOMIC_UNIT_WORDS: Record<EconomicInputInfo['unit'], string> = {
  percent: 'percent a year',
  years: 'years',
  gbp: '£ per job outcome',
  pence: 'pence per £1 spent',
};

/** Percent and pence are typed in hundredths of the model's fractions. */
export const economicScale = (info: EconomicInputInfo): number =>
  info.unit === 'percent' || info.unit === 'pence' ? 100 : 1;

export type EconomicValueRead = { ok: true; value: number } | { ok: false; problem: string };

/**
 * A typed value in the model's units (0.035 from "3.5" or "3.5%"), or why not: the value and the unit,
 * for the caller to put after what was typed into (a flag, a field). A fraction (0.035, 0.09) is refused,
 * not read as a tiny rate: it almost always means the model's own units.
 */
export function readEconomicValue(info: EconomicInputInfo, text: string): EconomicValueRead {
  const scale = economicScale(info);
  const unit = ECONOMIC_UNIT_WORDS[info.unit];
  const cleaned = text.trim().replace(info.unit === 'percent' ? /%$/ : info.unit === 'pence' ? /p$/ : /^£/, '');
  const read = readNumber(cleaned);
  if (!read.ok) return { ok: false, problem: `"${text}" ${read.reason}: type a number in ${unit}` };
  if (scale === 100 && read.value > 0 && read.value < 1) {
    const typed = +(read.value * 100).toFixed(6);
    return { ok: false, problem: `${text} looks like a fraction: type ${typed} (${unit}), not ${text}` };
  }
  const value = read.value / scale;
  if (value < info.min || value > info.max)
    return { ok: false, problem: `${text} is outside ${info.min * scale}–${info.max * scale} (${unit})` };
  if (info.integer && !Number.isInteger(value))
    return { ok: false, problem: `${text} must be a whole number of ${unit}` };
  return { ok: true, value };
}

/** The model's value as a person types it: 0.035 → "3.5", 0.09 → "9". */
export function economicText(info: EconomicInputInfo, value: number): string {
  return String(+(value * economicScale(info)).toFixed(6));
}
