// The results of the economic case and the sentences a committee reads, as formulas of the year table's totals.
import { DefinedName, cellAddress } from '../shared/blueprint';
import type { CellPos } from '../shared/cells';
import { SheetDraft, cells } from '../shared/draft';
import { FORMAT, STYLE } from '../shared/styles';
import { EconomicResultKey, ECONOMIC_RESULTS } from './cellIndex';
import { COL, ECONOMIC_SHEET, EconomicLayout, RESULT_COLS } from './layout';
import type { InputNames } from './yearTable';
import { RESULT_HOW, RESULT_LABELS, sentenceFormulas } from './words';

/** Workbook names of the results (the cost per job outcome has none). */
export const RESULT_NAMES: Partial<Record<EconomicResultKey, string>> = {
  presentCost: 'IPS_PresentCost',
  presentBenefits: 'IPS_PresentBenefits',
  netPresentValue: 'IPS_NPV',
  benefitCostRatio: 'IPS_BCR',
  breakEvenValuePerJobOutcome: 'IPS_BreakEvenValue',
};

const FORMATS: Record<EconomicResultKey, string> = {
  presentCost: FORMAT.gbp,
  presentBenefits: FORMAT.gbp,
  netPresentValue: FORMAT.gbp,
  benefitCostRatio: '0.00',
  costPerJobOutcome: FORMAT.gbp,
  breakEvenValuePerJobOutcome: FORMAT.gbp,
};

function resultFormulas(layout: EconomicLayout, tax: string): Record<EconomicResultKey, string> {
  const total = (key: keyof typeof COL) => cellAddress(layout.years.totals, COL[key]);
  const at = (key: EconomicResultKey) =>
    cellAddress(layout.results.first + ECONOMIC_RESULTS.indexOf(key), RESULT_COLS.value);
  const [pc, pb] = [at('presentCost'), at('presentBenefits')];
  const [jobs, presentJobs] = [total('jobOutcomes'), total('presentJobOutcomes')];
  // Blank where the model's figure is null (nothing spent, no job outcomes).
  return {
    presentCost: `=${total('presentCost')}`,
    presentBenefits: `=${total('presentBenefits')}`,
    netPresentValue: `=${pb}-${pc}`,
    benefitCostRatio: `=IF(${pc}>0,${pb}/${pc},"")`,
    costPerJobOutcome: `=IF(${jobs}>0,${total('cost')}/${jobs},"")`,
    breakEvenValuePerJobOutcome: `=IF(${presentJobs}>0,(1-${tax})*${pc}/${presentJobs},"")`,
  };
}

export interface WrittenResults {
  index: Record<EconomicResultKey, CellPos>;
  names: DefinedName[];
  sentences: CellPos[];
}

export function writeResults(d: SheetDraft, layout: EconomicLayout, n: InputNames): WrittenResults {
  const { caption, first } = layout.results;
  const c = RESULT_COLS;
  const formulas = resultFormulas(layout, n.tax);
  d.block(caption, 0, [['Results (Green Book discounting, first plan year t = 0)']]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  const index = {} as Record<EconomicResultKey, CellPos>;
  const names: DefinedName[] = [];
  ECONOMIC_RESULTS.forEach((key, i) => {
    const row = first + i;
    d.block(row, 0, [[RESULT_LABELS[key], { formula: formulas[key] }, RESULT_HOW[key]]]);
    d.format(cells(row, c.value), { numberFormat: FORMATS[key] });
    index[key] = { row, col: c.value };
    const name = RESULT_NAMES[key];
    if (name) names.push({ name, sheet: ECONOMIC_SHEET, range: cells(row, c.value), comment: RESULT_LABELS[key] });
  });
  d.format(cells(first + ECONOMIC_RESULTS.indexOf('netPresentValue'), 0, 1, 2), { style: { bold: true } });
  d.format(cells(first, c.how, ECONOMIC_RESULTS.length, 1), { style: STYLE.subtitle });
  const at = (key: EconomicResultKey) => cellAddress(index[key].row, index[key].col, true);
  const said = sentenceFormulas({
    bcr: at('benefitCostRatio'),
    breakEven: at('breakEvenValuePerJobOutcome'),
    npv: at('netPresentValue'),
    years: n.years,
    rate: n.rate,
    other: n.other,
  });
  const s = layout.sentences.first;
  d.block(
    s,
    0,
    said.map((formula) => [{ formula }]),
  );
  d.format(cells(s, 0, said.length, 1), { style: { bold: true, fontColor: '#1F4E78' } });
  return { index, names, sentences: said.map((_, k) => ({ row: s + k, col: 0 })) };
}
