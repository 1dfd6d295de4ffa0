/**
 * The ranges an input accepts, the same as the command line's, as data validation with an input
 * message that says the unit and the range. Titles are at most 32 characters (Excel's limit).
 */
import type { NumericAssumptionInfo } from '../../model/assumptions';
import type { RangeRef, Validation } from './blueprint';

const count = (v: number) => v.toLocaleString('en-GB');

/** Excel allows 32 characters in a prompt's title: cut at a word. */
export function promptTitle(label: string): string {
  return label.length <= 32 ? label : `${label.slice(0, 31).replace(/\s+\S*$/, '')}…`;
}

function rangeText(info: NumericAssumptionInfo): string {
  if (info.unit === 'percent') return `a share from ${info.min * 100}% to ${info.max * 100}%: type 10 for 10% (or 0.1)`;
  if (info.unit === 'gbp') return `£ from ${count(info.min)} to ${count(info.max)}`;
  const unit = info.unit === 'clients' ? ' clients a year' : info.unit === 'years' ? ' years' : '';
  return `${info.integer ? 'a whole number' : 'a number'} from ${count(info.min)} to ${count(info.max)}${unit}`;
}

/** An assumption's cell: a number in the model's range (a blank first-year caseload means "same as the caseload"). */
export function assumptionValidation(range: RangeRef, info: NumericAssumptionInfo): Validation {
  const blank = info.key === 'firstYearCaseload';
  return {
    range,
    number: { min: info.min, max: info.max, whole: info.integer === true },
    allowBlank: blank,
    prompt: {
      title: promptTitle(info.label),
      message: `${rangeText(info)}.${blank ? ' Blank: the same as the caseload.' : ''}`,
    },
  };
}

export function listValidation(range: RangeRef, title: string, values: string[]): Validation {
  return { range, values, allowBlank: false, prompt: { title, message: `One of: ${values.join(', ')}.` } };
}

/** The columns of the areas table, as the CSV reader accepts them. */
export const AREA_VALIDATIONS = {
  smiContacts: (range: RangeRef): Validation => ({
    range,
    number: { min: 0, max: 1e9, whole: false },
    allowBlank: false,
    prompt: { title: 'SMI contacts', message: 'People in contact with SMI services: a number, 0 or more.' },
  }),
  population: (range: RangeRef): Validation => ({
    range,
    number: { min: 1, max: 1e10, whole: false },
    allowBlank: true,
    prompt: {
      title: 'Population',
      message: 'People living in the area: above 0. Blank: unknown (no rate per 100,000).',
    },
  }),
  existingEs: (range: RangeRef): Validation => ({
    range,
    number: { min: 0, max: 1e6, whole: false },
    allowBlank: true,
    prompt: { title: 'Existing ES', message: 'Employment specialists in post now (WTE): 0 or more. Blank: none.' },
  }),
  phase: (range: RangeRef): Validation => ({
    range,
    number: { min: 1, max: 3, whole: true },
    allowBlank: true,
    prompt: { title: 'Phase', message: 'The year the area starts: 1, 2 or 3. Blank: the default phase.' },
  }),
};
