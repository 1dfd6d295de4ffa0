/** @jest-environment jsdom */
/**
 * Plan against actuals in the pane, over the real Office.js writer and reader with the fake Excel: the
 * Monitoring checkbox, progress lines once actuals are typed, and a rewrite that carries them over (even
 * with the box unticked: a workbook holding actuals keeps its Monitoring sheet).
 */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import * as excelApi from '../../src/hosts/excel';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { createExcelHost, ExcelRun } from '../../src/taskpane/host/excelHost';
import { buildWorkbook } from '../../src/sheets/workbook';
import { createFakeExcel } from '../fake-excel';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS * 2);

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

/** Types ES, clients and job outcomes into the first row of IPS_Actuals; returns that row's area and year. */
async function typeActuals(fake: ReturnType<typeof createFakeExcel>, figures: number[]) {
  const table = fake.state.tables.find((t) => t.name === 'IPS_Actuals')!;
  const sheet = fake.context.workbook.worksheets.getItem('Monitoring');
  const header = sheet.getRangeByIndexes(table.rect.row, table.rect.col, 2, table.rect.cols).load('values');
  await fake.context.sync();
  const [names, first] = header.values as unknown[][];
  ['ES actual', 'Clients actual', 'Jobs actual'].forEach((name, i) => {
    const col = names.indexOf(name);
    expect(col).toBeGreaterThanOrEqual(0);
    sheet.getRangeByIndexes(table.rect.row + 1, table.rect.col + col, 1, 1).values = [[figures[i]]];
  });
  await fake.context.sync();
  return { area: String(first[0]), label: String(first[1]) };
}

test('the Monitoring sheet, progress lines from its actuals, and a rewrite that carries them over', async () => {
  const fake = createFakeExcel();
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: fake.supports } },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const user = renderPane({ host: createExcelHost(excelApi, run), buildBlueprint: async (i) => buildWorkbook(i) });
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());

  await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('success'));
  expect(fake.sheetNames()).toContain('Monitoring');
  expect(screen.queryByTestId(TEST_IDS.progressLines)).toBeNull();

  const { area, label } = await typeActuals(fake, [1, 50, 25]);
  await user.click(screen.getByTestId(TEST_IDS.refreshSheets));
  const lines = await screen.findByTestId(TEST_IDS.progressLines);
  expect(lines).toHaveTextContent(
    new RegExp(`${label.replace('/', '\\/')}: 1 of .* planned ES in post; job outcome rate 50%, KPI met`),
  );

  // Unticked: the workbook holds actuals, so the new plan gets a Monitoring sheet with them anyway.
  await user.click(screen.getByTestId(TEST_IDS.monitoringSheet));
  await user.click(screen.getByTestId(TEST_IDS.coverage50));
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Wrote 50% coverage'));
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Carried over 3 reported figures for 1 area-year.');
  expect(screen.getByTestId(TEST_IDS.notice).dataset.intent).toBe('success');
  const read = fake.context.workbook.tables.getItem('IPS_Actuals').getRange().load('values');
  await fake.context.sync();
  const [header, ...body] = read.values as unknown[][];
  const row = body.find((r) => r[0] === area && r[1] === label)!;
  // The typed columns (the others are formulas, computed: "Clients per ES" is 50 too).
  expect(['ES actual', 'Clients actual', 'Jobs actual'].map((name) => row[header.indexOf(name)])).toEqual([1, 50, 25]);
});
