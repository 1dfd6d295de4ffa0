/** @jest-environment jsdom */
/**
 * The pane over the real Office.js writer and reader (src/hosts/excel) through excelHost.ts, with
 * the recording fake Excel behind Excel.run: the adapter's assumptions about that API hold.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import * as excelApi from '../../src/hosts/excel';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { createExcelHost, ExcelRun } from '../../src/taskpane/host/excelHost';
import { buildWorkbook } from '../../src/sheets/workbook';
import { budgetLayout } from '../support/scotlandLayout';
import { createFakeExcel, FakeExcelOptions } from '../fake-excel';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

function setUp(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  // The writer feature-detects requirement sets through Office, as it does in Excel.
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: fake.supports } },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const host = createExcelHost(excelApi, run);
  const user = renderPane({ host, buildBlueprint: async (input) => buildWorkbook(input) });
  return { fake, user };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test('compare writes three scenario sheets and a summary, lists them, and deletes one', async () => {
  const { user } = setUp();
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.compareScenarios));
  const notice = await screen.findByTestId(TEST_IDS.notice);
  expect(notice).toHaveAttribute('data-intent', 'success');
  const list = await screen.findByTestId(TEST_IDS.planSheets);
  await waitFor(() => expect(within(list).getByText('100% coverage')).toBeInTheDocument());
  for (const name of ['25% coverage', '50% coverage', 'Summary', 'Inputs'])
    expect(within(list).getByText(name)).toBeInTheDocument();

  // Role queries scoped to the list: across the whole pane they take seconds in jsdom.
  await user.click(within(list).getByRole('button', { name: 'Delete sheet 50% coverage' }));
  await user.click(within(list).getByRole('button', { name: 'Confirm: delete sheet 50% coverage' }));
  await waitFor(() => expect(within(screen.getByTestId(TEST_IDS.planSheets)).queryByText('50% coverage')).toBeNull());
});

test('a bad selection shows located problems and writes nothing', async () => {
  const { fake, user } = setUp({
    sheets: [
      {
        name: 'Boards',
        cells: [
          ['Board', 'SMI contacts'],
          ['Fife', '3,654'],
          ['Tayside', -5],
          ['', 100],
        ],
      },
    ],
    selection: 'Boards!A1:B4',
  });
  await user.click(screen.getByTestId(TEST_IDS.figuresSelection));
  const before = fake.syncCount;
  await user.click(screen.getByTestId(TEST_IDS.readSelection));
  const problems = await screen.findByTestId(TEST_IDS.figuresProblems);
  expect(problems).toHaveTextContent('Boards!B3');
  expect(problems).toHaveTextContent('Boards!A4');
  expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();
  expect(fake.syncCount).toBeGreaterThan(before); // it did read
  expect(within(screen.getByTestId(TEST_IDS.root)).queryByTestId(TEST_IDS.planSheets)).toBeNull(); // and wrote nothing
});

test('a budget writes its budget-led sheet, and the Sensitivity sheet when ticked', async () => {
  const { fake, user } = setUp();
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.coverageBudget));
  await user.type(screen.getByTestId(TEST_IDS.budgetInput), '5,000,000');
  await user.click(screen.getByTestId(TEST_IDS.sensitivitySheet));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  const notice = await screen.findByTestId(TEST_IDS.notice);
  expect(notice).toHaveAttribute('data-intent', 'success');
  expect(notice).toHaveTextContent('Wrote £5,000,000 budget');
  const list = await screen.findByTestId(TEST_IDS.planSheets);
  await waitFor(() => expect(within(list).getByText('£5,000,000 budget')).toBeInTheDocument());
  expect(within(list).getByText('Sensitivity')).toBeInTheDocument();
  // The budget is an input cell of the sheet in Excel, and the coverage a formula of it.
  const { index } = budgetLayout({ sensitivity: {} });
  const [scenario] = index.scenarios;
  const a1 = (p: { row: number; col: number }) => `'${scenario.sheet}'!${String.fromCharCode(65 + p.col)}${p.row + 1}`;
  expect(fake.cell(a1(scenario.budget!)).value).toBe(5_000_000);
  expect(fake.cell(a1(scenario.assumptions.coverage)).formula).toMatch(/^=/);
  expect(fake.sheet(index.sensitivity!.sheet)).toBeDefined();

  // Written again (another scenario, still ticked): the Sensitivity sheet is replaced, not refused.
  await user.click(screen.getByTestId(TEST_IDS.coverage50));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Wrote 50% coverage'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'success');
  expect(fake.sheetNames().filter((n) => n === 'Sensitivity')).toHaveLength(1);
});

test('re-creating over a plan sheet the user typed into asks first: keep the changes, or replace them', async () => {
  const { fake, user } = setUp();
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  expect((await screen.findByTestId(TEST_IDS.notice)).dataset.intent).toBe('success');
  // The planner types a note into the scenario sheet.
  fake.context.workbook.worksheets.getItem('25% coverage').getRange('P3').values = [['my note']];
  await fake.context.sync();

  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('warning'));
  expect(screen.getByTestId(TEST_IDS.notice).textContent).toMatch(/25% coverage.*P3/);
  expect(fake.cell("'25% coverage'!P3").value).toBe('my note');

  await user.click(screen.getByTestId(TEST_IDS.keepEdits));
  expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('info');
  expect(screen.queryByTestId(TEST_IDS.replaceQuestion)).toBeNull();
  expect(fake.cell("'25% coverage'!P3").value).toBe('my note');

  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await user.click(await screen.findByTestId(TEST_IDS.replaceAnyway));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('success'));
  expect(fake.cell("'25% coverage'!P3").value ?? '').toBe('');
});
