import { OutputFigure, figureInfo } from '../../model/figures';

/** Figures as people in the UK read them: 16,314 · £32,628,960 · 25%. */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export const formatWhole = (n: number): string => whole.format(n);
/** ES can be fractional under the "no rounding" rule. */
export const formatEs = (n: number): string => oneDecimal.format(n);
export const formatPounds = (n: number): string => pounds.format(n);
/** "1 problem", "1,204 problems". */
export const problemCount = (n: number): string => (n === 1 ? '1 problem' : `${formatWhole(n)} problems`);
/** An output figure as its unit is read: whole people, ES to one decimal, whole pounds. */
export function formatFigure(key: OutputFigure, value: number | null): string {
  if (value === null) return '–';
  const { unit } = figureInfo(key);
  if (unit === 'gbp') return formatPounds(value);
  if (unit === 'es' || unit === 'wte') return formatEs(value);
  return formatWhole(value);
}
export const formatPercentInput = (fraction: number): string => String(+(fraction * 100).toFixed(6));
