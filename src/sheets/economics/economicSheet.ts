import { ECONOMIC_INPUT_INFO, EconomicInputs, economicInputProblems } from '../../model/economics';
import { PlanInputError } from '../../model/validate';
import { ChartSpec, DefinedName, SheetBlueprint, cellAddress, sheetRef } from '../shared/blueprint';
import { SheetDraft, cells } from '../shared/draft';
import { printSetup } from '../shared/print';
import { STYLE, TAB_COLOR } from '../shared/styles';
import type { EconomicSheetIndex } from './cellIndex';
import { writeInputs } from './inputRows';
import { COL, ECONOMIC_SHEET, INTRO, WIDTHS, economicLayout } from './layout';
import { writeResults } from './results';
import { introduction } from './words';
import { FollowedScenario, InputNames, writeYears } from './yearTable';

const nameOf = (key: keyof EconomicInputs) => ECONOMIC_INPUT_INFO.find((i) => i.key === key)!.name;

const NAMES: InputNames = {
  years: nameOf('appraisalYears'),
  rate: nameOf('discountRate'),
  nhs: nameOf('nhsSavingPerJobOutcome'),
  tax: nameOf('taxBenefitSavingPerPound'),
  other: nameOf('otherBenefitPerJobOutcome'),
};

export interface EconomicSheet {
  sheet: SheetBlueprint;
  names: DefinedName[];
  index: EconomicSheetIndex;
}

/**
 * The economic case of the followed scenario: what it costs and returns over the appraisal years,
 * discounted, every figure a formula of the blue inputs and of the scenario sheet's rollout.
 * Throws PlanInputError on inputs out of range.
 */
export function buildEconomicSheet(
  followed: FollowedScenario,
  values: EconomicInputs,
  generated: string,
  title: string,
): EconomicSheet {
  const problems = economicInputProblems(values);
  if (problems.length) throw new PlanInputError(problems.map((p) => `Economic case: ${p}`));
  const layout = economicLayout();
  const d = new SheetDraft(ECONOMIC_SHEET, 'economics');
  WIDTHS.forEach((w, c) => d.widen(c, w));
  const s = followed.index;
  const scenarioTitle = `${sheetRef(s.sheet)}!${cellAddress(s.title.row, s.title.col, true)}`;
  const basis = followed.basis === 'staff' ? 'staff-based' : 'per-engagement';
  d.block(0, 0, [[{ formula: `="Economic case: "&${scenarioTitle}` }], [generated]]);
  d.block(
    INTRO,
    0,
    introduction(s.sheet, basis, s.years).map((line) => [line]),
  );
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0, INTRO + 2, 1), { style: STYLE.subtitle });
  const inputs = writeInputs(d, layout, values);
  const results = writeResults(d, layout, NAMES);
  writeYears(d, layout, followed, NAMES);
  const { chart, years } = layout;
  // The chart shows the appraisal years as generated: a chart's ranges are fixed, the table's rows are live.
  const shown = values.appraisalYears;
  const charts: ChartSpec[] = [
    {
      title: `Cost and benefits by year (the ${shown} years as generated)`,
      type: 'columnClustered',
      categories: cells(years.first, COL.label, shown, 1),
      series: [
        { name: 'Cost', values: cells(years.first, COL.cost, shown, 1) },
        { name: 'Benefits', values: cells(years.first, COL.benefits, shown, 1) },
      ],
      anchor: cells(chart.first, 0, chart.rows, WIDTHS.length),
    },
  ];
  const sheet = d.sheet({
    tables: [],
    charts,
    validations: inputs.validations,
    print: printSetup({
      area: cells(0, 0, years.totals + 1, WIDTHS.length),
      orientation: 'portrait',
      widths: d.widths,
      heights: d.heights,
      sections: [
        { first: 0, last: layout.sentences.first + layout.sentences.count - 1 },
        { first: chart.first, last: chart.first + chart.rows - 1 },
        { first: years.caption, last: years.totals },
      ],
      title,
      generated,
    }),
    tabColor: TAB_COLOR.scenario,
  });
  return {
    sheet,
    names: [...inputs.names, ...results.names],
    index: {
      sheet: ECONOMIC_SHEET,
      scenario: s.sheet,
      inputs: inputs.index,
      results: results.index,
      sentences: results.sentences,
      years: {
        headerRow: years.header,
        firstRow: years.first,
        count: years.totals - years.first,
        totalsRow: years.totals,
        columns: COL,
      },
    },
  };
}
