import type { ActualsRow } from '../../model/carryActuals';
import type { ActualsPlan, ActualsRead } from '../../parse/actuals';
import type { AreasRead } from '../../parse/areasTable';
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import type { WorkbookInput } from '../../sheets/workbook/input';
import {
  ChangedPlanSheet,
  HostAbout,
  PlanHost,
  PlanSheet,
  WriteProgress,
  WriteResult,
  WriteVerification,
} from './host';

/**
 * What the pane uses of src/hosts/excel (the Office.js writer and reader). Declared here, as the
 * subset the adapter needs, so a test can pass a fake `api` and a fake `run`.
 */
export interface ExcelHostApi {
  writeBlueprint(
    context: Excel.RequestContext,
    blueprint: WorkbookBlueprint,
    options?: {
      onProgress?(step: string, fraction: number): void;
      discardEdits?: boolean;
      carriedEdits?: readonly string[];
      verify?: WorkbookInput;
    },
  ): Promise<{ sheets: readonly { name: string }[]; verification?: WriteVerification }>;
  describeExcel?(): HostAbout;
  changedPlanCells?(context: Excel.RequestContext): Promise<ChangedPlanSheet[]>;
  readActuals?(context: Excel.RequestContext): Promise<ActualsRow[] | null>;
  readActualsFromSelection?(context: Excel.RequestContext, plan: ActualsPlan): Promise<ActualsRead>;
  listPlanSheets(context: Excel.RequestContext): Promise<readonly { name: string; role?: string }[]>;
  deletePlanSheet(context: Excel.RequestContext, name: string): Promise<void>;
  readAreasFromSelection(context: Excel.RequestContext): Promise<AreasRead>;
  readAreasFromTable(context: Excel.RequestContext, name: string): Promise<AreasRead>;
  listTables(context: Excel.RequestContext): Promise<readonly { name: string }[]>;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up when called (the global appears only once office.js has loaded). */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** The writer reports (step, fraction done); the pane shows a bar out of 100 and the step. */
export function toProgress(step: string, fraction: number): WriteProgress {
  const done = Number.isFinite(fraction) ? Math.round(Math.min(1, Math.max(0, fraction)) * 100) : 0;
  return { done, total: 100, message: step };
}

export function createExcelHost(api: ExcelHostApi, run: ExcelRun = excelRun): PlanHost {
  const changed = api.changedPlanCells?.bind(api);
  const actuals = api.readActuals?.bind(api);
  const actualsSelection = api.readActualsFromSelection?.bind(api);
  const about = api.describeExcel?.bind(api);
  return {
    kind: 'excel',
    readSelection: () => run((ctx) => api.readAreasFromSelection(ctx)),
    listTables: async () => (await run((ctx) => api.listTables(ctx))).map((t) => t.name),
    readTable: (name) => run((ctx) => api.readAreasFromTable(ctx, name)),
    async writeScenarios(blueprint, onProgress, options): Promise<WriteResult> {
      const result = await run((ctx) =>
        api.writeBlueprint(ctx, blueprint, {
          onProgress: (step, fraction) => onProgress?.(toProgress(step, fraction)),
          ...(options?.discardEdits ? { discardEdits: true } : {}),
          ...(options?.carriedEdits?.length ? { carriedEdits: options.carriedEdits } : {}),
          ...(options?.verify ? { verify: options.verify } : {}),
        }),
      );
      const sheets = result.sheets.map((s) => s.name);
      return result.verification ? { sheets, verification: result.verification } : { sheets };
    },
    ...(changed ? { changedPlanCells: () => run((ctx) => changed(ctx)) } : {}),
    ...(actuals ? { readActuals: () => run((ctx) => actuals(ctx)) } : {}),
    ...(actualsSelection
      ? { readActualsSelection: (plan: ActualsPlan) => run((ctx) => actualsSelection(ctx, plan)) }
      : {}),
    ...(about ? { about: () => about() } : {}),
    listPlanSheets: async (): Promise<PlanSheet[]> =>
      (await run((ctx) => api.listPlanSheets(ctx))).map((s) => ({ name: s.name, role: s.role })),
    deletePlanSheet: async (name) => {
      await run((ctx) => api.deletePlanSheet(ctx, name));
    },
    downloadWorkbook: () =>
      Promise.reject(new Error('Inside Excel the plan is written into this workbook: use "Create scenario sheet".')),
  };
}

/** The Office.js writer is only needed inside Excel: it is a lazy chunk. */
export async function loadExcelHost(): Promise<PlanHost> {
  const api: ExcelHostApi = await import(/* webpackChunkName: "excel-writer" */ '../../hosts/excel');
  return createExcelHost(api);
}
