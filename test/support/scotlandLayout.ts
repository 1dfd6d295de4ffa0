/**
 * Where the builder puts each sheet and figure of a workbook of the 14 Scottish boards at the default
 * assumptions: tests that read a written or downloaded workbook find its cells with it (the values they
 * check come from the workbook, not from here).
 */
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { type Scenario, budgetScenarios, coverageScenarios } from '../../src/model/scenarios';
import { type WorkbookInput, buildWorkbookIndexed } from '../../src/sheets/workbook';

export function scotlandLayout(
  scenarios: Scenario[],
  extra: Pick<WorkbookInput, 'sensitivity' | 'monitoring' | 'dataSet' | 'economics'> = {},
) {
  return buildWorkbookIndexed({
    areas: [...SCOTLAND_2018],
    base: DEFAULT_ASSUMPTIONS,
    scenarios,
    generated: new Date(),
    version: 'test',
    ...extra,
  });
}

export const coverageLayout = (coverages: number[]) =>
  scotlandLayout(coverageScenarios(DEFAULT_ASSUMPTIONS, coverages));

/** The pane's "A budget" of £5,000,000 a year, per engagement: the scenario the budget tests type. */
export const budgetLayout = (extra: Pick<WorkbookInput, 'sensitivity'> = {}) =>
  scotlandLayout(budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'engagement' }]), extra);
