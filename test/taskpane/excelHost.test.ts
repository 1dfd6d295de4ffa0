import { createExcelHost, ExcelHostApi, ExcelRun, toProgress } from '../../src/taskpane/host/excelHost';
import type { WorkbookBlueprint } from '../../src/sheets/shared/blueprint';

const context = { sync: jest.fn() } as unknown as Excel.RequestContext;
const run: ExcelRun = jest.fn((batch) => batch(context)) as unknown as ExcelRun;
const blueprint = {
  sheets: [{ name: 'Inputs' }, { name: '25% coverage' }],
  names: [],
  properties: {},
} as unknown as WorkbookBlueprint;
const read = { areas: [{ name: 'A', smiContacts: 1 }], problems: [], columns: {} };

function fakeApi(): jest.Mocked<ExcelHostApi> {
  const api = {
    writeBlueprint: jest.fn(
      async (_ctx: unknown, _bp: unknown, options?: { onProgress?: (step: string, fraction: number) => void }) => {
        options?.onProgress?.('Writing Inputs', 1 / 3);
        return { sheets: [{ name: 'Inputs' }, { name: '25% coverage (2)' }] };
      },
    ),
    listPlanSheets: jest.fn(async () => [
      { name: 'Inputs', key: 'Inputs', role: 'inputs' },
      { name: 'Summary', role: 'summary' },
    ]),
    deletePlanSheet: jest.fn(async () => undefined),
    readAreasFromSelection: jest.fn(async () => read),
    readAreasFromTable: jest.fn(async () => read),
    listTables: jest.fn(async () => [{ name: 'Boards', sheet: 'Sheet1' }, { name: 'Other' }]),
  };
  return api as unknown as jest.Mocked<ExcelHostApi>;
}

describe('the Excel host adapter', () => {
  it('runs every call inside Excel.run with its context', async () => {
    const api = fakeApi();
    const host = createExcelHost(api, run);
    expect(host.kind).toBe('excel');
    expect(await host.readSelection()).toBe(read);
    expect(api.readAreasFromSelection).toHaveBeenCalledWith(context);
    expect(await host.readTable('Boards')).toBe(read);
    expect(api.readAreasFromTable).toHaveBeenCalledWith(context, 'Boards');
    expect(await host.listTables()).toEqual(['Boards', 'Other']);
    expect(await host.listPlanSheets()).toEqual([
      { name: 'Inputs', role: 'inputs' },
      { name: 'Summary', role: 'summary' },
    ]);
    await host.deletePlanSheet('Summary');
    expect(api.deletePlanSheet).toHaveBeenCalledWith(context, 'Summary');
  });

  it('writes the blueprint, reports progress and the sheets as named in the workbook', async () => {
    const api = fakeApi();
    const progress = jest.fn();
    const result = await createExcelHost(api, run).writeScenarios(blueprint, progress);
    expect(api.writeBlueprint).toHaveBeenCalledWith(
      context,
      blueprint,
      expect.objectContaining({ onProgress: expect.any(Function) }),
    );
    expect(progress).toHaveBeenCalledWith({ done: 33, total: 100, message: 'Writing Inputs' });
    expect(result.sheets).toEqual(['Inputs', '25% coverage (2)']);
  });

  it('lets Excel errors through to the pane', async () => {
    const api = fakeApi();
    api.readAreasFromSelection.mockRejectedValueOnce(new Error('InvalidSelection'));
    await expect(createExcelHost(api, run).readSelection()).rejects.toThrow('InvalidSelection');
  });
});

test('progress is shown out of 100, whatever the writer reports', () => {
  expect(toProgress('Charts', 0.5)).toEqual({ done: 50, total: 100, message: 'Charts' });
  expect(toProgress('Done', 1.2)).toEqual({ done: 100, total: 100, message: 'Done' });
  expect(toProgress('Odd', NaN)).toEqual({ done: 0, total: 100, message: 'Odd' });
});
