import {
  ASSUMPTION_INFO,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  NumericAssumptionInfo,
  RolloutMode,
} from '../model/assumptions';
import { RoundingRule } from '../model/rounding';
import { isValidYearLabel } from '../model/years';
import { formatPercentInput } from './format';

/**
 * The assumptions as the user types them. Inputs keep the text typed (so "2," is not rewritten
 * mid-typing); readForm turns the text into Assumptions, or into a message per bad field.
 */
export type FieldKey = NumericAssumptionInfo['key'];

export const CUSTOM = 'custom';

export interface FormState {
  /** Typed text per numeric assumption; percentages in %, so "25" is 25%. */
  text: Record<FieldKey, string>;
  /** A preset's value as a string, or CUSTOM (then text.coverage / text.costPerEngagement apply). */
  coverageChoice: string;
  costChoice: string;
  rounding: RoundingRule;
  rollout: RolloutMode;
  firstYearLabel: string;
}

export type FormErrors = Partial<Record<FieldKey | 'firstYearLabel', string>>;

function showValue(info: NumericAssumptionInfo, value: number | null): string {
  if (value === null) return '';
  return info.unit === 'percent' ? formatPercentInput(value) : String(value);
}

export function initialForm(a: Assumptions = DEFAULT_ASSUMPTIONS): FormState {
  const text = Object.fromEntries(ASSUMPTION_INFO.map((info) => [info.key, showValue(info, a[info.key])])) as Record<
    FieldKey,
    string
  >;
  const choice = (key: 'coverage' | 'costPerEngagement') => {
    const presets = ASSUMPTION_INFO.find((i) => i.key === key)?.presets ?? [];
    return presets.some((p) => p.value === a[key]) ? String(a[key]) : CUSTOM;
  };
  return {
    text,
    coverageChoice: choice('coverage'),
    costChoice: choice('costPerEngagement'),
    rounding: a.rounding,
    rollout: a.rollout,
    firstYearLabel: a.firstYearLabel,
  };
}

/** "£2,000", " 25 % ", "1 300" → a number; null when it is not one. */
export function parseNumberText(text: string): number | null {
  const cleaned = text.replace(/[£%,\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

function rangeMessage(info: NumericAssumptionInfo): string {
  const scale = info.unit === 'percent' ? 100 : 1;
  const fmt = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }).format(v * scale);
  const what =
    info.unit === 'percent'
      ? 'a percentage'
      : info.integer
        ? 'a whole number'
        : info.unit === 'gbp'
          ? 'an amount in £'
          : 'a number';
  return `Enter ${what} from ${fmt(info.min)} to ${fmt(info.max)}${info.unit === 'percent' ? '%' : ''}.`;
}

/** One field's value in the model's units, or the message to show under it. */
export function readField(info: NumericAssumptionInfo, text: string): { value: number | null; error?: string } {
  if (info.key === 'firstYearCaseload' && text.trim() === '') return { value: null };
  const n = parseNumberText(text);
  if (n === null)
    return {
      value: null,
      error:
        text.trim() === ''
          ? `${info.label} is needed. ${rangeMessage(info)}`
          : `“${text}” is not a number. ${rangeMessage(info)}`,
    };
  // "14.3" % → 0.143 as typed: 14.3 / 100 alone is 0.14300000000000002.
  const value = info.unit === 'percent' ? Number((n / 100).toPrecision(15)) : n;
  if (value < info.min || value > info.max || (info.integer && !Number.isInteger(value)))
    return { value: null, error: rangeMessage(info) };
  return { value };
}

export function readForm(form: FormState): { assumptions: Assumptions | null; errors: FormErrors } {
  const errors: FormErrors = {};
  const values: Partial<Record<FieldKey, number | null>> = {};
  for (const info of ASSUMPTION_INFO) {
    const preset =
      info.key === 'coverage' ? form.coverageChoice : info.key === 'costPerEngagement' ? form.costChoice : CUSTOM;
    if (preset !== CUSTOM) {
      values[info.key] = Number(preset);
      continue;
    }
    const read = readField(info, form.text[info.key]);
    if (read.error) errors[info.key] = read.error;
    values[info.key] = read.value;
  }
  if (!isValidYearLabel(form.firstYearLabel)) errors.firstYearLabel = 'Enter a year like 2027/28 (or 2027).';
  if (Object.keys(errors).length) return { assumptions: null, errors };
  return {
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      ...(values as Record<FieldKey, number>),
      firstYearCaseload: values.firstYearCaseload ?? null,
      rounding: form.rounding,
      rollout: form.rollout,
      firstYearLabel: form.firstYearLabel.trim(),
    },
    errors,
  };
}
