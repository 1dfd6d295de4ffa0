/** Excel.Table and TableCollection (workbook-wide or one sheet's). Table names are unique in the workbook. */
import { type Rect, intersect, parseAddress, qualified } from './address';
import { FakeCollection, FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import { type SheetState, type TableState, cellKey, formulaA1 } from './state';
import { newId, sheetByName } from './workbookOps';
import { FakeWorksheet } from './worksheet';

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function checkTableName(core: FakeCore, name: string, except?: TableState): void {
  if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255)
    throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid table name.`);
  const lower = name.toLowerCase();
  const clash =
    core.state.tables.find((t) => t.name.toLowerCase() === lower && t !== except) ??
    core.state.names.find((n) => n.name.toLowerCase() === lower);
  if (clash) throw new FakeOfficeError('ItemAlreadyExists', `A table or name called "${name}" already exists.`);
}

/**
 * What TableCollection.add refuses. "If the table cannot be added (e.g., because the address is invalid, or the
 * table would overlap with another table), an error will be thrown"
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1));
 * a table cannot hold merged cells either: Excel's "Format as Table" refuses a range with merged cells. (No
 * Office.js page we could find says so for TableCollection.add; docs/excel.md lists it among what only a real
 * Excel can confirm.)
 * Headers: Excel does not refuse a blank or repeated header but renames it ("Column1", "Area2": "Overview of
 * Excel tables", https://support.microsoft.com/office/overview-of-excel-tables-7ab0bb7d-3a9e-4b56-a3c9-6c94334e492c),
 * so the header cell and the table's column then disagree and a reader looking a column up by its header misses
 * it. The fake refuses it, so a writer test sees it at once.
 */
function checkTableArea(core: FakeCore, sheet: SheetState, rect: Rect, hasHeaders: boolean): void {
  const overlap = core.state.tables.find((t) => t.sheetId === sheet.id && intersect(t.rect, rect));
  if (overlap) throw new FakeOfficeError('InvalidOperation', `A table can't overlap another table (${overlap.name}).`);
  const merged = sheet.merged.find((m) => intersect(m, rect));
  if (merged)
    throw new FakeOfficeError(
      'InvalidOperation',
      `A table can't contain merged cells (${qualified(sheet.name, merged)}).`,
    );
  if (!hasHeaders) return;
  const seen = new Map<string, number>();
  for (let c = rect.col; c < rect.col + rect.cols; c++) {
    const cell = sheet.cells.get(cellKey(rect.row, c));
    const header = String(cell?.value ?? '').trim();
    const at = qualified(sheet.name, { row: rect.row, col: c, rows: 1, cols: 1 });
    if (header === '' || formulaA1(cell, rect.row, c) !== undefined)
      throw new FakeOfficeError(
        'InvalidArgument',
        `The table's header ${at} is empty or a formula: Excel would rename it "Column${c - rect.col + 1}".`,
      );
    const key = header.toLowerCase();
    if (seen.has(key))
      throw new FakeOfficeError(
        'InvalidArgument',
        `The table's headers repeat "${header}" (${at}): Excel would rename it "${header}2".`,
      );
    seen.set(key, c);
  }
}

export class FakeTable extends FakeObject<TableState> {
  constructor(core: FakeCore, resolve: () => TableState | null, nullable = false) {
    super(core, 'Table', resolve, nullable);
  }
  protected override isGone(t: TableState): boolean {
    return !this.core.state.tables.includes(t);
  }
  protected defaultProperties(): string[] {
    return ['name', 'id', 'style'];
  }
  protected readProperty(name: string): unknown {
    const t = this.must();
    if (name === 'name') return t.name;
    if (name === 'id') return t.id;
    if (name === 'style') return t.style ?? 'TableStyleMedium2';
    if (name === 'worksheet') return this.worksheet;
    throw new FakeOfficeError('InvalidArgument', `The fake Table has no property '${name}'.`);
  }
  private sheet(t: TableState): SheetState {
    return this.core.state.sheets.find((s) => s.id === t.sheetId) as SheetState;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => {
      checkTableName(this.core, v, t);
      t.name = v;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.set('style', v, (t) => (t.style = v));
  }
  get worksheet(): FakeWorksheet {
    return this.nav('worksheet', () => new FakeWorksheet(this.core, () => this.sheet(this.must())));
  }
  getRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.must();
      return { sheet: this.sheet(t), rect: t.rect };
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.must();
      const skip = t.hasHeaders ? 1 : 0;
      return { sheet: this.sheet(t), rect: { ...t.rect, row: t.rect.row + skip, rows: t.rect.rows - skip } };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.must();
      return { sheet: this.sheet(t), rect: { ...t.rect, rows: 1 } };
    });
  }
  delete(): void {
    this.call('delete()', undefined, (t) => (this.core.state.tables = this.core.state.tables.filter((x) => x !== t)));
  }
}

export class FakeTableCollection extends FakeCollection<SheetState | 'workbook', FakeTable> {
  /** `sheet` null: the workbook's collection. */
  constructor(
    core: FakeCore,
    private readonly sheet: (() => SheetState) | null,
  ) {
    super(core, 'TableCollection', () => (sheet ? sheet() : 'workbook'));
  }
  protected list(): FakeTable[] {
    const sheet = this.sheet?.();
    return this.core.state.tables
      .filter((t) => !sheet || t.sheetId === sheet.id)
      .map((t) => new FakeTable(this.core, () => t));
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.core.enqueue(
      `TableCollection.add(${typeof address === 'string' ? address : 'Range'}, ${hasHeaders})`,
      typeof address === 'string' ? address : undefined,
      () => {
        let sheet: SheetState | null;
        let rect: Rect;
        if (typeof address === 'string') {
          const parsed = parseAddress(address);
          if (!parsed) throw new FakeOfficeError('InvalidArgument', `"${address}" is not a valid address.`);
          sheet = parsed.sheet ? sheetByName(this.core.state, parsed.sheet) : (this.sheet?.() ?? null);
          rect = parsed.rect;
        } else {
          const t = address.resolveNow();
          sheet = t.sheet;
          rect = t.rect;
        }
        if (!sheet) throw new FakeOfficeError('InvalidArgument', `No sheet for table at ${String(address)}.`);
        if (this.sheet && this.sheet() !== sheet)
          throw new FakeOfficeError('InvalidArgument', 'The range is on another sheet.');
        checkTableArea(this.core, sheet, rect, hasHeaders);
        const state = this.core.state;
        let n = state.tables.length + 1;
        while (state.tables.some((t) => t.name === `Table${n}`)) n++;
        created = { id: newId(state, 'table'), name: `Table${n}`, sheetId: sheet.id, rect, hasHeaders };
        state.tables.push(created);
        this.core.operations.push(`  (table ${created.name} at ${qualified(sheet.name, rect)})`);
      },
    );
    return new FakeTable(this.core, () => created ?? null);
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.core, () => this.find(key));
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.core, () => this.find(key), true);
  }
  private find(key: string): TableState | null {
    const lower = key.toLowerCase();
    return this.core.state.tables.find((t) => t.name.toLowerCase() === lower || t.id === key) ?? null;
  }
}
