/** @jest-environment jsdom */
/**
 * The pane over the real Office.js writer and reader (src/hosts/excel) through excelHost.ts, with
 * the recording fake Excel behind Excel.run: the adapter's assumptions about that API hold.
 */
import './setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as excelApi from '../../src/hosts/excel';
import { App } from '../../src/taskpane/App';
import { createExcelHost, ExcelRun } from '../../src/taskpane/excelHost';
import { buildWorkbook } from '../../src/sheets/workbook';
import { createFakeExcel, FakeExcelOptions } from '../fake-excel';

function setUp(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  // The writer feature-detects requirement sets through Office, as it does in Excel.
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: fake.supports } },
  };
  const run: ExcelRun = (batch) => batch(fake.context as unknown as Excel.RequestContext);
  const host = createExcelHost(excelApi, run);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} buildBlueprint={async (input) => buildWorkbook(input)} />
    </FluentProvider>,
  );
  return { fake, user };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test('compare writes three scenario sheets and a summary, lists them, and deletes one', async () => {
  const { user } = setUp();
  await waitFor(() => expect(screen.getByTestId('no-plan-sheets')).toBeInTheDocument());
  await user.click(screen.getByTestId('compare-scenarios'));
  const notice = await screen.findByTestId('notice');
  expect(notice).toHaveAttribute('data-intent', 'success');
  const list = await screen.findByTestId('plan-sheets');
  await waitFor(() => expect(within(list).getByText('100% coverage')).toBeInTheDocument());
  for (const name of ['25% coverage', '50% coverage', 'Summary', 'Inputs'])
    expect(within(list).getByText(name)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Delete sheet 50% coverage' }));
  await user.click(screen.getByRole('button', { name: 'Confirm: delete sheet 50% coverage' }));
  await waitFor(() => expect(within(screen.getByTestId('plan-sheets')).queryByText('50% coverage')).toBeNull());
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
  await user.click(screen.getByTestId('figures-selection'));
  const before = fake.syncCount;
  await user.click(screen.getByTestId('read-selection'));
  const problems = await screen.findByTestId('figures-problems');
  expect(problems).toHaveTextContent('Boards!B3');
  expect(problems).toHaveTextContent('Boards!A4');
  expect(screen.getByTestId('create-scenario')).toBeDisabled();
  expect(fake.syncCount).toBeGreaterThan(before); // it did read
  expect(within(screen.getByTestId('ips-planner')).queryByTestId('plan-sheets')).toBeNull(); // and wrote nothing
});
