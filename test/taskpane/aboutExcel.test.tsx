/** @jest-environment jsdom */
/**
 * "About this Excel": host, platform and Office version from Office.context.diagnostics, the requirement sets
 * the add-in uses (from src/hosts/excel) with what each enables and what is skipped without it, the last
 * write's read-back, and Copy for a support email. Standalone, it says it is not in Excel.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import * as excelApi from '../../src/hosts/excel';
import { buildWorkbook } from '../../src/sheets/workbook';
import { ABOUT_IDS } from '../../src/taskpane/about/aboutIds';
import { createExcelHost, ExcelRun } from '../../src/taskpane/host/excelHost';
import { createStandaloneHost } from '../../src/taskpane/host/standaloneHost';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { createFakeExcel } from '../fake-excel';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS * 2);

// user-event puts its own clipboard in place of the browser's: what Copy wrote is read back from it.
const clipboard = () => navigator.clipboard.readText();
afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test('inside Excel: host, platform, version, each requirement set with what it enables, the last check, Copy', async () => {
  const fake = createFakeExcel({ apiVersion: '1.8' });
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: fake.supports },
      diagnostics: { host: 'Excel', platform: 'Mac', version: '16.89' },
    },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const user = renderPane({ host: createExcelHost(excelApi, run), buildBlueprint: async (i) => buildWorkbook(i) });
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.createScenario));
  await screen.findByTestId(ABOUT_IDS.verification);

  await user.click(screen.getByTestId(ABOUT_IDS.aboutLink));
  const panel = screen.getByTestId(ABOUT_IDS.aboutPanel);
  expect(panel).toHaveTextContent('Host: Excel; platform: Mac; Office version: 16.89');
  const sets = within(panel).getAllByTestId(ABOUT_IDS.requirementSet);
  const supported = Object.fromEntries(sets.map((s) => [s.textContent!.split(':')[0], s.dataset.supported]));
  expect(supported).toMatchObject({ 'ExcelApi 1.7': 'true', 'ExcelApi 1.8': 'true', 'ExcelApi 1.9': 'false' });
  const print = sets.find((s) => s.textContent!.startsWith('ExcelApi 1.9'))!;
  expect(print).toHaveTextContent('print setup');
  expect(print).toHaveTextContent('Without it: print setup is skipped');
  expect(sets.find((s) => s.textContent!.startsWith('ExcelApi 1.8'))).toHaveTextContent('data validation');
  expect(panel).toHaveTextContent('Last write: Excel agrees: 14 areas, 1 scenario, every headline figure checked.');

  await user.click(within(panel).getByTestId(ABOUT_IDS.copy));
  await waitFor(() => expect(screen.getByTestId(ABOUT_IDS.copied)).toHaveTextContent('Copied'));
  const text = await clipboard();
  expect(text).toMatch(/Host: Excel; platform: Mac; Office version: 16\.89/);
  expect(text).toMatch(/ExcelApi 1\.9: no \(print setup is skipped/);
  expect(text).toMatch(/Last write: Excel agrees/);
});

test('standalone: says it is not running in Excel', async () => {
  const user = renderPane({
    host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }),
    buildBlueprint: async (i) => buildWorkbook(i),
  });
  await user.click(screen.getByTestId(ABOUT_IDS.aboutLink));
  expect(screen.getByTestId(ABOUT_IDS.aboutPanel)).toHaveTextContent('The planner is not running in Excel');
  expect(screen.queryAllByTestId(ABOUT_IDS.requirementSet)).toEqual([]);
  await user.click(screen.getByTestId(ABOUT_IDS.copy));
  await waitFor(() => expect(screen.getByTestId(ABOUT_IDS.copied)).toHaveTextContent('Copied'));
  expect(await clipboard()).toMatch(/Not running in Excel/);
});
