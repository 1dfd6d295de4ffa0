import { ECONOMIC_INPUT_INFO, EconomicInputInfo } from '../model/economics';
import { readNumber } from '../parse/numbers';

export const ECONOMIC_FLAGS = new Map(ECONOMIC_INPUT_INFO.map((i) => [i.cliFlag, i]));

const UNIT_WORDS: Record<EconomicInputInfo['unit'], string> = {
  percent: 'percent a year',
  years: 'years',
  gbp: '£ per job outcome',
  pence: 'pence per £1 spent',
};

/**
 * An economic-case flag's value in the units people type (3.5 for 3.5%, 9 for 9p), or null with a
 * problem naming the flag, the value and the unit. A fraction (0.035, 0.09) is refused, not read as a
 * tiny rate: it almost always means the model's own units.
 */
export function parseEconomicValue(info: EconomicInputInfo, text: string, problems: string[]): number | null {
  const scale = info.unit === 'percent' || info.unit === 'pence' ? 100 : 1;
  const unit = UNIT_WORDS[info.unit];
  const flag = `--${info.cliFlag}`;
  const cleaned = text.trim().replace(info.unit === 'percent' ? /%$/ : info.unit === 'pence' ? /p$/ : /^£/, '');
  const read = readNumber(cleaned);
  if (!read.ok) {
    problems.push(`${flag}: "${text}" ${read.reason}: type a number in ${unit}`);
    return null;
  }
  if (scale === 100 && read.value > 0 && read.value < 1) {
    const typed = +(read.value * 100).toFixed(6);
    problems.push(`${flag}: ${text} looks like a fraction: type ${typed} (${unit}), not ${text}`);
    return null;
  }
  const value = read.value / scale;
  if (value < info.min || value > info.max) {
    problems.push(`${flag}: ${text} is outside ${info.min * scale}–${info.max * scale} (${unit})`);
    return null;
  }
  if (info.integer && !Number.isInteger(value)) {
    problems.push(`${flag}: ${text} must be a whole number of ${unit}`);
    return null;
  }
  return value;
}
