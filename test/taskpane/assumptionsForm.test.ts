import { DEFAULT_ASSUMPTIONS, assumptionInfo } from '../../src/model/assumptions';
import { CUSTOM, initialForm, parseNumberText, readField, readForm } from '../../src/taskpane/assumptionsForm';

test('the initial form reads back as the default assumptions', () => {
  expect(readForm(initialForm())).toEqual({ assumptions: DEFAULT_ASSUMPTIONS, errors: {} });
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
