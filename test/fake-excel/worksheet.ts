/** Excel.Worksheet, WorksheetCollection, WorksheetFreezePanes and PageLayout. */
import { type Rect, MAX_COLS, MAX_ROWS, parseAddress, rectAddress } from './address';
import { FakeChartCollection } from './charts';
import { FakeCollection, FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import { type SheetState, isEmptyCell, keyRowCol, newSheet } from './state';
import { FakeTableCollection } from './tables';
import { checkSheetName, deleteSheet, newId, renameSheet, sheetByKey } from './workbookOps';

function rectOf(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw new FakeOfficeError('InvalidArgument', `"${address}" is not a valid address.`);
  return parsed.rect;
}

export class FakeWorksheet extends FakeObject<SheetState> {
  constructor(core: FakeCore, resolve: () => SheetState | null, nullable = false) {
    super(core, 'Worksheet', resolve, nullable);
  }

  /** The sheet state, resolved at sync (for objects that take a worksheet). */
  resolveNow(): SheetState {
    return this.must();
  }

  protected override isGone(s: SheetState): boolean {
    return !!s.deleted;
  }

  protected defaultProperties(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }

  protected readProperty(name: string): unknown {
    const s = this.must();
    switch (name) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this.core.state.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      case 'tabColor':
        this.core.need('1.7', 'Worksheet.tabColor');
        return s.tabColor ?? '';
      case 'tables':
        return this.tables;
      case 'charts':
        return this.charts;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake Worksheet has no property '${name}'.`);
    }
  }

  get name(): string {
    return this.get('name');
  }
  set name(to: string) {
    this.set('name', to, (s) => renameSheet(this.core.state, s, checkSheetName(this.core.state, to, s)));
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  set position(to: number) {
    this.set('position', to, (s) => {
      const sheets = this.core.state.sheets;
      if (!Number.isInteger(to) || to < 0 || to >= sheets.length)
        throw new FakeOfficeError('InvalidArgument', `Position ${to} is out of range.`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(to, 0, s);
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(color: string) {
    this.set('tabColor', color, (s) => {
      this.core.need('1.7', 'Worksheet.tabColor');
      if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color))
        throw new FakeOfficeError('InvalidArgument', `"${color}" is not a colour.`);
      s.tabColor = color || undefined;
    });
  }

  getRange(address?: string): FakeRange {
    return FakeRange.of(
      this.core,
      () => this.must(),
      () => (address ? rectOf(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return FakeRange.of(
      this.core,
      () => this.must(),
      () => {
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLS
        ) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`,
          );
        }
        return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.core, () => {
      const s = this.must();
      return { sheet: s, rect: usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.core,
      () => {
        const s = this.must();
        const rect = usedRect(s, valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav('freezePanes', () => new FakeFreezePanes(this.core, () => this.must()));
  }

  /** ExcelApi 1.9. */
  get horizontalPageBreaks(): { add(at: string): void } {
    return {
      add: (at: string) =>
        this.core.enqueue('horizontalPageBreaks.add()', at, () => {
          this.core.need('1.9', 'Worksheet.horizontalPageBreaks');
          if (!/^[A-Z]{1,3}\d+$/.test(at)) throw new FakeOfficeError('InvalidArgument', `"${at}" is not a cell.`);
          const s = this.must();
          s.pageLayout.rowBreaks = [...(s.pageLayout.rowBreaks ?? []), at];
        }),
    };
  }

  /** ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    return this.nav('pageLayout', () => new FakePageLayout(this.core, () => this.must()));
  }

  get tables(): FakeTableCollection {
    return this.nav('tables', () => new FakeTableCollection(this.core, () => this.must()));
  }

  get charts(): FakeChartCollection {
    return this.nav('charts', () => new FakeChartCollection(this.core, () => this.must()));
  }

  activate(): void {
    this.call('activate()', undefined, (s) => (this.core.state.activeSheetId = s.id));
  }

  delete(): void {
    this.call('delete()', undefined, (s) => deleteSheet(this.core.state, s));
  }
}

function usedRect(s: SheetState, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of s.cells) {
    if (isEmptyCell(cell) && (valuesOnly || (!cell.format && !cell.numberFormat))) continue;
    const [r, c] = keyRowCol(key);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export class FakeWorksheetCollection extends FakeCollection<SheetState[], FakeWorksheet> {
  constructor(core: FakeCore) {
    super(core, 'WorksheetCollection', () => core.state.sheets);
  }

  protected list(): FakeWorksheet[] {
    return this.core.state.sheets.map((s) => new FakeWorksheet(this.core, () => s));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.core.enqueue(`WorksheetCollection.add(${JSON.stringify(name)})`, name, () => {
      const state = this.core.state;
      let chosen = name;
      if (chosen === undefined) for (let n = 1; !chosen || sheetByKey(state, chosen); n++) chosen = `Sheet${n}`;
      created = newSheet(newId(state, 'sheet'), checkSheetName(state, chosen));
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.core, () => created ?? null);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => sheetByKey(this.core.state, key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => sheetByKey(this.core.state, key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.core,
      () =>
        this.core.state.sheets.find((s) => s.id === this.core.state.activeSheetId) ?? this.core.state.sheets[0] ?? null,
    );
  }
}

export class FakeFreezePanes extends FakeObject<SheetState> {
  constructor(core: FakeCore, resolve: () => SheetState) {
    super(core, 'WorksheetFreezePanes', resolve);
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `The fake WorksheetFreezePanes has no property '${name}'.`);
  }
  freezeRows(count = 1): void {
    this.call(`freezeRows(${count})`, count, (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call(`freezeColumns(${count})`, count, (s) => (s.freeze = { rows: 0, cols: count }));
  }
  /** The range is the top-left frozen block: it must start at A1. */
  freezeAt(frozen: FakeRange | string): void {
    this.call(
      `freezeAt(${typeof frozen === 'string' ? frozen : 'Range'})`,
      typeof frozen === 'string' ? frozen : undefined,
      (s) => {
        const rect = typeof frozen === 'string' ? rectOf(frozen) : frozen.resolveNow().rect;
        s.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
      },
    );
  }
  unfreeze(): void {
    this.call('unfreeze()', undefined, (s) => (s.freeze = undefined));
  }
}

/** ExcelApi 1.9: every use fails on an older host. */
export class FakePageLayout extends FakeObject<SheetState> {
  constructor(core: FakeCore, resolve: () => SheetState) {
    super(core, 'PageLayout', resolve);
  }
  protected defaultProperties(): string[] {
    return ['orientation', 'zoom'];
  }
  protected readProperty(name: string): unknown {
    this.core.need('1.9', 'Worksheet.pageLayout');
    const s = this.must();
    if (name === 'orientation') return s.pageLayout.orientation ?? 'Portrait';
    if (name === 'zoom') return s.pageLayout.zoom ?? { scale: 100 };
    throw new FakeOfficeError('InvalidArgument', `The fake PageLayout has no property '${name}'.`);
  }
  private edit(label: string, value: unknown, fn: (s: SheetState) => void): void {
    this.core.enqueue(`PageLayout.${label}`, value, () => {
      this.core.need('1.9', 'Worksheet.pageLayout');
      fn(this.must());
    });
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    this.edit(`orientation = ${v}`, v, (s) => {
      if (v !== 'Portrait' && v !== 'Landscape')
        throw new FakeOfficeError('InvalidArgument', `"${v}" is not an orientation.`);
      s.pageLayout.orientation = v;
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.get('zoom');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.edit(`zoom = ${JSON.stringify(v)}`, v, (s) => (s.pageLayout.zoom = { ...v }));
  }
  set paperSize(v: string) {
    this.edit(`paperSize = ${v}`, v, (s) => {
      if (!['A4', 'A3', 'A5', 'Letter', 'Legal'].includes(v))
        throw new FakeOfficeError('InvalidArgument', `"${v}" is not a paper size the fake knows.`);
      s.pageLayout.paperSize = v;
    });
  }
  set printGridlines(v: boolean) {
    this.edit(`printGridlines = ${v}`, v, (s) => (s.pageLayout.printGridlines = v));
  }
  private margin(name: string, points: number): void {
    this.edit(`${name} = ${points}`, points, (s) => {
      if (!(points >= 0)) throw new FakeOfficeError('InvalidArgument', `${name} ${points} is not a margin in points.`);
      s.pageLayout.margins = { ...s.pageLayout.margins, [name]: points };
    });
  }
  set leftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  set topMargin(v: number) {
    this.margin('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  set headerMargin(v: number) {
    this.margin('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.margin('footerMargin', v);
  }
  /** HeaderFooterGroup.defaultForAllPages: six texts, each set on its own. */
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const parts = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
    const page = {} as Record<string, string>;
    for (const part of parts) {
      Object.defineProperty(page, part, {
        set: (text: string) =>
          this.edit(`headersFooters.defaultForAllPages.${part}`, text, (s) => {
            if (typeof text !== 'string') throw new FakeOfficeError('InvalidArgument', `${part} must be text.`);
            s.pageLayout.headersFooters = { ...s.pageLayout.headersFooters, [part]: text };
          }),
      });
    }
    return { defaultForAllPages: page };
  }
  setPrintArea(area: FakeRange | string): void {
    this.edit('setPrintArea()', typeof area === 'string' ? area : undefined, (s) => {
      s.pageLayout.printArea = typeof area === 'string' ? area : rectAddress(area.resolveNow().rect);
    });
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.edit('setPrintTitleRows()', typeof rows === 'string' ? rows : undefined, (s) => {
      const text = typeof rows === 'string' ? rows : rectAddress(rows.resolveNow().rect);
      if (!/^\$?\d+:\$?\d+$/.test(text))
        throw new FakeOfficeError('InvalidArgument', `Print title rows must be whole rows ("$1:$3"), not "${text}".`);
      s.pageLayout.printTitleRows = text;
    });
  }
}
