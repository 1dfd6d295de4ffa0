/**
 * The workbooks the tests write, in one list: the schema check (schemaValid.test.ts) validates every one
 * with both writers. A new sheet kind (the economic case, …) adds one line here.
 */
import { SCOTLAND_2018_DATA_SET } from '../../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../../src/model/assumptions';
import { coverageScenarios } from '../../../src/model/scenarios';
import { buildWorkbook } from '../../../src/sheets';
import type { WorkbookBlueprint } from '../../../src/sheets/shared/blueprint';
import { localities } from '../../support/localities';
import { budgetLayout, scotlandLayout } from '../../support/scotlandLayout';

const base = DEFAULT_ASSUMPTIONS;
const actuals = [
  { area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: 18 },
  { area: 'Borders', year: 2, specialists: 1, clients: null, jobOutcomes: null, sustained: 0 },
];
// A row of a board no longer in the plan, carried over from an earlier Monitoring sheet.
const kept = [{ area: 'Old board', label: '2026/27', specialists: 1, clients: 5, jobOutcomes: 1, sustained: null }];

export interface TestWorkbook {
  name: string;
  blueprint: () => WorkbookBlueprint;
}

export const TEST_WORKBOOKS: TestWorkbook[] = [
  {
    name: 'the default pack (25%, 50%, 100%, Sensitivity, Monitoring)',
    blueprint: () =>
      scotlandLayout(coverageScenarios(base, [0.25, 0.5, 1]), {
        dataSet: SCOTLAND_2018_DATA_SET,
        sensitivity: {},
        monitoring: {},
      }).blueprint,
  },
  {
    name: 'the economic case at changed inputs, following the 50% scenario',
    blueprint: () =>
      scotlandLayout(coverageScenarios(base, [0.25, 0.5]), {
        economics: {
          scenario: 1,
          inputs: {
            discountRate: 0.015,
            appraisalYears: 60,
            nhsSavingPerJobOutcome: 600,
            taxBenefitSavingPerPound: 0.66,
            otherBenefitPerJobOutcome: 1200,
          },
        },
      }).blueprint,
  },
  { name: 'the £5m budget workbook', blueprint: () => budgetLayout({ sensitivity: {} }).blueprint },
  {
    name: 'Monitoring with actuals and a kept row',
    blueprint: () =>
      scotlandLayout(coverageScenarios(base, [0.25, 0.5]), { monitoring: { scenario: 1, actuals, kept } }).blueprint,
  },
  {
    name: '1,300 areas (25%, 50%, 100%, Sensitivity, Monitoring)',
    blueprint: () =>
      buildWorkbook({
        areas: localities(1300),
        base,
        scenarios: coverageScenarios(base, [0.25, 0.5, 1]),
        generated: new Date('2026-05-12T09:30:00Z'),
        version: 'test',
        sensitivity: {},
        monitoring: { actuals: [{ ...actuals[0], area: 'Locality 77' }] },
      }),
  },
];
