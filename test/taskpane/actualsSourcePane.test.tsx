/** @jest-environment jsdom */
/**
 * Actuals brought in from a CSV or the selection in the pane, over the real Office.js writer and reader with the fake Excel:
 * the file's figures go into IPS_Actuals, win over different figures typed in the workbook, never blank one
 * out; a file with a problem shows it with row and column and writes nothing.
 */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import * as excelApi from '../../src/hosts/excel';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { createExcelHost, ExcelRun } from '../../src/taskpane/host/excelHost';
import { buildWorkbook } from '../../src/sheets/workbook';
import { DEFAULT_FIRST_YEAR_LABEL } from '../../src/model/assumptions';
import { createFakeExcel } from '../fake-excel';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS * 2);

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

const HEADER = 'area,year,es_in_post,clients,job_outcomes,sustained_13_weeks';
const csv = (lines: string[]) => new File([[HEADER, ...lines].join('\n')], 'actuals.csv', { type: 'text/csv' });

function paneInFakeExcel(options: Parameters<typeof createFakeExcel>[0] = {}) {
  const fake = createFakeExcel(options);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: fake.supports } },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const user = renderPane({ host: createExcelHost(excelApi, run), buildBlueprint: async (i) => buildWorkbook(i) });
  return { fake, user };
}

/** The IPS_Actuals row of an area and year label: ES, clients, jobs and sustained as typed (null = blank). */
async function actualsRow(fake: ReturnType<typeof createFakeExcel>, area: string, label: string) {
  const range = fake.context.workbook.tables.getItem('IPS_Actuals').getRange().load('values');
  await fake.context.sync();
  const [names, ...rows] = range.values as unknown[][];
  const row = rows.find((r) => r[0] === area && r[1] === label);
  expect(row).toBeDefined();
  const at = (name: string) => {
    const v = row![names.indexOf(name)];
    return v === '' ? null : v;
  };
  return [at('ES actual'), at('Clients actual'), at('Jobs actual'), at('13 wks actual')];
}

test('a CSV of actuals goes into the Monitoring sheet, and over figures typed before, the file wins where it has one', async () => {
  const { fake, user } = paneInFakeExcel();
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
  await user.upload(screen.getByTestId(TEST_IDS.actualsFile), csv([`Fife,${DEFAULT_FIRST_YEAR_LABEL},2,60,25,`]));
  await waitFor(() =>
    expect(screen.getByTestId(TEST_IDS.actualsReport)).toHaveTextContent(
      'actuals.csv: 1 area-year, 3 reported figures',
    ),
  );
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('success'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Brought in 3 reported figures from actuals.csv.');
  expect(await actualsRow(fake, 'Fife', DEFAULT_FIRST_YEAR_LABEL)).toEqual([2, 60, 25, null]);

  // A second file: a new ES figure, a blank for clients (the 60 stays), a first figure for sustained.
  await user.click(screen.getByTestId(TEST_IDS.actualsRemove));
  await user.upload(screen.getByTestId(TEST_IDS.actualsFile), csv([`Fife,1,3,,25,11`]));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.actualsReport)).toHaveTextContent('3 reported figures'));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Brought in'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent(
    'Brought in 3 reported figures from actuals.csv; 1 of them replaced a different figure in the workbook.',
  );
  expect(await actualsRow(fake, 'Fife', DEFAULT_FIRST_YEAR_LABEL)).toEqual([3, 60, 25, 11]);
});

test('a CSV of actuals with a problem names its row and column, and nothing is written', async () => {
  const { fake, user } = paneInFakeExcel();
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
  await user.upload(screen.getByTestId(TEST_IDS.actualsFile), csv([`Fife,1,2,60,25,`, `Atlantis,1,1,10,5,`]));
  const report = await screen.findByTestId(TEST_IDS.actualsReport);
  await waitFor(() => expect(report).toHaveTextContent('1 problem in actuals.csv'));
  expect(report).toHaveTextContent(/actuals\.csv row 3, column area: "Atlantis" is not an area of the plan/);

  const before = fake.sheetNames();
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('error'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent(
    /actuals\.csv row 3, column area: "Atlantis" is not an area of the plan/,
  );
  expect(fake.sheetNames()).toEqual(before);
});

test('actuals from the selected cells go in too; a bad cell is named by its address and nothing is written', async () => {
  const label = DEFAULT_FIRST_YEAR_LABEL;
  const cells = [HEADER.split(','), ['Fife', label, 4, 90, 40, null], ['Highland', 1, 2, 'many', 10, null]];
  const { fake, user } = paneInFakeExcel({
    sheets: [{ name: 'Reported', cells, at: 'B2' }],
    selection: 'Reported!B2:G4',
  });
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
  await user.click(screen.getByTestId(TEST_IDS.actualsSelection));
  const report = screen.getByTestId(TEST_IDS.actualsReport);
  await waitFor(() => expect(report).toHaveTextContent('1 problem in the selection'));
  expect(report).toHaveTextContent(/Reported!E4 \(row 4, column E\): "many" /);
  const before = fake.sheetNames();
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('error'));
  expect(fake.sheetNames()).toEqual(before);

  // Fixed in the sheet, read again: the figures go into IPS_Actuals.
  const sheet = fake.context.workbook.worksheets.getItem('Reported');
  sheet.getRange('E4').values = [[25]];
  await fake.context.sync();
  await user.click(screen.getByTestId(TEST_IDS.actualsSelection));
  await waitFor(() => expect(report).toHaveTextContent('From the selection: 2 area-years, 6 reported figures'));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('success'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Brought in 6 reported figures from the selection.');
  expect(await actualsRow(fake, 'Fife', label)).toEqual([4, 90, 40, null]);
  expect(await actualsRow(fake, 'Highland', label)).toEqual([2, 25, 10, null]);
});
