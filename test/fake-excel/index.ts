/**
 * A recording fake of the Excel JavaScript object model, for tests (and, bundled, for a "simulated
 * Excel" browser test). Plain TypeScript: no jest or node imports.
 *
 *   const fake = createFakeExcel({ sheets: [{ name: 'Boards', cells: [['Board', 'Contacts'], ['Fife', '3,654']] }],
 *                                  selection: 'Boards!A1:B2', apiVersion: '1.13' });
 *   await writeBlueprint(fake.context, blueprint, { supports: fake.supports });
 *   fake.cell("'25% coverage'!C5").formula; fake.syncCount; fake.requestPayloadSizes; fake.operations
 */
import { type Rect, parseAddress, rectAddress } from './address';
import { type FailurePlan, FakeCore } from './core';
import { isErrorLiteral } from './entries';
import { FakeOfficeError } from './errors';
import { type CellState, type SheetState, type WorkbookState, cellKey, formulaA1, newSheet } from './state';
import { FakeRequestContext } from './workbook';
import { newId, sheetByName } from './workbookOps';

export { FakeOfficeError } from './errors';
export type { FailurePlan } from './core';
export type {
  CellState,
  ChartState,
  CustomXmlPartState,
  NameState,
  SheetState,
  TableState,
  WorkbookState,
} from './state';

export type SeedValue = string | number | boolean | null;

export interface SheetSeed {
  name: string;
  /** Rows of values written as they are (strings stay strings, "#N/A" is an error); null = empty. */
  cells?: SeedValue[][];
  /** Top-left cell of `cells` (default A1). */
  at?: string;
  /** Merged areas, e.g. ["C5:D5"]. */
  merged?: string[];
  tables?: { name: string; address: string }[];
  tabColor?: string;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.13"). */
  apiVersion?: string;
  /** Sheets already in the workbook (default one empty "Sheet1"). */
  sheets?: SheetSeed[];
  /** Selected range, e.g. "Boards!A1:C15" (default A1 of the first sheet). */
  selection?: string;
  /** Requests over this are refused (default 5 MB, Excel on the web's limit). */
  maxRequestBytes?: number;
  /** Start from a copy of another fake's workbook (cheaper than writing it again); `sheets` is then ignored. */
  copyOf?: WorkbookState;
  /** Fail the Nth sync after K actions. */
  failAt?: FailurePlan;
  /** Fail the first action whose label matches, e.g. (l) => l.startsWith('ChartCollection.add'). */
  failWhen?: (label: string) => boolean;
}

export interface CellView {
  value: unknown;
  /** A1 formula, also for formulas written in R1C1. */
  formula?: string;
  formulaR1C1?: string;
  numberFormat: string;
  quotePrefix: boolean;
  format: CellState['format'];
  error?: string;
}

export interface FakeExcel {
  /** Pass to code that takes an Excel.RequestContext. */
  context: Excel.RequestContext;
  state: WorkbookState;
  /** For writer options: Office.context.requirements.isSetSupported, answered by `apiVersion`. */
  supports(set: string, version: string): boolean;
  readonly syncCount: number;
  readonly requestPayloadSizes: number[];
  /** Actions queued in each request, in sync order. */
  readonly requestActionCounts: number[];
  readonly operations: string[];
  readonly calculationSuspensions: number;
  sheet(name: string): SheetState | undefined;
  sheetNames(): string[];
  /** "Sheet!B3" or "'My sheet'!B3". */
  cell(address: string): CellView;
  /** Values of a rectangle ("Sheet!A1:C3"), as Excel's `values` would return them (formulas computed). */
  values(address: string): unknown[][];
  /** Canonical JSON of the whole workbook, to compare before and after. */
  snapshot(): string;
  /** Clears the counters (syncs, payloads, operations) after setting the scene. */
  resetCounters(): void;
  /** Arms (or, with {}, disarms) a failure; sync numbers count from the last resetCounters(). */
  injectFailure(failure: { failAt?: FailurePlan; failWhen?: (label: string) => boolean }): void;
}

function seedSheet(state: WorkbookState, seed: SheetSeed): SheetState {
  const sheet = newSheet(newId(state, 'sheet'), seed.name);
  sheet.tabColor = seed.tabColor;
  const at = parseAddress(seed.at ?? 'A1')?.rect ?? { row: 0, col: 0, rows: 1, cols: 1 };
  (seed.cells ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell: CellState = typeof v === 'string' && isErrorLiteral(v) ? { error: v } : { value: v };
      sheet.cells.set(cellKey(at.row + r, at.col + c), cell);
    }),
  );
  for (const m of seed.merged ?? []) sheet.merged.push((parseAddress(m) as { rect: Rect }).rect);
  for (const t of seed.tables ?? []) {
    state.tables.push({
      id: newId(state, 'table'),
      name: t.name,
      sheetId: sheet.id,
      rect: (parseAddress(t.address) as { rect: Rect }).rect,
      hasHeaders: true,
    });
  }
  return sheet;
}

function canonical(state: WorkbookState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    })),
    names: [...state.names].sort((a, b) => a.name.localeCompare(b.name)),
    tables: [...state.tables].sort((a, b) => a.name.localeCompare(b.name)),
    customXmlParts: [...state.customXmlParts].sort((a, b) => a.id.localeCompare(b.id)),
    activeSheetId: state.activeSheetId,
    selection: state.selection,
  };
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  if (options.copyOf) return fakeOver(structuredClone(options.copyOf), options);
  const state: WorkbookState = { sheets: [], names: [], tables: [], customXmlParts: [], nextId: 0 };
  for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) state.sheets.push(seedSheet(state, seed));
  state.activeSheetId = state.sheets[0]?.id;
  if (options.selection) {
    const sel = parseAddress(options.selection);
    const sheet = sel && (sel.sheet ? sheetByName(state, sel.sheet) : state.sheets[0]);
    if (!sel || !sheet) throw new Error(`createFakeExcel: bad selection ${options.selection}`);
    state.selection = { sheetId: sheet.id, rect: sel.rect };
    state.activeSheetId = sheet.id;
  } else if (state.sheets[0])
    state.selection = { sheetId: state.sheets[0].id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  return fakeOver(state, options);
}

function fakeOver(state: WorkbookState, options: FakeExcelOptions): FakeExcel {
  const core = new FakeCore(state, {
    apiVersion: options.apiVersion ?? '1.13',
    maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
    failAt: options.failAt,
    failWhen: options.failWhen,
  });
  const context = new FakeRequestContext(core);

  const locate = (address: string) => {
    const parsed = parseAddress(address);
    const sheet = parsed && (parsed.sheet ? sheetByName(state, parsed.sheet) : state.sheets[0]);
    if (!parsed || !sheet) throw new FakeOfficeError('InvalidArgument', `No such cell: ${address}`);
    return { sheet, rect: parsed.rect };
  };

  return {
    context: context as unknown as Excel.RequestContext,
    state,
    supports: (set, version) => core.supports(set, version),
    get syncCount() {
      return core.syncCount;
    },
    get requestPayloadSizes() {
      return core.requestPayloadSizes;
    },
    get requestActionCounts() {
      return core.requestActionCounts;
    },
    get operations() {
      return core.operations;
    },
    get calculationSuspensions() {
      return core.calculationSuspensions;
    },
    sheet: (name) => sheetByName(state, name) ?? undefined,
    sheetNames: () => state.sheets.map((s) => s.name),
    cell(address) {
      const { sheet, rect } = locate(address);
      const c = sheet.cells.get(cellKey(rect.row, rect.col));
      return {
        value: c?.error ?? c?.value ?? null,
        formula: formulaA1(c, rect.row, rect.col),
        formulaR1C1: c?.formulaR1C1,
        numberFormat: c?.numberFormat ?? 'General',
        quotePrefix: !!c?.quotePrefix,
        format: c?.format,
        error: c?.error,
      };
    },
    values(address) {
      const { sheet, rect } = locate(address);
      return Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => {
          const cell = sheet.cells.get(cellKey(rect.row + r, rect.col + c));
          if (cell && formulaA1(cell, rect.row + r, rect.col + c) !== undefined)
            return core.computed(sheet.id, rect.row + r, rect.col + c);
          return cell?.error ?? cell?.value ?? '';
        }),
      );
    },
    snapshot: () => JSON.stringify(canonical(state)),
    resetCounters() {
      core.syncCount = 0;
      core.requestPayloadSizes.length = 0;
      core.requestActionCounts.length = 0;
      core.operations.length = 0;
      core.calculationSuspensions = 0;
    },
    injectFailure(failure) {
      core.options.failAt = failure.failAt;
      core.options.failWhen = failure.failWhen;
    },
  };
}

export { rectAddress };
