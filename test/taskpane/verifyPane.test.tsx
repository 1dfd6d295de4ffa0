/** @jest-environment jsdom */
/**
 * The read-back in the pane, over the real Office.js writer with the fake Excel (which computes): Excel
 * agreeing is said after a write; a planted wrong formula, a wrong number-format shape and a failed request
 * are each shown as an error naming the cell.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import * as excelApi from '../../src/hosts/excel';
import { buildWorkbookIndexed } from '../../src/sheets/workbook';
import type { BlueprintBuilder } from '../../src/taskpane/host/blueprintBuilder';
import { createExcelHost, ExcelRun } from '../../src/taskpane/host/excelHost';
import { ABOUT_IDS } from '../../src/taskpane/about/aboutIds';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { cellAddress } from '../../src/sheets/shared/blueprint';
import { createFakeExcel, FakeExcelOptions } from '../fake-excel';
import { FakeRange } from '../fake-excel/range';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS * 2);

const honest: BlueprintBuilder = async (input) => buildWorkbookIndexed(input).blueprint;

function setUp(options: FakeExcelOptions = {}, buildBlueprint = honest) {
  const fake = createFakeExcel(options);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: fake.supports },
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.18000.10000' },
    },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const user = renderPane({ host: createExcelHost(excelApi, run), buildBlueprint });
  return { fake, user };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

async function compare(user: ReturnType<typeof setUp>['user']) {
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
  await user.click(screen.getByTestId(TEST_IDS.compareScenarios));
  return screen.findByTestId(ABOUT_IDS.verification);
}

test('a write in the fake Excel reports that Excel agrees', async () => {
  const { user } = setUp();
  const report = await compare(user);
  expect(report).toHaveAttribute('data-status', 'agrees');
  expect(report).toHaveTextContent('Excel agrees: 14 areas, 3 scenarios, every headline figure checked.');
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'success');
});

test('a planted wrong formula is an error naming the cell, Excel’s value and the planner’s', async () => {
  let cell = '';
  const planted: BlueprintBuilder = async (input) => {
    const { blueprint, index } = buildWorkbookIndexed(input);
    const s = index.scenarios[0];
    const [row, col] = [s.boards.totalsRow, s.boards.columns.costPerYear];
    cell = `'${s.sheet}'!${cellAddress(row, col)}`;
    const block = blueprint.sheets
      .find((x) => x.name === s.sheet)!
      .blocks.find((b) => row >= b.row && row < b.row + b.cells.length && col >= b.col)!;
    block.cells[row - block.row][col - block.col] = { formula: '=12345' };
    return blueprint;
  };
  const { user } = setUp({}, planted);
  const report = await compare(user);
  expect(report).toHaveAttribute('data-status', 'differs');
  const [difference] = within(report).getAllByTestId(ABOUT_IDS.difference);
  expect(difference).toHaveTextContent(`${cell} (Total cost a year): Excel has 12345, the planner`);
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'error');
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent('Excel does not agree with the planner');
});

test('a failed read-back request is an error naming cells to check', async () => {
  const { user } = setUp({ failWhen: (label) => label === 'Range.load(values)' });
  const report = await compare(user);
  expect(report).toHaveAttribute('data-status', 'unchecked');
  expect(report).toHaveTextContent(/could not be asked .* compare '25% coverage'![A-Z]+\d+/);
  expect(screen.getByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'error');
});

test('a wrong number-format shape fails the write, and the pane names the sheet and cells', async () => {
  const set = Object.getOwnPropertyDescriptor(FakeRange.prototype, 'numberFormat')!.set!;
  const spy = jest.spyOn(FakeRange.prototype, 'numberFormat', 'set').mockImplementation(function (this: FakeRange, v) {
    set.call(this, v.length > 1 ? v.slice(1) : v);
  });
  try {
    const { user } = setUp();
    await waitFor(() => expect(screen.getByTestId(TEST_IDS.noPlanSheets)).toBeInTheDocument());
    await user.click(screen.getByTestId(TEST_IDS.compareScenarios));
    await waitFor(() => expect(screen.getByTestId(TEST_IDS.notice)).toHaveAttribute('data-intent', 'error'));
    expect(screen.getByTestId(TEST_IDS.notice)).toHaveTextContent(
      /doesn't match the size .* while writing (Inputs|Summary|\d+% coverage): number format [A-Z]+\d+/,
    );
  } finally {
    spy.mockRestore();
  }
});
