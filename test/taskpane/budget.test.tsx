/** @jest-environment jsdom */
/**
 * "A budget" beside the coverage choices, the "What moves the answer" list, and the sheets they add
 * to what is written (standalone download here; the simulated Excel in withFakeExcel.test.tsx).
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { AppProps } from '../../src/taskpane/App';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { SCOTLAND_2018, SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { budgetScenarios } from '../../src/model/scenarios';
import { sensitivity } from '../../src/model/sensitivity';
import { staffCostPerSpecialist } from '../../src/model/staff';
import { buildWorkbook } from '../../src/sheets/workbook';
import { formatEs, formatPounds, formatWhole } from '../../src/taskpane/shared/format';
import { createStandaloneHost } from '../../src/taskpane/host/standaloneHost';
import { APP_VERSION } from '../../src/taskpane/version';
import { fakeExcelHost } from './fakeHost';
import { PANE_TEST_TIMEOUT_MS, paneUser, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

const NOW = new Date('2026-05-01T09:00:00Z');
const areas = SCOTLAND_2018.map((a) => ({ ...a }));
const renderApp = (props: AppProps) =>
  renderPane({ buildBlueprint: async (input) => buildWorkbook(input), now: () => NOW, ...props });
const shown = (id: string) => screen.getByTestId(id).textContent;

async function typeBudget(user: ReturnType<typeof paneUser>, text: string) {
  await user.click(screen.getByTestId(TEST_IDS.coverageBudget));
  const input = screen.getByTestId(TEST_IDS.budgetInput);
  await user.clear(input);
  await user.type(input, text);
}

describe('a budget', () => {
  it('£5,000,000 buys 15.32% coverage with the defaults, and the totals are the plan at it', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await typeBudget(user, '5,000,000');
    // Written out here, not taken from the model: 60,424 SMI contacts × (1 − 10% in work) × 30% interested
    // are the eligible; each engagement costs £2,000; no implementation support by default.
    expect(areas.reduce((s, a) => s + a.smiContacts, 0)).toBe(60424);
    const coverage = 5_000_000 / (60424 * 0.9 * 0.3 * 2000);
    expect((coverage * 100).toFixed(2)).toBe('15.32');
    expect(shown(TEST_IDS.budgetCoverage)).toBe('15.32%');
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage });
    expect(shown(TEST_IDS.totalEs)).toBe(formatEs(plan.totals.specialists));
    expect(shown(TEST_IDS.totalCostYear)).toBe('£5,000,000'); // per engagement the budget is spent exactly
    expect(shown(TEST_IDS.totalJobOutcomes)).toBe(formatWhole(plan.totals.jobOutcomesPerYear));
    expect(screen.queryByTestId(TEST_IDS.budgetNote)).toBeNull();
  });

  it('staff-based: the planned cost beside the budget, and the difference', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await typeBudget(user, '5000000');
    await user.selectOptions(screen.getByTestId(TEST_IDS.budgetBasis), 'staff');
    const a = DEFAULT_ASSUMPTIONS;
    const perClient = staffCostPerSpecialist(a) / a.caseload;
    const coverage = 5_000_000 / (60424 * 0.9 * 0.3 * perClient);
    const plan = computePlan(areas, { ...a, coverage });
    const planned = plan.totals.specialists * staffCostPerSpecialist(a);
    expect(shown(TEST_IDS.budgetCoverage)).toBe(`${+(coverage * 100).toFixed(2)}%`);
    expect(shown(TEST_IDS.totalEs)).toBe(formatEs(plan.totals.specialists));
    expect(shown(TEST_IDS.budgetPlanned)).toBe(formatPounds(planned));
    const gap = Math.round(planned - 5_000_000);
    expect(shown(TEST_IDS.budgetDifference)).toBe(
      `${formatPounds(Math.abs(gap))} ${gap > 0 ? 'over' : 'under'} the budget`,
    );
  });

  it('says so when the budget buys more than 100%', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await typeBudget(user, '£100,000,000');
    expect(shown(TEST_IDS.budgetCoverage)).toBe('100%');
    expect(screen.getByTestId(TEST_IDS.budgetNote)).toHaveTextContent(/capped at 100%/);
    expect(shown(TEST_IDS.totalEs)).toBe(
      formatEs(computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 1 }).totals.specialists),
    );
  });

  it('refuses a bad amount under the field, names it, and offers nothing to write', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await typeBudget(user, '5,00,000');
    expect(screen.getByTestId(TEST_IDS.budgetInput)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/“5,00,000” has a comma that is not a thousands separator/)).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.actionsBlocked)).toHaveTextContent(
      'Fix Budget a year at full rollout to see the plan.',
    );
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();
    await user.clear(screen.getByTestId(TEST_IDS.budgetInput));
    expect(screen.getByText(/Budget a year at full rollout is needed/)).toBeInTheDocument();
  });
});

describe('what moves the answer', () => {
  it('lists the model’s rows for the current scenario, in its order, with their figures and sources', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(screen.getByTestId(TEST_IDS.coverage50));
    const rows = sensitivity(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 });
    await waitFor(() =>
      expect(
        within(screen.getByTestId(TEST_IDS.sensitivityList)).getAllByTestId(TEST_IDS.sensitivityRow)[0],
      ).toHaveTextContent(`${formatEs(rows[0].specialistsLow)}–${formatEs(rows[0].specialistsHigh)} ES`),
    );
    const items = within(screen.getByTestId(TEST_IDS.sensitivityList)).getAllByTestId(TEST_IDS.sensitivityRow);
    expect(items.map((li) => li.getAttribute('data-assumption'))).toEqual(rows.map((r) => r.assumption));
    expect(rows.map((r) => r.assumption).sort()).toEqual(
      ['caseload', 'costPerEngagement', 'interested', 'intoWorkRate', 'inWork', 'smiContacts'].sort(),
    );
    rows.forEach((r, i) => {
      expect(items[i]).toHaveTextContent(r.label);
      expect(items[i]).toHaveTextContent(`${formatEs(r.specialistsLow)}–${formatEs(r.specialistsHigh)} ES`);
      expect(items[i]).toHaveTextContent(`${formatPounds(r.costPerYearLow)}–${formatPounds(r.costPerYearHigh)} a year`);
      expect(items[i]).toHaveTextContent(
        `${formatWhole(r.jobOutcomesLow)}–${formatWhole(r.jobOutcomesHigh)} jobs a year`,
      );
      expect(within(items[i]).getByRole('button', { name: `Source for ${r.label}` })).toHaveAccessibleDescription(
        `Source: ${r.source}`,
      );
    });
    // The swing it is sorted by is the model's: largest ES swing first.
    const swing = (r: (typeof rows)[number]) => Math.abs(r.specialistsHigh - r.specialistsLow);
    expect(swing(rows[0])).toBeGreaterThanOrEqual(swing(rows[rows.length - 1]));
    // At 50% the interested-in-work range moves the ES more than at 25%: the list follows the scenario.
    expect(items[0]).not.toHaveTextContent(
      `${formatEs(sensitivity(areas, DEFAULT_ASSUMPTIONS)[0].specialistsLow)}–${formatEs(sensitivity(areas, DEFAULT_ASSUMPTIONS)[0].specialistsHigh)} ES`,
    );
  });
});

describe('writing a budget scenario', () => {
  it('downloads the budget-led sheet and, when ticked, the Sensitivity sheet', async () => {
    const writer = jest.fn(async (_blueprint: unknown) => new Uint8Array([1]));
    const save = jest.fn();
    const user = renderApp({ host: createStandaloneHost({ loadWriter: async () => writer, save }) });
    await typeBudget(user, '5,000,000');
    expect(screen.getByTestId(TEST_IDS.sensitivitySheet)).not.toBeChecked(); // off by default
    await user.click(screen.getByTestId(TEST_IDS.sensitivitySheet));
    await user.click(screen.getByTestId(TEST_IDS.downloadWorkbook));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const scenarios = budgetScenarios(areas, DEFAULT_ASSUMPTIONS, [{ amount: 5_000_000, basis: 'engagement' }]);
    expect(scenarios[0].budget).toEqual({ amount: 5_000_000, basis: 'engagement' });
    const base = { ...DEFAULT_ASSUMPTIONS, coverage: scenarios[0].assumptions.coverage };
    const dataSet = SCOTLAND_2018_DATA_SET;
    const expected = buildWorkbook({
      areas,
      base,
      scenarios,
      generated: NOW,
      version: APP_VERSION,
      sensitivity: {},
      dataSet,
    });
    expect(writer).toHaveBeenCalledWith(expected);
    const names = (writer.mock.calls[0][0] as { sheets: { name: string }[] }).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['£5,000,000 budget', 'Sensitivity']));
    expect(save.mock.calls[0][1]).toBe('IPS plan - £5,000,000 budget.xlsx');
  });

  it('leaves the Sensitivity sheet out when not ticked', async () => {
    const writer = jest.fn(async (_blueprint: unknown) => new Uint8Array([1]));
    const user = renderApp({ host: createStandaloneHost({ loadWriter: async () => writer, save: jest.fn() }) });
    await user.click(screen.getByTestId(TEST_IDS.downloadWorkbook));
    await waitFor(() => expect(writer).toHaveBeenCalledTimes(1));
    const names = (writer.mock.calls[0][0] as { sheets: { name: string }[] }).sheets.map((s) => s.name);
    expect(names).toContain('25% coverage');
    expect(names).not.toContain('Sensitivity');
  });
});
