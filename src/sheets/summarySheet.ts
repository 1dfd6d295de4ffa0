import { SheetBlueprint, cellAddress, sheetRef } from './blueprint';
import { CellPos, SUMMARY_ROWS, ScenarioSheetIndex, SummaryRow, SummarySheetIndex } from './cellIndex';
import { SheetDraft } from './draft';
import { FORMAT, STYLE, TAB_COLOR } from './styles';

export const SUMMARY_SHEET = 'Summary';
const HEADER_ROW = 3;

const FORMATS: Record<SummaryRow, string> = {
  coverage: FORMAT.percent,
  costPerEngagement: FORMAT.gbp,
  eligible: FORMAT.count,
  clientsPerYear: FORMAT.count,
  specialists: FORMAT.wte,
  teamLeaders: FORMAT.oneDecimal,
  managers: FORMAT.oneDecimal,
  costPerYear: FORMAT.gbp,
  totalCostPerYear: FORMAT.gbp,
  staffCostPerYear: FORMAT.gbp,
  rolloutCost: FORMAT.gbp,
  rolloutStaffCost: FORMAT.gbp,
  jobOutcomesPerYear: FORMAT.count,
  sustainedOutcomesPerYear: FORMAT.count,
  costPerJobOutcome: FORMAT.gbp,
};

/** Where each summary figure lives on a scenario sheet. */
function source(s: ScenarioSheetIndex, key: SummaryRow): CellPos {
  const total = (col: number) => ({ row: s.boards.totalsRow, col });
  const c = s.boards.columns;
  switch (key) {
    case 'coverage':
    case 'costPerEngagement':
      return s.assumptions[key];
    case 'managers':
    case 'totalCostPerYear':
      return s.derived[key];
    case 'rolloutCost':
      return { row: s.byYear.totalsRow, col: s.byYear.columns.cost };
    case 'rolloutStaffCost':
      return { row: s.byYear.totalsRow, col: s.byYear.columns.staffCost };
    default:
      return total(c[key]);
  }
}

/** The scenarios side by side, each figure a formula pointing at its scenario sheet. */
export function buildSummarySheet(
  scenarios: readonly ScenarioSheetIndex[],
  heading: string,
): { sheet: SheetBlueprint; index: SummarySheetIndex } {
  const d = new SheetDraft(SUMMARY_SHEET, 'summary');
  const sameYears = scenarios.every((s) => s.years === scenarios[0].years);
  const span = sameYears ? `${scenarios[0].years}-year` : 'Rollout';
  const labels: Record<SummaryRow, string> = {
    coverage: 'Coverage of eligible clients',
    costPerEngagement: '£ per engagement',
    eligible: 'Eligible clients',
    clientsPerYear: 'Clients per year',
    specialists: 'ES needed',
    teamLeaders: 'Team leaders (WTE)',
    managers: 'Service managers (WTE)',
    costPerYear: 'Cost per year (per engagement)',
    totalCostPerYear: 'Cost per year with implementation support',
    staffCostPerYear: 'Staff-based cost per year',
    rolloutCost: `${span} cost (per engagement)`,
    rolloutStaffCost: `${span} staff-based cost`,
    jobOutcomesPerYear: 'Job outcomes per year',
    sustainedOutcomesPerYear: 'In work after 13 weeks, per year',
    costPerJobOutcome: '£ per job outcome',
  };
  const width = scenarios.length + 1;
  const pad = (first: string) => [first, ...scenarios.map(() => null)];
  d.block(0, 0, [
    pad('Summary: the scenarios side by side'),
    pad(`${heading}. Every figure is a formula over its scenario sheet.`),
  ]);
  d.format(0, 0, 1, 1, undefined, STYLE.title);
  d.format(1, 0, 1, 1, undefined, STYLE.subtitle);
  const rows = SUMMARY_ROWS.map((key) => [
    labels[key],
    ...scenarios.map((s) => {
      const pos = source(s, key);
      return { formula: `=${sheetRef(s.sheet)}!${cellAddress(pos.row, pos.col, true)}` };
    }),
  ]);
  d.block(HEADER_ROW, 0, [['Measure', ...scenarios.map((s) => s.scenario)], ...rows]);
  d.format(HEADER_ROW, 0, 1, width, undefined, STYLE.header);
  SUMMARY_ROWS.forEach((key, i) => d.format(HEADER_ROW + 1 + i, 1, 1, scenarios.length, FORMATS[key]));
  d.widen(0, 42);
  scenarios.forEach((s, i) => d.widen(i + 1, Math.max(16, Math.min(31, s.scenario.length + 2))));
  const sheet = d.sheet({
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    tables: [],
    charts: [],
    validations: [],
    print: {
      area: { row: 0, col: 0, rows: HEADER_ROW + 1 + SUMMARY_ROWS.length, cols: width },
      landscape: true,
      fitToWidth: true,
      titleRows: { first: 0, last: HEADER_ROW },
    },
    tabColor: TAB_COLOR.summary,
  });
  const index: SummarySheetIndex = {
    sheet: SUMMARY_SHEET,
    rows: Object.fromEntries(SUMMARY_ROWS.map((k, i) => [k, HEADER_ROW + 1 + i])) as Record<SummaryRow, number>,
    columns: scenarios.map((_, i) => i + 1),
  };
  return { sheet, index };
}
