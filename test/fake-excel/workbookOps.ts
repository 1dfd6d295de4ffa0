/** Workbook-level effects the fake applies at sync: finding, renaming and deleting sheets, as Excel does. */
import { renameSheetRefs } from '../../src/hosts/excel/formulaRefs';
import { FakeOfficeError } from './errors';
import type { SheetState, WorkbookState } from './state';

const FORBIDDEN = /[:\\/?*[\]]/;

export function sheetByName(state: WorkbookState, name: string): SheetState | null {
  const key = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
}

export function sheetByKey(state: WorkbookState, key: string): SheetState | null {
  return sheetByName(state, key) ?? state.sheets.find((s) => s.id === key) ?? null;
}

/**
 * Excel's sheet-name rules; `except` is the sheet being renamed. A name is 1 to 31 characters, holds none of
 * / \ ? * : [ ], does not begin or end with an apostrophe, is not "History", and differs, ignoring case, from
 * every other sheet's ("Rename a worksheet",
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function checkSheetName(state: WorkbookState, name: unknown, except?: SheetState): string {
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.length > 31 ||
    FORBIDDEN.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === 'history'
  ) {
    throw new FakeOfficeError('InvalidArgument', `The sheet name "${String(name)}" is not valid.`);
  }
  const clash = sheetByName(state, name);
  if (clash && clash !== except)
    throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  return name;
}

/** References to the sheet follow a rename everywhere (cells in all sheets, defined names). */
export function renameSheet(state: WorkbookState, sheet: SheetState, to: string): void {
  const from = sheet.name;
  if (from === to) return;
  sheet.name = to;
  const rename = (n: string) => (n.toLowerCase() === from.toLowerCase() ? to : n);
  rewriteFormulas(state, rename);
}

/**
 * References to a deleted sheet become #REF!; its tables go with it. A workbook keeps at least one visible
 * sheet: Worksheet.delete of the last one fails with InvalidOperation, as it does of a very hidden sheet
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
export function deleteSheet(state: WorkbookState, sheet: SheetState): void {
  const visible = state.sheets.filter((s) => s.visibility === 'Visible');
  if (visible.length === 1 && visible[0] === sheet) {
    throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
  }
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
  state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
  if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id;
  if (state.selection?.sheetId === sheet.id) state.selection = undefined;
  const gone = sheet.name.toLowerCase();
  rewriteFormulas(state, (n) => (n.toLowerCase() === gone ? null : n));
}

function rewriteFormulas(state: WorkbookState, rename: (name: string) => string | null): void {
  for (const s of state.sheets) {
    for (const cell of s.cells.values()) {
      if (cell.formula !== undefined) cell.formula = renameSheetRefs(cell.formula, rename, 'A1');
      if (cell.formulaR1C1 !== undefined) cell.formulaR1C1 = renameSheetRefs(cell.formulaR1C1, rename, 'R1C1');
    }
  }
  for (const n of state.names) n.formula = renameSheetRefs(n.formula, rename, 'A1');
}

export function newId(state: WorkbookState, prefix: string): string {
  state.nextId++;
  return `{${prefix}-${String(state.nextId).padStart(4, '0')}}`;
}
