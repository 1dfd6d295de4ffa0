import type { ActualsRow } from '../../model/carryActuals';
import type { ActualsPlan, ActualsRead } from '../../parse/actuals';
import type { AreasRead } from '../../parse/areasTable';
import type { WorkbookBlueprint } from '../../sheets/shared/blueprint';
import type { WorkbookInput } from '../../sheets/workbook/input';

/**
 * Everything the task pane needs from where it runs. The pane never touches Office.js itself:
 * index.tsx picks an implementation (excelHost.ts inside Excel, standaloneHost.ts in a plain
 * browser) and injects it, so tests and browser tests can pass a fake.
 */
export interface PlanHost {
  /** 'excel': inside Excel, writes into the open workbook. 'standalone': downloads an .xlsx. */
  readonly kind: 'excel' | 'standalone';
  /** Areas from the selected range; problems carry their cell address. */
  readSelection(): Promise<AreasRead>;
  /** Names of the tables in the workbook (to read figures from). */
  listTables(): Promise<string[]>;
  readTable(name: string): Promise<AreasRead>;
  /**
   * Writes the blueprint's sheets into the workbook, replacing this add-in's sheets of the same name. A
   * replace over sheets the user changed is refused (the error names sheets and cells) unless
   * `options.discardEdits` says the user confirmed: ask with `changedPlanCells` first.
   */
  writeScenarios(
    blueprint: WorkbookBlueprint,
    onProgress?: (p: WriteProgress) => void,
    options?: WriteScenariosOptions,
  ): Promise<WriteResult>;
  /** Plan sheets whose cells differ from what the add-in wrote (inside Excel; absent standalone). */
  changedPlanCells?(): Promise<ChangedPlanSheet[]>;
  /**
   * The rows of the workbook's IPS_Actuals table and of the block kept below it (inside Excel; absent
   * standalone); null when the workbook has no such table. Read before a replace, to carry the actuals over.
   */
  readActuals?(): Promise<ActualsRow[] | null>;
  /** Actuals for a plan from the selected cells, problems at their cells (inside Excel; absent standalone). */
  readActualsSelection?(plan: ActualsPlan): Promise<ActualsRead>;
  /** The sheets this add-in created (and only those). */
  listPlanSheets(): Promise<PlanSheet[]>;
  deletePlanSheet(name: string): Promise<void>;
  /** Where the pane runs and what that Excel supports (inside Excel; absent standalone). */
  about?(): HostAbout;
  /** Saves the blueprint as an .xlsx file (standalone; inside Excel it is not offered). */
  downloadWorkbook(
    blueprint: WorkbookBlueprint,
    fileName: string,
    onProgress?: (p: WriteProgress) => void,
  ): Promise<void>;
}

export interface WriteProgress {
  /** Steps done out of total; total 0 = unknown. */
  done: number;
  total: number;
  /** What is happening, in plain words ("Writing 25% coverage"). */
  message: string;
}

export interface WriteScenariosOptions {
  /** The user confirmed that changes in the plan sheets being replaced may be lost. */
  discardEdits?: boolean;
  /** Sheets whose typed content was read back and carried into the blueprint: their changes are no reason to ask. */
  carriedEdits?: readonly string[];
  /** The input the blueprint was built from: Excel's values for its headline cells are read back and compared. */
  verify?: WorkbookInput;
}

/** What Excel computed for the plan's headline cells against the planner's figures. */
export interface WriteVerification {
  status: 'agrees' | 'differs' | 'unchecked';
  areas: number;
  scenarios: number;
  checked: number;
  differences: { cell: string; label: string; excel: unknown; planner: number; advice: string }[];
  error?: string;
  summary: string;
}

export interface HostAbout {
  host: string;
  platform: string;
  version: string;
  requirementSets: { set: string; version: string; supported: boolean; enables: string; without: string }[];
}

export interface ChangedPlanSheet {
  sheet: string;
  /** The first few changed cells (A1), empty when the sheet could not be checked. */
  addresses: string[];
  /** How many cells changed. */
  count: number;
  /** Written by an older version: it could not be checked, so it may hold changes. */
  unchecked?: boolean;
}

export interface WriteResult {
  /** The sheets written, as named in the workbook (a clash with a user's sheet gets a new name). */
  sheets: string[];
  /** The read-back, when the write was asked to verify. */
  verification?: WriteVerification;
}

export interface PlanSheet {
  name: string;
  /** 'inputs' | 'scenario' | 'summary' | 'notes', when the host knows it. */
  role?: string;
}

/** Raised by a host for things a user can act on; the message is shown as it is. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}
