import type { AreasRead } from '../../src/parse/areasTable';
import type { PlanHost, PlanSheet } from '../../src/taskpane/host/host';

/** A PlanHost that records calls; every method is a jest.fn with a sensible default. */
export function fakeExcelHost(overrides: Partial<PlanHost> = {}) {
  let sheets: PlanSheet[] = [];
  const emptyRead: AreasRead = { areas: [], problems: [], columns: {} };
  const host = {
    kind: 'excel' as const,
    readSelection: jest.fn(async () => emptyRead),
    listTables: jest.fn(async () => ['Boards']),
    readTable: jest.fn(async (_name: string) => emptyRead),
    writeScenarios: jest.fn(
      async (
        blueprint: { sheets: { name: string }[] },
        onProgress?: (p: { done: number; total: number; message: string }) => void,
      ) => {
        onProgress?.({ done: 1, total: 2, message: 'Writing' });
        sheets = blueprint.sheets.map((s) => ({ name: s.name }));
        return { sheets: sheets.map((s) => s.name) };
      },
    ),
    listPlanSheets: jest.fn(async () => sheets),
    deletePlanSheet: jest.fn(async (name: string) => {
      sheets = sheets.filter((s) => s.name !== name);
    }),
    downloadWorkbook: jest.fn(async () => {}),
    ...overrides,
  };
  return host;
}
