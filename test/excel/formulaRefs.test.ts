import { a1ToR1C1, r1c1ToA1, renameSheetRefs, sheetsReferenced } from '../../src/hosts/excel/formulaRefs';
import { sheetRef } from '../../src/sheets/shared/blueprint';

describe('A1 → R1C1', () => {
  // Written in D5 (row 4, col 3, 0-based).
  test.each([
    ['=C5*2', '=RC[-1]*2'],
    ['=A1', '=R[-4]C[-3]'],
    ['=$A$1', '=R1C1'],
    ['=$A1+A$1', '=R[-4]C1+R1C[-3]'],
    ['=D5', '=RC'],
    ['=SUM(B5:C5)', '=SUM(RC[-2]:RC[-1])'],
    ['=SUM($B$2:$B$15)', '=SUM(R2C2:R15C2)'],
    ['=SUM(A:A)', '=SUM(C[-3]:C[-3])'],
    ['=SUM($A:$C)', '=SUM(C1:C3)'],
    ['=SUM(3:5)', '=SUM(R[-2]:R)'],
    ["='IPS inputs'!B3*Inputs!$C$4", "='IPS inputs'!R[-2]C[-2]*Inputs!R4C3"],
    ["='It''s A1'!A1", "='It''s A1'!R[-4]C[-3]"],
    ['=B5*IPS_Coverage', '=RC[-2]*IPS_Coverage'],
    ['=LOG10(B5)+ATAN2(1,2)', '=LOG10(RC[-2])+ATAN2(1,2)'],
    ['=IF(B5="A1","C3",B5&"$B$2")', '=IF(RC[-2]="A1","C3",RC[-2]&"$B$2")'],
    ['=IPS_Areas[SMI contacts]+B5', '=IPS_Areas[SMI contacts]+RC[-2]'],
    ['=Rate2024x*B5', '=Rate2024x*RC[-2]'],
    ['=1.5E+3*B5', '=1.5E+3*RC[-2]'],
    ['=XFD1048576', '=R[1048571]C[16380]'],
    ['=#REF!+B5', '=#REF!+RC[-2]'],
  ])('%s', (a1, r1c1) => {
    expect(a1ToR1C1(a1, 4, 3)).toBe(r1c1);
    expect(r1c1ToA1(r1c1, 4, 3)).toBe(a1);
  });

  test('the same relative formula down a column reads the same in R1C1', () => {
    const column = Array.from({ length: 5 }, (_, i) => a1ToR1C1(`=B${i + 5}*(1-IPS_InWork)*$C$2`, i + 4, 3));
    expect(new Set(column)).toEqual(new Set(['=RC[-2]*(1-IPS_InWork)*R2C3']));
  });

  test('R1C1 → A1 outside the sheet gives #REF!', () => {
    expect(r1c1ToA1('=R[-10]C', 2, 0)).toBe('=A#REF!');
  });
});

describe('sheet names in formulas', () => {
  test('renames follow quoting rules and leave other sheets and strings alone', () => {
    const f = '=Inputs!B3+\'Other sheet\'!C4&"Inputs!A1"';
    expect(renameSheetRefs(f, (n) => (n === 'Inputs' ? 'Inputs (2)' : n))).toBe(
      "='Inputs (2)'!B3+'Other sheet'!C4&\"Inputs!A1\"",
    );
    expect(renameSheetRefs(f, (n) => (n === 'Other sheet' ? null : n))).toBe('=Inputs!B3+#REF!&"Inputs!A1"');
    expect(sheetsReferenced(f)).toEqual(['Inputs', 'Other sheet']);
  });

  test('quoting', () => {
    expect(sheetRef('Inputs')).toBe('Inputs');
    expect(sheetRef('25% coverage')).toBe("'25% coverage'");
    expect(sheetRef('A1')).toBe("'A1'");
    expect(sheetRef("Bob's")).toBe("'Bob''s'");
  });
});
