/** @jest-environment jsdom */
/** "Compare 25 / 50 / 100%" with a budget typed: the budget-led scenario is written beside the three. */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { SCOTLAND_2018, SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { budgetScenarios, coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets/workbook';
import { createStandaloneHost } from '../../src/taskpane/host/standaloneHost';
import { APP_VERSION } from '../../src/taskpane/version';
import { fakeExcelHost } from './fakeHost';
import { PANE_TEST_TIMEOUT_MS, paneUser, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

const NOW = new Date('2026-05-01T09:00:00Z');
const areas = SCOTLAND_2018.map((a) => ({ ...a }));
type Host = Parameters<typeof renderPane>[0]['host'];
const renderApp = (host: Host) =>
  renderPane({ host, buildBlueprint: async (input) => buildWorkbook(input), now: () => NOW });

async function typeBudget(user: ReturnType<typeof paneUser>, text: string, basis: 'engagement' | 'staff') {
  await user.click(screen.getByTestId(TEST_IDS.coverageBudget));
  await user.type(screen.getByTestId(TEST_IDS.budgetInput), text);
  await user.selectOptions(screen.getByTestId(TEST_IDS.budgetBasis), basis);
}

/** The workbook a comparison with this budget should be, built here from the model alone. */
function expectedWorkbook(amount: number, basis: 'engagement' | 'staff') {
  const [led] = budgetScenarios(areas, DEFAULT_ASSUMPTIONS, [{ amount, basis }]);
  const base = { ...DEFAULT_ASSUMPTIONS, coverage: led.assumptions.coverage };
  const scenarios = [...coverageScenarios(base, [0.25, 0.5, 1]), led];
  const input = { areas, base, scenarios, generated: NOW, version: APP_VERSION, dataSet: SCOTLAND_2018_DATA_SET };
  return { scenarios, blueprint: buildWorkbook(input) };
}

describe('comparing with a budget typed', () => {
  it('writes four scenarios into Excel: 25%, 50%, 100% and the budget-led one', async () => {
    const host = fakeExcelHost();
    const user = renderApp(host);
    await typeBudget(user, '5,000,000', 'staff');
    const button = screen.getByTestId(TEST_IDS.compareScenarios);
    expect(button).toHaveTextContent('Compare 25 / 50 / 100% and £5,000,000 staff budget');
    await user.click(button);
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const { scenarios, blueprint } = expectedWorkbook(5_000_000, 'staff');
    expect(scenarios.map((s) => s.name)).toEqual([
      '25% coverage',
      '50% coverage',
      '100% coverage',
      '£5,000,000 staff budget',
    ]);
    expect(jest.mocked(host.writeScenarios).mock.calls[0][0]).toEqual(blueprint);
    const written = jest.mocked(host.writeScenarios).mock.calls[0][0].sheets.map((s) => s.name);
    expect(written).toEqual(expect.arrayContaining(scenarios.map((s) => s.name)));
    const notice = await screen.findByTestId(TEST_IDS.notice);
    expect(notice).toHaveTextContent('Wrote 25% coverage, 50% coverage, 100% coverage, £5,000,000 staff budget');
    await waitFor(() =>
      expect(within(screen.getByTestId(TEST_IDS.planSheets)).getByText('£5,000,000 staff budget')).toBeInTheDocument(),
    );
  });

  it('offers the budget-led scenario to the Monitoring sheet, and writes the three alone once the budget goes', async () => {
    const host = fakeExcelHost();
    const user = renderApp(host);
    await typeBudget(user, '2,000,000', 'engagement');
    await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
    const options = within(screen.getByTestId(TEST_IDS.monitoringScenario)).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      '25% coverage',
      '50% coverage',
      '100% coverage',
      '£2,000,000 budget',
    ]);
    await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
    await user.click(screen.getByTestId(TEST_IDS.coverage50));
    expect(screen.getByTestId(TEST_IDS.compareScenarios)).toHaveTextContent(/^Compare 25 \/ 50 \/ 100%$/);
    await user.click(screen.getByTestId(TEST_IDS.compareScenarios));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const written = jest.mocked(host.writeScenarios).mock.calls[0][0].sheets.map((s) => s.name);
    expect(written.filter((n) => /coverage|budget/.test(n))).toEqual(['25% coverage', '50% coverage', '100% coverage']);
  });

  it('downloads the four, named for the budget too, outside Excel', async () => {
    const writer = jest.fn(async (_blueprint: unknown) => new Uint8Array([1]));
    const save = jest.fn();
    const user = renderApp(createStandaloneHost({ loadWriter: async () => writer, save }));
    await typeBudget(user, '5000000', 'engagement');
    await user.click(screen.getByTestId(TEST_IDS.downloadCompare));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(writer).toHaveBeenCalledWith(expectedWorkbook(5_000_000, 'engagement').blueprint);
    expect(save.mock.calls[0][1]).toBe('IPS plan - compare 25, 50, 100% coverage and £5,000,000 budget.xlsx');
  });
});
