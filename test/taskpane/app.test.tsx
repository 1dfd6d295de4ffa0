/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, AppProps, COMPARE_COVERAGES } from '../../src/taskpane/App';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets/workbook';
import { formatEs, formatPounds, formatWhole } from '../../src/taskpane/format';
import { createStandaloneHost } from '../../src/taskpane/standaloneHost';
import { APP_VERSION } from '../../src/taskpane/version';
import { AreasRead, describeProblem } from '../../src/parse/areasTable';
import { readAreasCsv } from '../../src/parse/csv';
import { fakeExcelHost } from './fakeHost';

const NOW = new Date('2026-05-01T09:00:00Z');
const areas = SCOTLAND_2018.map((a) => ({ ...a }));
const syncBuild: AppProps['buildBlueprint'] = async (input) => buildWorkbook(input);

function renderApp(props: AppProps) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App buildBlueprint={syncBuild} now={() => NOW} {...props} />
    </FluentProvider>,
  );
  return user;
}

const total = (id: string) => screen.getByTestId(id).textContent;

describe('preview', () => {
  it('shows the review’s figures by default: 104 ES and 16,314 eligible', async () => {
    renderApp({ host: fakeExcelHost() });
    expect(total('total-es')).toBe('104');
    expect(total('total-eligible')).toBe('16,314');
    expect(screen.getByTestId('figures-status')).toHaveTextContent('Read 14 areas, 60,424 SMI contacts');
    const plan = computePlan(areas, DEFAULT_ASSUMPTIONS);
    expect(total('total-cost-year')).toBe(formatPounds(plan.totals.totalCostPerYear));
    expect(total('total-job-outcomes')).toBe(formatWhole(plan.totals.jobOutcomesPerYear));
    expect(within(screen.getByTestId('preview-table')).getAllByRole('row')).toHaveLength(1 + 14 + 1);
    await waitFor(() => expect(screen.getByTestId('create-scenario')).toBeEnabled());
  });

  it('updates the totals when coverage changes to 50%', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(screen.getByRole('radio', { name: /50%/ }));
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 });
    expect(total('total-es')).toBe(formatEs(plan.totals.specialists));
    expect(total('total-clients')).toBe(formatWhole(plan.totals.clientsPerYear));
    expect(total('total-cost-year')).toBe(formatPounds(plan.totals.totalCostPerYear));
    expect(total('total-es')).not.toBe('104');
  });

  it('takes a custom coverage and cost per engagement', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    await user.click(screen.getByTestId('coverage-custom'));
    await user.clear(screen.getByTestId('coverage-custom-input'));
    await user.type(screen.getByTestId('coverage-custom-input'), '40');
    await user.click(screen.getByTestId('cost-custom'));
    await user.clear(screen.getByTestId('cost-custom-input'));
    await user.type(screen.getByTestId('cost-custom-input'), '1,750');
    const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, coverage: 0.4, costPerEngagement: 1750 });
    expect(total('total-es')).toBe(formatEs(plan.totals.specialists));
    expect(total('total-cost-year')).toBe(formatPounds(plan.totals.totalCostPerYear));
  });

  it('shows a validation message for bad input and offers nothing to write', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    const inWork = screen.getByTestId('field-inWork');
    await user.clear(inWork);
    await user.type(inWork, '120');
    expect(screen.getByText(/Enter a percentage from 0 to 100%/)).toBeInTheDocument();
    expect(inWork).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('total-es')).toBeNull();
    expect(screen.getByTestId('create-scenario')).toBeDisabled();
    await user.clear(inWork);
    await user.type(inWork, '10');
    expect(total('total-es')).toBe('104');
  });

  it('keeps staff costs in a collapsed advanced section', async () => {
    const user = renderApp({ host: fakeExcelHost() });
    expect(screen.getByTestId('field-esSalary')).not.toBeVisible();
    await user.click(screen.getByText(/Advanced: staff costs/));
    expect(screen.getByTestId('field-esSalary')).toBeVisible();
    expect(screen.getByTestId('field-esSalary')).toHaveValue('33437');
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
    await user.click(screen.getByTestId('figures-selection'));
    await user.click(screen.getByTestId('read-selection'));
    const problems = await screen.findByTestId('figures-problems');
    expect(problems).toHaveTextContent('2 problems');
    expect(problems).toHaveTextContent('Sheet1!B3 (row 3, column B): -5 is negative');
    expect(problems).toHaveTextContent('Sheet1!A4 (row 4, column A): is blank');
    expect(screen.getByTestId('create-scenario')).toBeDisabled();
    expect(screen.getByTestId('compare-scenarios')).toBeDisabled();
    await user.click(screen.getByTestId('create-scenario')).catch(() => undefined);
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
    await user.click(screen.getByTestId('figures-selection'));
    expect(screen.getByTestId('create-scenario')).toBeDisabled(); // nothing read yet
    await user.click(screen.getByTestId('read-selection'));
    await waitFor(() =>
      expect(screen.getByTestId('figures-status')).toHaveTextContent('Read 2 areas, 4,000 SMI contacts'),
    );
    expect(total('total-es')).toBe(formatEs(computePlan(read.areas, DEFAULT_ASSUMPTIONS).totals.specialists));
  });

  it('reads a table chosen from the workbook’s tables', async () => {
    const read: AreasRead = { areas: [{ name: 'Only', smiContacts: 500 }], problems: [], columns: {} };
    const host = fakeExcelHost({
      listTables: jest.fn(async () => ['Boards', 'Other']),
      readTable: jest.fn(async () => read),
    });
    const user = renderApp({ host });
    await user.click(screen.getByTestId('figures-table'));
    await waitFor(() => expect(screen.getByTestId('table-name')).toHaveValue('Boards'));
    await user.selectOptions(screen.getByTestId('table-name'), 'Other');
    await user.click(screen.getByTestId('read-table'));
    await waitFor(() => expect(host.readTable).toHaveBeenCalledWith('Other'));
    await waitFor(() =>
      expect(screen.getByTestId('figures-status')).toHaveTextContent('Read 1 area, 500 SMI contacts'),
    );
  });

  it('reports a bad CSV file row by row', async () => {
    const user = renderApp({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
    await user.click(screen.getByTestId('figures-csv'));
    const csv = 'board,smi_contacts\nNorth,abc\nSouth,-3\n';
    await user.upload(screen.getByTestId('csv-file'), new File([csv], 'boards.csv', { type: 'text/csv' }));
    const problems = await screen.findByTestId('figures-problems');
    const expected = readAreasCsv(csv).problems;
    expect(expected).toHaveLength(2);
    for (const p of expected) expect(problems).toHaveTextContent(describeProblem(p));
    expect(problems).toHaveTextContent('row 2, column smi_contacts');
    expect(screen.getByTestId('download-workbook')).toBeDisabled();
  });

  it('plans with a good CSV file', async () => {
    const user = renderApp({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
    await user.click(screen.getByTestId('figures-csv'));
    await user.upload(
      screen.getByTestId('csv-file'),
      new File(['board,smi_contacts\nNorth,"3,000"\nSouth,200\n'], 'boards.csv'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('figures-status')).toHaveTextContent(
        'Read 2 areas, 3,200 SMI contacts, from boards.csv',
      ),
    );
  });
});

describe('writing into Excel', () => {
  it('creates one scenario sheet at the chosen coverage, with the blueprint of the sheet builder', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    await user.click(screen.getByRole('radio', { name: /50%/ }));
    await user.click(screen.getByTestId('create-scenario'));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const base = { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 };
    const expected = buildWorkbook({
      areas,
      base,
      scenarios: coverageScenarios(base, [0.5]),
      generated: NOW,
      version: APP_VERSION,
    });
    expect(jest.mocked(host.writeScenarios).mock.calls[0][0]).toEqual(expected);
    expect(await screen.findByTestId('notice')).toHaveAttribute('data-intent', 'success');
    // the list shows what was written
    await waitFor(() =>
      expect(within(screen.getByTestId('plan-sheets')).getByText('50% coverage')).toBeInTheDocument(),
    );
  });

  it('compares 25, 50 and 100% in one write', async () => {
    const host = fakeExcelHost();
    const user = renderApp({ host });
    await user.click(screen.getByTestId('compare-scenarios'));
    await waitFor(() => expect(host.writeScenarios).toHaveBeenCalledTimes(1));
    const scenarios = coverageScenarios(DEFAULT_ASSUMPTIONS, COMPARE_COVERAGES);
    const expected = buildWorkbook({
      areas,
      base: DEFAULT_ASSUMPTIONS,
      scenarios,
      generated: NOW,
      version: APP_VERSION,
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
    await user.click(screen.getByTestId('create-scenario'));
    const notice = await screen.findByTestId('notice');
    expect(notice).toHaveAttribute('data-intent', 'error');
    expect(notice).toHaveTextContent('Could not write the plan into the workbook');
    expect(notice).toHaveTextContent(
      'The request payload size has exceeded the limit. (Excel: RequestPayloadSizeLimitExceeded at Range.values)',
    );
    expect(screen.getByTestId('create-scenario')).toBeEnabled();
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
    const list = await screen.findByTestId('plan-sheets');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    listed = [...listed, { name: 'Summary' }];
    await user.click(screen.getByTestId('refresh-sheets'));
    await waitFor(() => expect(within(screen.getByTestId('plan-sheets')).getAllByRole('listitem')).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: 'Delete sheet 25% coverage' }));
    expect(host.deletePlanSheet).not.toHaveBeenCalled(); // asks first
    await user.click(screen.getByRole('button', { name: 'Confirm: delete sheet 25% coverage' }));
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
    expect(screen.queryByTestId('create-scenario')).toBeNull();
    expect(screen.queryByTestId('figures-selection')).toBeNull();
    expect(screen.getByTestId('ips-planner')).toHaveAttribute('data-host', 'standalone');
    expect(loadWriter).not.toHaveBeenCalled(); // ExcelJS loads only when asked for

    await user.click(screen.getByTestId('download-workbook'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const expected = buildWorkbook({
      areas,
      base: DEFAULT_ASSUMPTIONS,
      scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]),
      generated: NOW,
      version: APP_VERSION,
    });
    expect(writer).toHaveBeenCalledWith(expected);
    const [blob, fileName] = save.mock.calls[0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fileName).toBe('IPS plan - 25% coverage.xlsx');
    expect(await screen.findByTestId('notice')).toHaveTextContent('Downloaded IPS plan - 25% coverage.xlsx');
  });

  it('downloads the 25 / 50 / 100% comparison', async () => {
    const writer = jest.fn(async () => new Uint8Array([1]));
    const save = jest.fn();
    const user = renderApp({ host: createStandaloneHost({ loadWriter: async () => writer, save }) });
    await user.click(screen.getByTestId('download-compare'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const blueprint = (writer.mock.calls[0] as unknown[])[0] as { sheets: { name: string }[] };
    expect(blueprint.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['25% coverage', '50% coverage', '100% coverage']),
    );
  });
});
