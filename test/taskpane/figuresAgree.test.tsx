/** @jest-environment jsdom */
import './setup';
import { render, screen } from '@testing-library/react';
import { SCOTLAND_2018_DATA_SET, scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { buildWorkbookIndexed } from '../../src/sheets';
import { SummaryRow } from '../../src/sheets/summary';
import { formatPounds } from '../../src/taskpane/shared/format';
import { PreviewTotals } from '../../src/taskpane/preview/PreviewTotals';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { loadBlueprint } from '../sheets/hf';

// A scenario with implementation support, where "cost" could mean two things.
const assumptions = { ...DEFAULT_ASSUMPTIONS, coverage: 0.5, implementationSupportPerYear: 400_000 };

describe('the pane and the workbook name and count each figure alike', () => {
  const plan = computePlan(scotlandBoards(), assumptions);
  const { blueprint, index } = buildWorkbookIndexed({
    areas: scotlandBoards(),
    dataSet: SCOTLAND_2018_DATA_SET,
    base: assumptions,
    scenarios: [{ name: 'With support', assumptions }],
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
  });
  const wb = loadBlueprint(blueprint);
  const summary = (key: SummaryRow) => ({
    label: wb.value(index.summary.sheet, { row: index.summary.rows[key], col: 0 }),
    value: wb.number(index.summary.sheet, { row: index.summary.rows[key], col: index.summary.columns[0] }),
  });
  const pane = (id: string) => {
    const dd = screen.getByTestId(id);
    return { label: dd.previousElementSibling?.textContent, value: dd.textContent };
  };

  it.each([
    ['rollout cost', 'rolloutCost', TEST_IDS.totalCostRollout],
    ['cost per year', 'totalCostPerYear', TEST_IDS.totalCostYear],
  ] as const)('%s: the same label and the same pounds in the pane and on the Summary', (_, key, id) => {
    render(<PreviewTotals plan={plan} />);
    const s = summary(key);
    expect(pane(id)).toEqual({ label: s.label, value: formatPounds(s.value) });
  });

  it('the rollout cost is the clients of each year × £ per engagement, without implementation support', () => {
    const s = summary('rolloutCost');
    const clients = plan.areas.flatMap((a) => a.years).reduce((sum, y) => sum + y.clients, 0);
    expect(s.label).toBe('5-year rollout cost (per engagement)');
    expect(s.value).toBeCloseTo(clients * assumptions.costPerEngagement, 2);
    // The headline of the scenario sheet says it in the same words.
    const scenario = blueprint.sheets.find((x) => x.name === 'With support')!;
    expect(scenario.blocks.flatMap((b) => b.cells.flat())).toContain(s.label);
  });
});
