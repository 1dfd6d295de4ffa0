import {
  ASSUMPTION_INFO,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  NumericAssumptionInfo,
  RolloutMode,
} from '../../model/assumptions';
import type { Budget, BudgetBasis } from '../../model/budget';
import { RoundingRule } from '../../model/rounding';
import { isValidYearLabel } from '../../model/years';
import { formatPercentInput } from '../shared/format';
import { BUDGET, BUDGET_LABEL, readBudget } from './budgetForm';
import { readNumberText } from '../shared/numberText';

export { parseNumberText } from '../shared/numberText';

/**
 * The assumptions as the user types them. Inputs keep the text typed (so "2," is not rewritten
 * mid-typing); readForm turns the text into Assumptions, or into a message per bad field.
 */
export type FieldKey = NumericAssumptionInfo['key'];

export const CUSTOM = 'custom';

export interface FormState {
  /** Typed text per numeric assumption; percentages in %, so "25" is 25%. */
  text: Record<FieldKey, string>;
  /**
   * A preset's value as a string, or CUSTOM (then text.coverage / text.costPerEngagement apply), or
   * for coverage BUDGET (then the coverage is what budgetText buys on budgetBasis).
   */
  coverageChoice: string;
  costChoice: string;
  rounding: RoundingRule;
  rollout: RolloutMode;
  firstYearLabel: string;
  /** £ a year as typed ("5,000,000"). */
  budgetText: string;
  budgetBasis: BudgetBasis;
}

export type FormErrors = Partial<Record<FieldKey | 'firstYearLabel' | 'budget', string>>;
/** How a field's text was read, where that is worth saying ("12,5" read as 12.5). */
export type FormNotes = Partial<Record<FieldKey, string>>;

export interface FormRead {
  /** With a budget, `coverage` is a stand-in: the plan uses the coverage the budget buys for the figures. */
  assumptions: Assumptions | null;
  /** The budget when coverage is chosen by one (and the £ field reads). */
  budget: Budget | null;
  errors: FormErrors;
  notes: FormNotes;
}

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
    budgetText: '',
    budgetBasis: 'engagement',
  };
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
export function readField(
  info: NumericAssumptionInfo,
  text: string,
): { value: number | null; error?: string; note?: string } {
  if (info.key === 'firstYearCaseload' && text.trim() === '') return { value: null };
  const { value: n, note, error } = readNumberText(text, info.unit === 'percent');
  if (n === null)
    return {
      value: null,
      error:
        text.trim() === ''
          ? `${info.label} is needed. ${rangeMessage(info)}`
          : (error ?? `“${text}” is not a number. ${rangeMessage(info)}`),
    };
  // "14.3" % → 0.143 as typed: 14.3 / 100 alone is 0.14300000000000002.
  const value = info.unit === 'percent' ? Number((n / 100).toPrecision(15)) : n;
  if (value < info.min || value > info.max || (info.integer && !Number.isInteger(value)))
    return { value: null, error: note ? `${note} ${rangeMessage(info)}` : rangeMessage(info) };
  return note ? { value, note } : { value };
}

export function readForm(form: FormState): FormRead {
  const errors: FormErrors = {};
  const notes: FormNotes = {};
  const values: Partial<Record<FieldKey, number | null>> = {};
  const byBudget = form.coverageChoice === BUDGET;
  const { budget, error: budgetError } = byBudget ? readBudget(form.budgetText, form.budgetBasis) : { budget: null };
  if (budgetError) errors.budget = budgetError;
  for (const info of ASSUMPTION_INFO) {
    const preset =
      info.key === 'coverage'
        ? byBudget
          ? String(DEFAULT_ASSUMPTIONS.coverage)
          : form.coverageChoice
        : info.key === 'costPerEngagement'
          ? form.costChoice
          : CUSTOM;
    if (preset !== CUSTOM) {
      values[info.key] = Number(preset);
      continue;
    }
    const read = readField(info, form.text[info.key]);
    if (read.error) errors[info.key] = read.error;
    if (read.note) notes[info.key] = read.note;
    values[info.key] = read.value;
  }
  if (!isValidYearLabel(form.firstYearLabel)) errors.firstYearLabel = 'Enter a year like 2027/28 (or 2027).';
  if (Object.keys(errors).length) return { assumptions: null, budget: null, errors, notes };
  return {
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      ...(values as Record<FieldKey, number>),
      firstYearCaseload: values.firstYearCaseload ?? null,
      rounding: form.rounding,
      rollout: form.rollout,
      firstYearLabel: form.firstYearLabel.trim(),
    },
    budget,
    errors,
    notes,
  };
}

/** The label a field's error is named by, as the pane shows it ("ES salary (Band 5)"). */
export function fieldLabel(key: keyof FormErrors): string {
  if (key === 'firstYearLabel') return 'First year';
  if (key === 'budget') return BUDGET_LABEL;
  return ASSUMPTION_INFO.find((i) => i.key === key)?.label ?? key;
}

/** The assumptions shown only in the pane's collapsed "Advanced" section. */
export const ADVANCED_KEYS: readonly (keyof FormErrors)[] = ASSUMPTION_INFO.filter((i) => i.advanced).map((i) => i.key);

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What to fix before there is a plan, naming each field and where the hidden ones are. */
export function fixMessage(errors: FormErrors): string {
  const keys = Object.keys(errors) as (keyof FormErrors)[];
  const names = keys.map((k) => fieldLabel(k) + (ADVANCED_KEYS.includes(k) ? ' (under Advanced)' : ''));
  return `Fix ${listOfNames(names)} to see the plan.`;
}
