/**
 * "What moves the net present value": the economic case's savings at a low and a high, under the plan's rows.
 * NPV is linear in each saving, so NPV at x is the Economic case sheet's own IPS_NPV moved by (x − the case's
 * saving) × what one unit of it is worth: IPS_PresentCost for the saving per £1 spent, the appraisal's
 * discounted job outcomes for the saving per job outcome. Exact, and live in every input of the case.
 */
import { ECONOMIC_INPUT_INFO, EconomicInputInfo } from '../../model/economics';
import type { EconomicSensitivityInput, EconomicSensitivityRow } from '../../model/economicSensitivity';
import { Cell, Validation, cellAddress, sheetRef } from '../shared/blueprint';
import type { CellPos } from '../shared/cells';
import type { ScenarioSheetIndex } from '../scenario';
import { SheetDraft, cells } from '../shared/draft';
import { wrappedHeight } from '../shared/print';
import { FORMAT, STYLE } from '../shared/styles';
import { promptTitle } from '../shared/validations';

/** The Economic case sheet's workbook names for its results (issue #18's contract). */
const NPV = 'IPS_NPV';
const PRESENT_COST = 'IPS_PresentCost';
const info = (key: string): EconomicInputInfo => ECONOMIC_INPUT_INFO.find((i) => i.key === key)!;
const name = (key: string) => info(key).name;

export interface NpvColumns {
  label: number;
  value: number;
  low: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  swing: number;
  source: number;
}

export interface NpvRowsIndex {
  /** The economic inputs' rows, in the order of their NPV swing when the workbook was made. */
  firstRow: number;
  rows: EconomicSensitivityInput[];
  columns: NpvColumns;
  /** Σ job outcomes × discount factor over the appraisal years: what £1 more NHS saving a job adds to NPV. */
  presentJobOutcomes: CellPos;
}

/** Σ over the appraisal years of the scenario's job outcomes × 1/(1+r)^t; after the rollout, its final year. */
export function presentJobOutcomesFormula(s: ScenarioSheetIndex): string {
  const [r, n] = [name('discountRate'), name('appraisalYears')];
  const jobs = (k: number) =>
    `${sheetRef(s.sheet)}!${cellAddress(s.byYear.firstRow + k, s.byYear.columns.jobOutcomes, true)}`;
  const rollout = s.years;
  const terms = Array.from({ length: rollout }, (_, k) => `${jobs(k)}*(${k}<${n})/(1+${r})^${k}`);
  // The years after the rollout, R to N−1, repeat its last: Σ (1+r)^−t = ((1+r)^(1−R) − (1+r)^(1−N)) / r.
  const tail = `IF(${n}>${rollout},IF(${r}=0,${n}-${rollout},((1+${r})^(1-${rollout})-(1+${r})^(1-${n}))/${r}),0)`;
  return `=${terms.join('+')}+${jobs(rollout - 1)}*${tail}`;
}

/** −£43.9m: £ millions to one decimal (the two commas scale by a million in Excel and LibreOffice). */
export const NPV_FORMAT = '£#,##0.0,,"m";-£#,##0.0,,"m"';

const FORMATS: Record<EconomicSensitivityInput, string> = {
  // Pence per £1 as £, as the Economic case sheet shows it: 0.09 is £0.09.
  taxBenefitSavingPerPound: '£0.00',
  nhsSavingPerJobOutcome: FORMAT.gbp,
};

function npvRow(r: EconomicSensitivityRow, at: number, c: NpvColumns, width: number, pj: string): Cell[] {
  const here = (col: number) => cellAddress(at, col);
  const perUnit = r.input === 'taxBenefitSavingPerPound' ? PRESENT_COST : pj;
  const npvAt = (col: number): Cell => ({ formula: `=${NPV}+(${here(col)}-${name(r.input)})*${perUnit}` });
  const row: Cell[] = Array.from({ length: width }, () => null);
  row[c.label] = r.label;
  row[c.value] = { formula: `=${name(r.input)}` };
  row[c.low] = r.low;
  row[c.high] = r.high;
  row[c.npvLow] = npvAt(c.low);
  row[c.npvHigh] = npvAt(c.high);
  row[c.swing] = { formula: `=ABS(${here(c.npvHigh)}-${here(c.npvLow)})` };
  row[c.source] = r.source;
  return row;
}

function validation(r: EconomicSensitivityRow, at: number, c: NpvColumns): Validation {
  const i = info(r.input);
  const unit = r.input === 'taxBenefitSavingPerPound' ? '£ per £1 spent: 0.09 for 9p' : '£ per job outcome';
  return {
    range: cells(at, c.low, 1, 2),
    number: { min: i.min, max: i.max, whole: false },
    allowBlank: false,
    prompt: { title: promptTitle(i.label), message: `From ${i.min} to ${i.max.toLocaleString('en-GB')} (${unit}).` },
  };
}

/**
 * Writes the block from row `top`: a caption, a header, a row per economic input, and the discounted
 * job outcomes. Returns its index, its validations and its last row.
 */
export function writeNpvRows(
  d: SheetDraft,
  top: number,
  s: ScenarioSheetIndex,
  rows: readonly EconomicSensitivityRow[],
  c: NpvColumns,
  widths: readonly number[],
): { index: NpvRowsIndex; validations: Validation[]; last: number } {
  const width = widths.length;
  const header = top + 1;
  const first = header + 1;
  const pjRow = first + rows.length;
  const pj = cellAddress(pjRow, c.value, true);
  const headings: Cell[] = Array.from({ length: width }, () => null);
  const words: Partial<Record<keyof NpvColumns, string>> = {
    label: 'Economic case input',
    value: 'Case’s value',
    low: 'Low',
    high: 'High',
    npvLow: 'NPV at low',
    npvHigh: 'NPV at high',
    swing: 'NPV swing',
    source: 'Where the low and high come from',
  };
  for (const [k, v] of Object.entries(words)) headings[c[k as keyof NpvColumns]] = v;
  const helper: Cell[] = Array.from({ length: width }, () => null);
  helper[c.label] = 'Discounted job outcomes';
  helper[c.value] = { formula: presentJobOutcomesFormula(s) };
  helper[c.source] =
    'Σ job outcomes × 1/(1+IPS_DiscountRate)^t over IPS_AppraisalYears, from the scenario sheet’s rollout: £1 more NHS saving a job adds this to NPV';
  d.block(top, 0, [
    [`What moves the net present value (the Economic case sheet’s ${NPV}): each saving at a low and a high`],
  ]);
  d.format(cells(top, 0), { style: STYLE.caption });
  d.block(header, 0, [headings, ...rows.map((r, i) => npvRow(r, first + i, c, width, pj)), helper]);
  d.format(cells(header, 0, 1, width), { style: STYLE.header });
  d.rowHeight(header, 32);
  rows.forEach((r, i) => {
    const at = first + i;
    d.format(cells(at, c.value, 1, 3), { numberFormat: FORMATS[r.input] });
    d.format(cells(at, c.low, 1, 2), { style: STYLE.input });
    d.rowHeight(at, wrappedHeight(r.source, widths[c.source]));
  });
  // In £ millions: an NPV of tens of millions does not fit the ES columns' width in whole pounds.
  d.format(cells(first, c.npvLow, rows.length, 3), { numberFormat: NPV_FORMAT });
  d.format(cells(pjRow, c.value), { numberFormat: FORMAT.oneDecimal });
  d.format(cells(first, 0, rows.length + 1, width), { style: STYLE.top });
  d.format(cells(first, c.source, rows.length + 1, 1), { style: STYLE.wrapped });
  d.rowHeight(pjRow, wrappedHeight(helper[c.source] as string, widths[c.source]));
  return {
    index: {
      firstRow: first,
      rows: rows.map((r) => r.input),
      columns: c,
      presentJobOutcomes: { row: pjRow, col: c.value },
    },
    validations: rows.map((r, i) => validation(r, first + i, c)),
    last: pjRow,
  };
}
