import { displayText } from '../../src/sheets/shared/numberFormat';

describe('number formats as Excel shows them', () => {
  it.each([
    [1234567.6, '#,##0', '1,234,568'],
    [-1234.5, '£#,##0', '-£1,235'],
    [0.4, '#,##0', '0'],
    [-0.4, '#,##0', '0'],
    [12.25, '#,##0.0', '12.3'],
    [0.153, '0.0%', '15.3%'],
    [0.5, '0%', '50%'],
    [42, '+#,##0;-#,##0;0', '+42'],
    [-1500, '+#,##0;-#,##0;0', '-1,500'],
    [0, '+#,##0;-#,##0;0', '0'],
    [2.5, 'General', '2.5'],
    [1 / 3, 'General', '0.333333333'],
    [12, '@', '12'],
    ['not reported', '0.0%', 'not reported'],
    [true, 'General', 'TRUE'],
  ])('%p under %s is %s', (value, format, text) => expect(displayText(value, format)).toBe(text));

  it('refuses a format it does not know, by name', () => {
    expect(() => displayText(1, '0.00E+00')).toThrow('number format "0.00E+00"');
  });
});
