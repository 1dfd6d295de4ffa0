/**
 * The table of appraisal years: cost and job outcomes as formulas of the followed scenario sheet's rollout
 * (after the rollout, its final year), then benefits, net, discount factor and present values. Every row to
 * MAX_APPRAISAL_YEARS is laid out and blank past IPS_AppraisalYears, so a longer appraisal stays live.
 */
import { yearLabels } from '../../model/years';
import { Cell, cellAddress, sheetRef } from '../shared/blueprint';
import type { ScenarioSheetIndex } from '../scenario';
import { SheetDraft, cells } from '../shared/draft';
import { FORMAT, STYLE } from '../shared/styles';
import { EconomicYearColumn, ECONOMIC_YEAR_COLUMNS } from './cellIndex';
import { COL, EconomicLayout, MAX_APPRAISAL_YEARS, WIDTHS } from './layout';
import { YEAR_HEADERS } from './words';

/** The workbook names of the inputs the rows read. */
export interface InputNames {
  years: string;
  rate: string;
  nhs: string;
  tax: string;
  other: string;
}

export interface FollowedScenario {
  index: ScenarioSheetIndex;
  /** Which of its by-year costs the case counts: per engagement, or staff-based (a staff budget's basis). */
  basis: 'engagement' | 'staff';
  firstYearLabel: string;
}

const FORMATS: Record<EconomicYearColumn, string> = {
  // General, not text: a text-formatted cell would hold its formula as text.
  label: 'General',
  cost: FORMAT.gbp,
  jobOutcomes: FORMAT.count,
  benefits: FORMAT.gbp,
  net: FORMAT.gbp,
  t: FORMAT.whole,
  discountFactor: '0.0000',
  presentCost: FORMAT.gbp,
  presentBenefits: FORMAT.gbp,
  presentJobOutcomes: FORMAT.count,
};

/** The scenario's cells for rollout year `year` (1-based; past the rollout, its final year). */
function scenarioYear(s: FollowedScenario, year: number): { cost: string; jobs: string } {
  const { index } = s;
  const at = index.byYear.firstRow + Math.min(year, index.years) - 1;
  const ref = (row: number, col: number) => `${sheetRef(index.sheet)}!${cellAddress(row, col, true)}`;
  const a = index.assumptions.implementationSupportPerYear;
  const costCol = s.basis === 'staff' ? index.byYear.columns.staffCost : index.byYear.columns.cost;
  return {
    cost: `${ref(at, costCol)}+${ref(a.row, a.col)}`,
    jobs: ref(at, index.byYear.columns.jobOutcomes),
  };
}

function yearRow(s: FollowedScenario, n: InputNames, label: string, year: number, row: number): Cell[] {
  const here = (key: EconomicYearColumn) => cellAddress(row, COL[key]);
  const from = scenarioYear(s, year);
  const live = (formula: string): Cell => ({ formula: `=IF(${year}<=${n.years},${formula},"")` });
  const values: Record<EconomicYearColumn, Cell> = {
    label: live(`"${label}"`),
    cost: live(from.cost),
    jobOutcomes: live(from.jobs),
    benefits: live(`${here('jobOutcomes')}*(${n.nhs}+${n.other})+${here('cost')}*${n.tax}`),
    net: live(`${here('benefits')}-${here('cost')}`),
    t: live(String(year - 1)),
    discountFactor: live(`1/(1+${n.rate})^${here('t')}`),
    presentCost: live(`${here('cost')}*${here('discountFactor')}`),
    presentBenefits: live(`${here('benefits')}*${here('discountFactor')}`),
    presentJobOutcomes: live(`${here('jobOutcomes')}*${here('discountFactor')}`),
  };
  return ECONOMIC_YEAR_COLUMNS.map((k) => values[k]);
}

/** Writes the table: header, a row per possible year, totals. */
export function writeYears(d: SheetDraft, layout: EconomicLayout, s: FollowedScenario, n: InputNames): void {
  const { caption, header, first, totals } = layout.years;
  // Year labels are generated from a validated year ("2027/28", "2027"): digits and a separator, safe in a formula.
  const labels = yearLabels(s.firstYearLabel, MAX_APPRAISAL_YEARS);
  const rows = labels.map((label, k) => yearRow(s, n, label, k + 1, first + k));
  const sum = (key: EconomicYearColumn): Cell => ({
    formula: `=SUM(${cellAddress(first, COL[key])}:${cellAddress(totals - 1, COL[key])})`,
  });
  const total: Record<EconomicYearColumn, Cell> = {
    label: 'Total',
    cost: sum('cost'),
    jobOutcomes: sum('jobOutcomes'),
    benefits: sum('benefits'),
    net: sum('net'),
    t: null,
    discountFactor: null,
    presentCost: sum('presentCost'),
    presentBenefits: sum('presentBenefits'),
    presentJobOutcomes: sum('presentJobOutcomes'),
  };
  d.block(caption, 0, [[`By appraisal year (${MAX_APPRAISAL_YEARS} rows: those past the appraisal years stay blank)`]]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.block(header, 0, [
    ECONOMIC_YEAR_COLUMNS.map((k) => YEAR_HEADERS[k]),
    ...rows,
    ECONOMIC_YEAR_COLUMNS.map((k) => total[k]),
  ]);
  d.format(cells(header, 0, 1, WIDTHS.length), { style: STYLE.header });
  d.rowHeight(header, 32);
  for (const key of ECONOMIC_YEAR_COLUMNS)
    d.format(cells(first, COL[key], MAX_APPRAISAL_YEARS + 1, 1), { numberFormat: FORMATS[key] });
  d.format(cells(totals, 0, 1, WIDTHS.length), { style: STYLE.total });
}
