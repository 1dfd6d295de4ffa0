/**
 * The Economic case sheet as LibreOffice computes it: the file the writers make, recalculated, equals the
 * model's economic case, at the defaults, at changed inputs and after an input typed into the sheet.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { DEFAULT_ECONOMIC_INPUTS, EconomicInputs, economicCase } from '../../src/model/economics';
import { Scenario, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { CellPos, WorkbookBlueprint, buildWorkbookIndexed } from '../../src/sheets';
import { expectEconomicCase } from '../sheets/economicCase';
import { printAvailable } from './support/pdf';
import { recalculated } from './support/recalc';

jest.setTimeout(240_000);
const run = printAvailable() ? describe : describe.skip;

const areas = scotlandBoards();
const base = { ...DEFAULT_ASSUMPTIONS, implementationSupportPerYear: 150_000 };
const scenarios = coverageScenarios(base, [0.25, 0.5]);
const gbp = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`.replace('£-', '-£');

function workbook(economics: { scenario?: number; inputs?: EconomicInputs }) {
  return buildWorkbookIndexed({
    areas,
    base,
    scenarios,
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    economics,
  });
}

function modelCase(i: number, inputs: EconomicInputs, s: Scenario[] = scenarios) {
  return economicCase(planScenarios(areas, s)[i], inputs);
}

/** A value typed into one cell of the blueprint, as a person would type it in Excel before saving. */
function typed(bp: WorkbookBlueprint, sheet: string, pos: CellPos, value: number): void {
  const block = bp.sheets
    .find((s) => s.name === sheet)!
    .blocks.find(
      (b) =>
        b.row <= pos.row && pos.row < b.row + b.cells.length && b.col <= pos.col && pos.col < b.col + b.cells[0].length,
    )!;
  block.cells[pos.row - block.row][pos.col - block.col] = value;
}

run('the Economic case sheet, recalculated by LibreOffice', () => {
  it('equals the model’s case at the defaults, sentences included', async () => {
    const { blueprint, index } = workbook({});
    const e = index.economics!;
    const lo = await recalculated(await writeXlsx(blueprint), 'economics-default');
    const read = (pos: CellPos) => lo.value(e.sheet, pos);
    const c = modelCase(0, DEFAULT_ECONOMIC_INPUTS);
    expectEconomicCase(read, e, c);
    expect(e.sentences.map(read)).toEqual([
      `Each £1 spent returns £${c.benefitCostRatio!.toFixed(2)} in cashable savings;`,
      `a person into work would need to be worth ${gbp(c.breakEvenValuePerJobOutcome!)} (NHS saving included) for the service to pay for itself.`,
      `Net present value over 10 years at 3.5%: ${gbp(c.netPresentValue)}.`,
    ]);
  });

  it('equals the model’s case at changed inputs, and after a discount rate, a saving and a coverage typed in', async () => {
    const inputs = { ...DEFAULT_ECONOMIC_INPUTS, appraisalYears: 12, otherBenefitPerJobOutcome: 3000 };
    const { blueprint, index } = workbook({ scenario: 1, inputs });
    const e = index.economics!;
    const first = await recalculated(await writeXlsx(blueprint), 'economics-changed');
    expectEconomicCase((pos) => first.value(e.sheet, pos), e, modelCase(1, inputs));
    typed(blueprint, e.sheet, e.inputs.discountRate, 0.015);
    typed(blueprint, e.sheet, e.inputs.taxBenefitSavingPerPound, 0.66);
    typed(blueprint, index.scenarios[1].sheet, index.scenarios[1].assumptions.coverage, 0.7);
    const after = await recalculated(await writeXlsx(blueprint), 'economics-typed');
    const moved = { ...inputs, discountRate: 0.015, taxBenefitSavingPerPound: 0.66 };
    const wider = coverageScenarios(base, [0.25, 0.7]);
    const c = modelCase(1, moved, wider);
    expectEconomicCase((pos) => after.value(e.sheet, pos), e, c);
    expect(after.value(e.sheet, e.sentences[2])).toBe(
      `Net present value over 12 years at 1.5%: ${gbp(c.netPresentValue)}.`,
    );
  });
});
