import { DEFAULT_ASSUMPTIONS, assumptionInfo } from '../../src/model/assumptions';
import {
  CUSTOM,
  fixMessage,
  initialForm,
  parseNumberText,
  readField,
  readForm,
} from '../../src/taskpane/assumptions/assumptionsForm';
import { readNumberText } from '../../src/taskpane/shared/numberText';

test('the initial form reads back as the default assumptions', () => {
  expect(readForm(initialForm())).toEqual({ assumptions: DEFAULT_ASSUMPTIONS, budget: null, errors: {}, notes: {} });
});

test('numbers as people type them', () => {
  expect(parseNumberText('£2,050')).toBe(2050);
  expect(parseNumberText(' 25 % ')).toBe(25);
  expect(parseNumberText('1 300')).toBe(1300);
  expect(parseNumberText('12abc')).toBeNull();
  expect(parseNumberText('')).toBeNull();
});

test('percentages keep the decimal typed', () => {
  expect(readField(assumptionInfo('pensionRate'), '14.3').value).toBe(0.143);
});

test('bad fields get a message each, and no assumptions', () => {
  const form = initialForm();
  const bad = {
    ...form,
    coverageChoice: CUSTOM,
    text: { ...form.text, coverage: '150', years: '2.5', caseload: 'x' },
    firstYearLabel: '2027/29',
  };
  const { assumptions, errors } = readForm(bad);
  expect(assumptions).toBeNull();
  expect(Object.keys(errors).sort()).toEqual(['caseload', 'coverage', 'firstYearLabel', 'years']);
  expect(errors.years).toMatch(/whole number from 1 to 10/);
});

test('a blank first-year caseload means "same as the caseload"', () => {
  const form = initialForm();
  expect(
    readForm({ ...form, text: { ...form.text, firstYearCaseload: '' } }).assumptions?.firstYearCaseload,
  ).toBeNull();
  expect(readForm({ ...form, text: { ...form.text, firstYearCaseload: '35' } }).assumptions?.firstYearCaseload).toBe(
    35,
  );
});

describe('commas', () => {
  test('between groups of three digits, a comma separates thousands', () => {
    expect(readNumberText('12,500')).toEqual({ value: 12500 });
    expect(readNumberText('£1,234,567.5')).toEqual({ value: 1234567.5 });
    expect(readNumberText('12,500', true)).toEqual({ value: 12500 });
  });

  test('in a percentage, a lone comma before other than three digits is a decimal comma, and said so', () => {
    expect(readNumberText('12,5', true)).toEqual({
      value: 12.5,
      note: 'Read “12,5” as 12.5: the comma is taken as a decimal point.',
    });
    expect(readNumberText('0,125', true).value).toBe(0.125);
    const read = readField(assumptionInfo('inWork'), '12,5');
    expect(read.value).toBe(0.125);
    expect(read.note).toMatch(/as 12\.5/);
  });

  test('anywhere else such a comma is refused with the reason, never dropped', () => {
    expect(parseNumberText('2,05')).toBeNull();
    expect(readNumberText('2,05').error).toBe(
      '“2,05” has a comma that is not a thousands separator: type 2.05 with a decimal point, or whole thousands like 2,050.',
    );
    expect(readNumberText('1,2,3', true).error).toMatch(/only between groups of three digits/);
    expect(readNumberText('1,23', false).value).toBeNull();
    expect(readField(assumptionInfo('caseload'), '2,05').error).toMatch(/not a thousands separator/);
    expect(readField(assumptionInfo('caseload'), 'abc,5').error).toMatch(/^“abc,5” is not a number/);
  });

  test('a decimal comma out of range says how it was read and the range', () => {
    expect(readField(assumptionInfo('inWork'), '120,5').error).toBe(
      'Read “120,5” as 120.5: the comma is taken as a decimal point. Enter a percentage from 0 to 100%.',
    );
  });
});

test('what to fix names each field, and where the hidden ones are', () => {
  expect(fixMessage({ esSalary: 'x', firstYearLabel: 'y' })).toBe(
    'Fix ES salary (Band 5) (under Advanced) and First year to see the plan.',
  );
  expect(fixMessage({ caseload: 'x', pensionRate: 'y', years: 'z' })).toBe(
    'Fix Clients per ES per year, Employer pension (under Advanced) and Rollout horizon to see the plan.',
  );
});
