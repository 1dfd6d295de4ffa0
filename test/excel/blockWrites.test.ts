import { planBlockWrites } from '../../src/hosts/excel/blockWrites';
import { needsQuotePrefix, textEntry } from '../../src/hosts/excel/textEntry';
import { sheetNameProblem, uniqueSheetName } from '../../src/hosts/excel/sheetNames';
import type { Block, Cell } from '../../src/sheets/shared/blueprint';

function table(n: number): Block {
  const rows: Cell[][] = [['Board', 'Contacts', 'Clients']];
  for (let i = 0; i < n; i++) rows.push([`Area ${i}`, 100 + i, { formula: `=B${i + 3}*IPS_Coverage` }]);
  rows.push(['Total', { formula: `=SUM(B3:B${n + 2})` }, { formula: `=SUM(C3:C${n + 2})` }]);
  return { row: 1, col: 0, cells: rows };
}

describe('planBlockWrites', () => {
  test('header, N rows and totals take the same few assignments for 14 or 10,000 rows', () => {
    const small = planBlockWrites(table(14));
    const large = planBlockWrites(table(10000));
    expect(large.map((w) => w.kind)).toEqual(small.map((w) => w.kind));
    expect(small).toHaveLength(4);
    expect(small.find((w) => w.kind === 'fill')).toEqual({
      kind: 'fill',
      row: 2,
      col: 2,
      rows: 14,
      formulaR1C1: '=RC[-1]*IPS_Coverage',
    });
    expect(small[small.length - 1]).toEqual({
      kind: 'grid',
      row: 16,
      col: 0,
      data: [['Total', '=SUM(B3:B16)', '=SUM(C3:C16)']],
      hasFormulas: true,
    });
  });

  test('a grid over the byte limit is cut into row chunks', () => {
    const writes = planBlockWrites(table(1000), (f) => f, 2000);
    const grids = writes.filter((w) => w.kind === 'grid' && w.data.length > 1);
    expect(grids.length).toBeGreaterThan(5);
    expect(grids.reduce((n, w) => n + (w.kind === 'grid' ? w.data.length : 0), 0)).toBe(1000);
    for (const w of grids) expect(JSON.stringify(w.kind === 'grid' ? w.data : []).length).toBeLessThanOrEqual(2000);
  });

  test('text is guarded, empty cells are skipped, formulas are rewritten', () => {
    const writes = planBlockWrites(
      { row: 0, col: 0, cells: [['=HYPERLINK("x")', null, { formula: '=Old!A1' }]] },
      (f) => f.replace('Old!', "'New one'!"),
    );
    expect(writes).toEqual([
      { kind: 'grid', row: 0, col: 0, data: [['\'=HYPERLINK("x")']], hasFormulas: false },
      { kind: 'grid', row: 0, col: 2, data: [["='New one'!A1"]], hasFormulas: true },
    ]);
  });
});

describe('text entries', () => {
  test.each([
    '=A1',
    '+44',
    '-x',
    '@x',
    "'x",
    'TRUE',
    'false',
    '#N/A',
    '3,654',
    '12%',
    '1-2',
    '10:30',
    '1e5',
    '£2,050',
    '3 Mar',
    'Mar 3',
    'May-21',
    '10 AM',
    '5 p',
    '1 000',
    '¥100',
    '1/2',
    '00123',
    ' 42',
    '25% coverage',
  ])('%s needs the apostrophe', (s) => {
    expect(needsQuotePrefix(s)).toBe(true);
    expect(textEntry(s)).toBe(`'${s}`);
  });
  test.each(['NHS Fife', 'Area 1', 'S08000015', 'Marketing 5', 'Éire', ''])('%s is written as it is', (s) => {
    expect(textEntry(s)).toBe(s);
  });
});

describe('sheet names', () => {
  test('Excel rules', () => {
    expect(sheetNameProblem('25% coverage')).toBeNull();
    for (const bad of ['', '  ', 'x'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?', 'a*', '[a]', "'a", 'History'])
      expect(sheetNameProblem(bad)).not.toBeNull();
  });
  test('unique names, case-insensitive, within 31 characters', () => {
    expect(uniqueSheetName('Inputs', ['inputs', 'Inputs (2)'])).toBe('Inputs (3)');
    const long = 'x'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'x'.repeat(27)} (2)`);
  });
});
