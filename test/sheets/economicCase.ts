/**
 * The Economic case sheet's figures, however recalculated (HyperFormula, LibreOffice), against the
 * model's economic case: NPV within £1, BCR within 1e-9, each year's row, and blank rows past the case.
 */
import type { EconomicCase } from '../../src/model/economics';
import type { CellPos, EconomicSheetIndex } from '../../src/sheets';

export type ReadCell = (pos: CellPos) => unknown;

function num(read: ReadCell, pos: CellPos, what: string): number {
  const v = read(pos);
  if (typeof v !== 'number') throw new Error(`${what} is ${JSON.stringify(v)}, not a number`);
  return v;
}

export function expectEconomicCase(read: ReadCell, s: EconomicSheetIndex, c: EconomicCase): void {
  const r = s.results;
  const figure = (key: keyof typeof r) => num(read, r[key], key);
  expect(Math.abs(figure('netPresentValue') - c.netPresentValue)).toBeLessThan(1);
  expect(Math.abs(figure('presentCost') - c.presentCost)).toBeLessThan(1);
  expect(Math.abs(figure('presentBenefits') - c.presentBenefits)).toBeLessThan(1);
  expect(Math.abs(figure('benefitCostRatio') - c.benefitCostRatio!)).toBeLessThan(1e-9);
  expect(Math.abs(figure('costPerJobOutcome') - c.costPerJobOutcome!)).toBeLessThan(1e-6);
  expect(Math.abs(figure('breakEvenValuePerJobOutcome') - c.breakEvenValuePerJobOutcome!)).toBeLessThan(1e-6);
  const col = s.years.columns;
  c.years.forEach((y, k) => {
    const at = (key: keyof typeof col) =>
      num(read, { row: s.years.firstRow + k, col: col[key] }, `year ${y.year} ${key}`);
    expect([y.label, read({ row: s.years.firstRow + k, col: col.label })]).toEqual([y.label, y.label]);
    expect([y.year, at('cost')]).toEqual([y.year, expect.closeTo(y.cost, 4)]);
    expect([y.year, at('jobOutcomes')]).toEqual([y.year, expect.closeTo(y.jobOutcomes, 6)]);
    expect([y.year, at('benefits')]).toEqual([y.year, expect.closeTo(y.benefits, 4)]);
    expect([y.year, at('net')]).toEqual([y.year, expect.closeTo(y.net, 4)]);
    expect([y.year, at('discountFactor')]).toEqual([y.year, expect.closeTo(y.discountFactor, 12)]);
    expect([y.year, at('presentCost')]).toEqual([y.year, expect.closeTo(y.presentCost, 4)]);
    expect([y.year, at('presentBenefits')]).toEqual([y.year, expect.closeTo(y.presentBenefits, 4)]);
  });
  // Past the appraisal years the rows are blank (a blank or an empty text, as the engine reads "").
  for (let k = c.years.length; k < s.years.count; k++)
    for (const key of ['label', 'cost', 'presentCost'] as const) {
      const v = read({ row: s.years.firstRow + k, col: col[key] });
      expect([k + 1, key, v === '' || v === null || v === undefined]).toEqual([k + 1, key, true]);
    }
}
