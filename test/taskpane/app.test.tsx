/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { AppProps, COMPARE_COVERAGES } from '../../src/taskpane/App';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { SCOTLAND_2018, SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets/workbook';
import { formatEs, formatPounds, formatWhole } from '../../src/taskpane/shared/format';
import { createStandaloneHost } from '../../src/taskpane/host/standaloneHost';
import { APP_VERSION } from '../../src/taskpane/version';
import { AreasRead, describeProblem } from '../../src/parse/areasTable';
import { readAreasCsv } from '../../src/parse/csv';
import { fakeExcelHost } from './fakeHost';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

const NOW = new Date('2026-05-01T09:00:00Z');
const areas = SCOTLAND_2018.map((a) => ({ ...a }));
const syncBuild: AppProps['buildBlueprint'] = async (input) => buildWorkbook(input);

const renderApp = (props: AppProps) => renderPane({ buildBlueprint: syncBuild, now: () => NOW, ...props });

const total = (id: string) => screen.getByTestId(id).textContent;
/** Role queries scoped to the list of sheets: across the whole pane they take seconds in jsdom. */
const inList = () => within(screen.getByTestId(TEST_IDS.planSheets));

describe('preview', () => {
  it('shows the review’s figures by default: 104 ES and 16,314 eligible', async () => {
    renderApp({ host: fakeExcelHost() });
    expect(total(TEST_IDS.totalEs)).toBe('104');
    expect(total(TEST_IDS.totalEligible)).toBe('16,314');
    expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent('Read 14 areas, 60,424 SMI contacts');
    const plan = computePlan(areas, DEFAULT_ASSUMPTIONS);
    expect(total(TEST_IDS.totalCostYear)).toBe(formatPounds(plan.totals.totalCostPerYear));
    expect(total(TEST_IDS.totalJobOutcomes)).toBe(formatWhole(plan.totals.jobOutcomesPerYear));
    expect(within(screen.getByTestId(TEST_IDS.previewTable)).getAllByRole('row')).toHaveLength(1 + 14 + 1);
    await waitFor(() => expect(screen.getByTestId(TEST_IDS.createScenario)).toBeEnabled());
  });

  it('updates the totals when coverage changes to 50%', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(within(screen.getByTestId(TEST_IDS.coverage)).getByRole('radio', { name: /50%/ }));
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 });
    expect(total(TEST_IDS.totalEs)).toBe(formatEs(plan.totals.specialists));
    expect(total(TEST_IDS.totalClients)).toBe(formatWhole(plan.totals.clientsPerYear));
    expect(total(TEST_IDS.totalCostYear)).toBe(formatPounds(plan.totals.totalCostPerYear));
    expect(total(TEST_IDS.totalEs)).not.toBe('104');
  });

  it('takes a custom coverage and cost per engagement', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(screen.getByTestId(TEST_IDS.coverageCustom));
    await user.clear(screen.getByTestId(TEST_IDS.coverageCustomInput));
    await user.type(screen.getByTestId(TEST_IDS.coverageCustomInput), '40');
    await user.click(screen.getByTestId(TEST_IDS.costCustom));
    await user.clear(screen.getByTestId(TEST_IDS.costCustomInput));
    await user.type(screen.getByTestId(TEST_IDS.costCustomInput), '1,750');
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 0.4, costPerEngagement: 1750 });
    expect(total(TEST_IDS.totalEs)).toBe(formatEs(plan.totals.specialists));
    expect(total(TEST_IDS.totalCostYear)).toBe(formatPounds(plan.totals.totalCostPerYear));
  });

  it('shows a validation message for bad input and offers nothing to write', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    const inWork = screen.getByTestId(TEST_IDS.field('inWork'));
    await user.clear(inWork);
    await user.type(inWork, '120');
    expect(screen.getByText(/Enter a percentage from 0 to 100%/)).toBeInTheDocument();
    expect(inWork).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId(TEST_IDS.totalEs)).toBeNull();
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();
    await user.clear(inWork);
    await user.type(inWork, '10');
    expect(total(TEST_IDS.totalEs)).toBe('104');
  });

  it('a bad value in the Advanced section opens it, and names the field even when it is closed again', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    const salary = screen.getByTestId(TEST_IDS.field('esSalary'));
    expect(salary).not.toBeVisible();
    expect(screen.queryByTestId(TEST_IDS.advancedErrors)).toBeNull();
    // A value can land in the closed section unseen (typed by a tool, or kept from before).
    await user.clear(salary);
    await user.type(salary, 'abc');
    expect(salary).toBeVisible();
    expect(salary).toHaveAttribute('aria-invalid', 'true');

    // The user closes the section: the preview and the actions still say what to fix, and where.
    await user.click(screen.getByTestId(TEST_IDS.advancedToggle));
    expect(salary).not.toBeVisible();
    expect(screen.getByTestId(TEST_IDS.advancedErrors)).toBeVisible();
    expect(screen.getByTestId(TEST_IDS.advancedErrors)).toHaveTextContent('to fix: ES salary (Band 5)');
    expect(screen.getByTestId(TEST_IDS.previewUnavailable)).toHaveTextContent(
      'Fix ES salary (Band 5) (under Advanced) to see the plan.',
    );
    expect(screen.getByTestId(TEST_IDS.actionsBlocked)).toHaveTextContent('ES salary (Band 5) (under Advanced)');
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();

    await user.click(screen.getByTestId(TEST_IDS.advancedToggle));
    await user.clear(salary);
    await user.type(salary, '33437');
    expect(screen.queryByTestId(TEST_IDS.advancedErrors)).toBeNull();
    expect(total(TEST_IDS.totalEs)).toBe('104');
  });

  it('reads “12,5” in a percentage field as 12.5% and says so', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    const inWork = screen.getByTestId(TEST_IDS.field('inWork'));
    await user.clear(inWork);
    await user.type(inWork, '12,5');
    expect(screen.getByText('Read “12,5” as 12.5: the comma is taken as a decimal point.')).toBeInTheDocument();
    expect(inWork).not.toHaveAttribute('aria-invalid', 'true');
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, inWork: 0.125 });
    expect(total(TEST_IDS.totalEligible)).toBe(formatWhole(plan.totals.eligible));
    expect(total(TEST_IDS.totalEligible)).not.toBe('16,314');
  });

  it('refuses a comma that is not a thousands separator in an amount, saying why', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(screen.getByTestId(TEST_IDS.costCustom));
    const cost = screen.getByTestId(TEST_IDS.costCustomInput);
    await user.clear(cost);
    await user.type(cost, '2,05');
    expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/“2,05” has a comma that is not a thousands separator: type 2\.05/)).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.actionsBlocked)).toHaveTextContent('Fix Cost per engagement to see the plan.');
  });

  it('keeps staff costs in a collapsed advanced section', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    expect(screen.getByTestId(TEST_IDS.field('esSalary'))).not.toBeVisible();
    await user.click(screen.getByText(/Advanced: staff costs/));
    expect(screen.getByTestId(TEST_IDS.field('esSalary'))).toBeVisible();
    expect(screen.getByTestId(TEST_IDS.field('esSalary'))).toHaveValue('33437');
  });
});

describe('figures', () => {
  const badSelection: AreasRead = {
    areas: [],
    columns: {},
    problems: [
      {
        sheet: 'Sheet1',
        row: 3,
        column: 'B',
        address: 'Sheet1!B3',
        value: '-5',
        message: 'is negative: SMI contacts must be 0 or more',
      },
      {
        sheet: 'Sheet1',
        row: 4,
        column: 'A',
        address: 'Sheet1!A4',
        value: '',
        message: 'is blank: every area needs a name',
      },
    ],
  };

  it('shows every problem of a bad selection with its cell, and writes nothing', async () => {
    const host = fakeExcelHost({ readSelection: jest.fn(async () => badSelection) });
    const user = renderApp({ host });
    await user.click(screen.getByTestId(TEST_IDS.figuresSelection));
    await user.click(screen.getByTestId(TEST_IDS.readSelection));
    const problems = await screen.findByTestId(TEST_IDS.figuresProblems);
    expect(problems).toHaveTextContent('2 problems');
    expect(problems).toHaveTextContent('Sheet1!B3 (row 3, column B): -5 is negative');
    expect(problems).toHaveTextContent('Sheet1!A4 (row 4, column A): is blank');
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled();
    expect(screen.getByTestId(TEST_IDS.compareScenarios)).toBeDisabled();
    await user.click(screen.getByTestId(TEST_IDS.createScenario)).catch(() => undefined);
    expect(host.writeScenarios).not.toHaveBeenCalled();
  });

  it('plans with the areas of a good selection', async () => {
    const read: AreasRead = {
      areas: [
        { name: 'North', smiContacts: 1000 },
        { name: 'South', smiContacts: 3000 },
      ],
      problems: [],
      columns: {},
    };
    const host = fakeExcelHost({ readSelection: jest.fn(async () => read) });
    const user = renderApp({ host });
    await user.click(screen.getByTestId(TEST_IDS.figuresSelection));
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeDisabled(); // nothing read yet
    await user.click(screen.getByTestId(TEST_IDS.readSelection));
    await waitFor(() =>
      expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent('Read 2 areas, 4,000 SMI contacts'),
    );
    expect(total(TEST_IDS.totalEs)).toBe(formatEs(computePlan(read.areas, DEFAULT_ASSUMPTIONS).totals.specialists));
  });

  it('reads a table chosen from the workbook’s tables', async () => {
    const read: AreasRead = { areas: [{ name: 'Only', smiContacts: 500 }], problems: [], columns: {} };
    const host = fakeExcelHost({
      listTables: jest.fn(async () => ['Boards', 'Other']),
      readTable: jest.fn(async () => read),
    });
    const user = renderApp({ host });
    await user.click(screen.getByTestId(TEST_IDS.figuresTable));
    await waitFor(() => expect(screen.getByTestId(TEST_IDS.tableName)).toHaveValue('Boards'));
    await user.selectOptions(screen.getByTestId(TEST_IDS.tableName), 'Other');
    await user.click(screen.getByTestId(TEST_IDS.readTable));
    await waitFor(() => expect(host.readTable).toHaveBeenCalledWith('Other'));
    await waitFor(() =>
      expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent('Read 1 area, 500 SMI contacts'),
    );
  });

  it('reports a bad CSV file row by row', async () => {
    const user = renderApp({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
    await user.click(screen.getByTestId(TEST_IDS.figuresCsv));
    const csv = 'board,smi_contacts\nNorth,abc\nSouth,-3\n';
    await user.upload(screen.getByTestId(TEST_IDS.csvFile), new File([csv], 'boards.csv', { type: 'text/csv' }));
    const problems = await screen.findByTestId(TEST_IDS.figuresProblems);
    const expected = readAreasCsv(csv).problems;
    expect(expected).toHaveLength(2);
    for (const p of expected) expect(problems).toHaveTextContent(describeProblem(p));
    expect(problems).toHaveTextContent('row 2, column smi_contacts');
    expect(screen.getByTestId(TEST_IDS.downloadWorkbook)).toBeDisabled();
  });

  it('plans with a good CSV file', async () => {
    const user = renderApp({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
    await user.click(screen.getByTestId(TEST_IDS.figuresCsv));
    await user.upload(
      screen.getByTestId(TEST_IDS.csvFile),
      new File(['board,smi_contacts\nNorth,"3,000"\nSouth,200\n'], 'boards.csv'),
    );
    await waitFor(() =>
      expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent(
        'Read 2 areas, 3,200 SMI contacts, from boards.csv',
      ),
    );
  });
});

describe('writing into Excel', () => {
  it('creates one scenario sheet at the chosen coverage, with the blueprint of the sheet builder', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    await user.click(within(screen.getByTestId(TEST_IDS.coverage)).getByRole('radio', { name: /50%/ }));
    await user.click(screen.getByTestId(TEST_IDS.createScenario));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const base = { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 };
    const expected = buildWorkbook({
      areas,
      base,
      scenarios: coverageScenarios(base, [0.5]),
      generated: NOW,
      version: APP_VERSION,
      dataSet: SCOTLAND_2018_DATA_SET,
    });
    expect(jest.mocked(host.writeScenarios).mock.calls[0][0]).toEqual(expected);
    expect(await screen.findByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'success');
    // the list shows what was written
    await waitFor(() =>
      expect(within(screen.getByTestId(TEST_IDS.planSheets)).getByText('50% coverage')).toBeInTheDocument(),
    );
  });

  it('compares 25, 50 and 100% in one write', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    await user.click(screen.getByTestId(TEST_IDS.compareScenarios));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, COMPARE_COVERAGES);
    const expected = buildWorkbook({
      areas,
      base: DEFAULT_ASSUMPTIONS,
      scenarios,
      generated: NOW,
      version: APP_VERSION,
      dataSet: SCOTLAND_2018_DATA_SET,
    });
    expect(jest.mocked(host.writeScenarios).mock.calls[0][0]).toEqual(expected);
    expect(scenarios.map((s) => s.name)).toEqual(['25% coverage', '50% coverage', '100% coverage']);
  });

  it('shows an Excel error in plain words, with where it happened', async () => {
    const officeError = Object.assign(new Error('The request payload size has exceeded the limit.'), {
      code: 'RequestPayloadSizeLimitExceeded',
      debugInfo: { errorLocation: 'Range.values' },
    });
    const host = fakeExcelHost({ writeScenarios: jest.fn(async () => Promise.reject(officeError)) });
    const user = renderApp({ host });
    await user.click(screen.getByTestId(TEST_IDS.createScenario));
    const notice = await screen.findByTestId(TEST_IDS.notice);
    expect(notice).toHaveAttribute('data-intent', 'error');
    expect(notice).toHaveTextContent('Could not write the plan into the workbook');
    expect(notice).toHaveTextContent(
      'The request payload size has exceeded the limit. (Excel: RequestPayloadSizeLimitExceeded at Range.values)',
    );
    expect(screen.getByTestId(TEST_IDS.createScenario)).toBeEnabled();
  });

  it('lists, refreshes and deletes the planner’s sheets', async () => {
    let listed = [{ name: 'Inputs' }, { name: '25% coverage' }];
    const host = fakeExcelHost({
      listPlanSheets: jest.fn(async () => listed),
      deletePlanSheet: jest.fn(async (name: string) => {
        listed = listed.filter((s) => s.name !== name);
      }),
    });
    const user = renderApp({ host });
    const list = await screen.findByTestId(TEST_IDS.planSheets);
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    listed = [...listed, { name: 'Summary' }];
    await user.click(screen.getByTestId(TEST_IDS.refreshSheets));
    await waitFor(() =>
      expect(within(screen.getByTestId(TEST_IDS.planSheets)).getAllByRole('listitem')).toHaveLength(3),
    );

    await user.click(inList().getByRole('button', { name: 'Delete sheet 25% coverage' }));
    expect(host.deletePlanSheet).not.toHaveBeenCalled(); // asks first
    await user.click(inList().getByRole('button', { name: 'Confirm: delete sheet 25% coverage' }));
    await waitFor(() => expect(host.deletePlanSheet).toHaveBeenCalledWith('25% coverage'));
    await waitFor(() => expect(screen.queryByText('25% coverage')).toBeNull());
  });
});

describe('standalone', () => {
  it('offers downloads instead of writing, and saves the .xlsx from the lazy writer', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const writer = jest.fn(async () => bytes);
    const loadWriter = jest.fn(async () => writer);
    const save = jest.fn();
    const user = renderApp({ host: createStandaloneHost({ loadWriter, save }), startNote: 'Office.js did not load' });
    expect(screen.queryByTestId(TEST_IDS.createScenario)).toBeNull();
    expect(screen.queryByTestId(TEST_IDS.figuresSelection)).toBeNull();
    expect(screen.getByTestId(TEST_IDS.root)).toHaveAttribute('data-host', 'standalone');
    expect(loadWriter).not.toHaveBeenCalled(); // ExcelJS loads only when asked for

    await user.click(screen.getByTestId(TEST_IDS.downloadWorkbook));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const expected = buildWorkbook({
      areas,
      base: DEFAULT_ASSUMPTIONS,
      scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]),
      generated: NOW,
      version: APP_VERSION,
      dataSet: SCOTLAND_2018_DATA_SET,
    });
    expect(writer).toHaveBeenCalledWith(expected);
    const [blob, fileName] = save.mock.calls[0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fileName).toBe('IPS plan - 25% coverage.xlsx');
    expect(await screen.findByTestId(TEST_IDS.notice)).toHaveTextContent('Downloaded IPS plan - 25% coverage.xlsx');
  });

  it('downloads the 25 / 50 / 100% comparison', async () => {
    const writer = jest.fn(async () => new Uint8Array([1]));
    const save = jest.fn();
    const user = renderApp({ host: createStandaloneHost({ loadWriter: async () => writer, save }) });
    await user.click(screen.getByTestId(TEST_IDS.downloadCompare));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const blueprint = (writer.mock.calls[0] as unknown[])[0] as { sheets: { name: string }[] };
    expect(blueprint.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['25% coverage', '50% coverage', '100% coverage']),
    );
  });
});
