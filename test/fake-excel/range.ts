/** Excel.Range and what hangs off it (format, font, fill, borders, data validation, merged areas). */
import { FakeConditionalFormats } from './conditionalFormats';
import { a1ToR1C1 } from '../../src/hosts/excel/formulaRefs';
import { type Rect, intersect, parseAddress, qualified, rectAddress } from './address';
import { FakeCore, FakeObject, preview } from './core';
import { isErrorLiteral, parseEntry } from './entries';
import { FakeOfficeError } from './errors';
import { type CellFormatState, type CellState, type SheetState, cellKey, formulaA1, isEmptyCell } from './state';
import { FakeWorksheet } from './worksheet';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

type EntryProperty = 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat';

function cellsOf(t: RangeTarget, fn: (cell: CellState, row: number, col: number) => void): void {
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const key = cellKey(r, c);
      let cell = t.sheet.cells.get(key);
      if (!cell) {
        cell = {};
        t.sheet.cells.set(key, cell);
      }
      fn(cell, r, c);
    }
  }
}

function grid<V>(t: RangeTarget, fn: (cell: CellState | undefined, row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const row: V[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) row.push(fn(t.sheet.cells.get(cellKey(r, c)), r, c));
    out.push(row);
  }
  return out;
}

/**
 * A 2-D array of exactly the range's shape. The Office.js reference types values, formulas, formulasR1C1 and
 * numberFormat as any[][] (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * and Excel refuses an array of another size with InvalidArgument, "The number of rows or columns in the input
 * array doesn't match the size or dimensions of the range" ("Set and get range values, text, or formulas",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values). It documents no
 * single value for a whole range, so the fake refuses one too: the writer must rely on documented behaviour only.
 */
function checkShape(t: RangeTarget, value: unknown, property: string): void {
  if (!Array.isArray(value))
    throw new FakeOfficeError(
      'InvalidArgument',
      `${property} takes a 2-D array of the range's shape (${t.rect.rows}×${t.rect.cols} at ${rectAddress(t.rect)}), not ${preview(value)}.`,
    );
  const ok = value.length === t.rect.rows && value.every((row) => Array.isArray(row) && row.length === t.rect.cols);
  if (!ok) {
    const got = `${value.length}×${Array.isArray(value[0]) ? value[0].length : '?'}`;
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: ${got} into ${t.rect.rows}×${t.rect.cols} at ${rectAddress(t.rect)}).`,
    );
  }
}

/**
 * "Length of formula contents: 8,192 characters" (Excel specifications and limits,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
 * "Excel restricts the contents of [a formula] to be at most 8192 characters", [MS-OI29500] 2.1.1085,
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf).
 */
export const MAX_FORMULA_CHARS = 8192;

function checkFormulaLengths(t: RangeTarget, value: unknown[][], property: EntryProperty): void {
  if (property === 'numberFormat') return;
  value.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (typeof entry !== 'string' || !/^[=+\-@]/.test(entry) || entry.length <= MAX_FORMULA_CHARS) return;
      const at = rectAddress({ row: t.rect.row + r, col: t.rect.col + c, rows: 1, cols: 1 });
      throw new FakeOfficeError(
        'InvalidArgument',
        `The formula for ${at} is ${entry.length} characters; Excel takes at most ${MAX_FORMULA_CHARS}.`,
      );
    }),
  );
}

function writeEntries(t: RangeTarget, value: unknown, property: EntryProperty): void {
  checkShape(t, value, property);
  checkFormulaLengths(t, value as unknown[][], property);
  const at = (r: number, c: number): unknown => (value as unknown[][])[r - t.rect.row][c - t.rect.col];
  cellsOf(t, (cell, r, c) => {
    const entry = at(r, c);
    if (property === 'numberFormat') {
      if (entry !== null && entry !== undefined) cell.numberFormat = String(entry);
      return;
    }
    const parsed = parseEntry(entry, property === 'formulasR1C1' ? 'R1C1' : 'A1', cell.numberFormat === '@');
    if (parsed === null) return;
    delete cell.value;
    delete cell.error;
    delete cell.formula;
    delete cell.formulaR1C1;
    delete cell.quotePrefix;
    const { numberFormat, ...content } = parsed;
    Object.assign(cell, content);
    if (numberFormat && !cell.numberFormat) cell.numberFormat = numberFormat;
  });
}

type Computed = (row: number, col: number) => string | number | boolean;

/** A cell's value as `values` reads it: a formula's is what the workbook computed. */
function valueOf(cell: CellState | undefined, computed: Computed, row: number, col: number): unknown {
  if (!cell) return '';
  if (cell.error !== undefined) return cell.error;
  if (cell.value !== undefined) return cell.value;
  return cell.formula !== undefined || cell.formulaR1C1 !== undefined ? computed(row, col) : '';
}

function valueType(cell: CellState | undefined, computed: Computed, row: number, col: number): string {
  if (!cell || isEmptyCell(cell)) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  const v = valueOf(cell, computed, row, col);
  const formula = cell.formula !== undefined || cell.formulaR1C1 !== undefined;
  if (formula && typeof v === 'string' && isErrorLiteral(v)) return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

export class FakeRange extends FakeObject<RangeTarget> {
  constructor(core: FakeCore, resolve: () => RangeTarget | null, nullable = false) {
    super(core, 'Range', resolve, nullable);
  }

  static of(core: FakeCore, sheet: () => SheetState, rect: () => Rect): FakeRange {
    return new FakeRange(core, () => ({ sheet: sheet(), rect: rect() }));
  }

  /** The workbook target, resolved at sync (used by other fakes that take a Range argument). */
  resolveNow(): RangeTarget {
    return this.must();
  }

  protected override isGone(t: RangeTarget): boolean {
    return !!t.sheet.deleted;
  }

  protected defaultProperties(): string[] {
    return [
      'address',
      'values',
      'valueTypes',
      'formulas',
      'numberFormat',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
    ];
  }

  protected readProperty(name: string): unknown {
    const t = this.must();
    const computed: Computed = (row, col) => this.core.computed(t.sheet.id, row, col);
    const valueAt = (c: CellState | undefined, row: number, col: number) => valueOf(c, computed, row, col);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return qualified(t.sheet.name, t.rect);
      case 'values':
        return grid(t, valueAt);
      case 'text':
        return grid(t, (c, r, col) => String(valueAt(c, r, col)));
      case 'valueTypes':
        return grid(t, (c, r, col) => valueType(c, computed, r, col));
      case 'formulas':
        return grid(t, (c, r, col) => formulaA1(c, r, col) ?? valueAt(c, r, col));
      case 'formulasR1C1':
        return grid(
          t,
          (c, r, col) =>
            c?.formulaR1C1 ?? (c?.formula !== undefined ? a1ToR1C1(c.formula, r, col) : valueAt(c, r, col)),
        );
      case 'numberFormat':
        return grid(t, (c) => c?.numberFormat ?? 'General');
      case 'rowIndex':
        return t.rect.row;
      case 'columnIndex':
        return t.rect.col;
      case 'rowCount':
        return t.rect.rows;
      case 'columnCount':
        return t.rect.cols;
      case 'cellCount':
        return t.rect.rows * t.rect.cols;
      case 'worksheet':
        return this.worksheet;
      case 'format':
        return this.format;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake Range has no property '${name}'.`);
    }
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.set('values', v, (t) => writeEntries(t, v, 'values'));
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.set('formulas', v, (t) => writeEntries(t, v, 'formulas'));
  }
  get formulasR1C1(): unknown[][] {
    return this.get('formulasR1C1');
  }
  set formulasR1C1(v: unknown[][]) {
    this.set('formulasR1C1', v, (t) => writeEntries(t, v, 'formulasR1C1'));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v, (t) => writeEntries(t, v, 'numberFormat'));
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }

  get worksheet(): FakeWorksheet {
    return this.nav('worksheet', () => new FakeWorksheet(this.core, () => this.must().sheet));
  }

  get format(): FakeRangeFormat {
    return this.nav('format', () => new FakeRangeFormat(this.core, () => this.must()));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return this.nav('conditionalFormats', () => new FakeConditionalFormats(this.core, () => this.must()));
  }

  get dataValidation(): FakeDataValidation {
    return this.nav('dataValidation', () => new FakeDataValidation(this.core, () => this.must()));
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 } };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.core,
      () => {
        const t = this.must();
        const rect = typeof other === 'string' ? parseAddress(other)?.rect : other.resolveNow().rect;
        if (!rect) throw new FakeOfficeError('InvalidArgument', `Bad address ${String(other)}`);
        const i = intersect(t.rect, rect);
        return i ? { sheet: t.sheet, rect: i } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.13. Null object when no merged cell meets the range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.core, () => {
      this.core.need('1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.must();
      const areas = t.sheet.merged.filter((m) => intersect(m, t.rect));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  merge(): void {
    this.call('merge()', undefined, (t) => t.sheet.merged.push({ ...t.rect }));
  }

  select(): void {
    this.call('select()', undefined, () => undefined);
  }
}

export class FakeRangeAreas extends FakeObject<{ sheet: SheetState; areas: Rect[] }> {
  constructor(core: FakeCore, resolve: () => { sheet: SheetState; areas: Rect[] } | null) {
    super(core, 'RangeAreas', resolve, true);
  }
  protected defaultProperties(): string[] {
    return ['address', 'areaCount'];
  }
  protected readProperty(name: string): unknown {
    const t = this.must();
    if (name === 'address') return t.areas.map((a) => qualified(t.sheet.name, a)).join(',');
    if (name === 'areaCount') return t.areas.length;
    throw new FakeOfficeError('InvalidArgument', `The fake RangeAreas has no property '${name}'.`);
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

type FormatKey = keyof CellFormatState;

/** Format objects read the first cell (enough for tests) and write every cell of the range. */
abstract class FormatPart extends FakeObject<RangeTarget> {
  protected readCell<K extends FormatKey>(key: K): CellFormatState[K] | null {
    const t = this.must();
    return t.sheet.cells.get(cellKey(t.rect.row, t.rect.col))?.format?.[key] ?? null;
  }
  protected writeCells(key: string, value: unknown, fn: (f: CellFormatState) => void): void {
    this.set(key, value, (t) =>
      cellsOf(t, (cell) => {
        cell.format ??= {};
        fn(cell.format);
      }),
    );
  }
}

export class FakeRangeFormat extends FormatPart {
  constructor(core: FakeCore, resolve: () => RangeTarget) {
    super(core, 'RangeFormat', resolve);
  }
  protected defaultProperties(): string[] {
    return ['columnWidth', 'wrapText', 'horizontalAlignment'];
  }
  protected readProperty(name: string): unknown {
    const t = this.must();
    if (name === 'columnWidth') return t.sheet.columnWidths.get(t.rect.col) ?? 48;
    if (name === 'wrapText') return this.readCell('wrapText') ?? false;
    if (name === 'horizontalAlignment') return this.readCell('horizontalAlignment') ?? 'General';
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    throw new FakeOfficeError('InvalidArgument', `The fake RangeFormat has no property '${name}'.`);
  }
  get font(): FakeRangeFont {
    return this.nav('font', () => new FakeRangeFont(this.core, () => this.must()));
  }
  get fill(): FakeRangeFill {
    return this.nav('fill', () => new FakeRangeFill(this.core, () => this.must()));
  }
  get borders(): { getItem(index: string): FakeRangeBorder } {
    return { getItem: (index: string) => new FakeRangeBorder(this.core, () => this.must(), index) };
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(points: number) {
    this.set('columnWidth', points, (t) => {
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.set('rowHeight', points, () => undefined);
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.writeCells('wrapText', v, (f) => (f.wrapText = v));
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.writeCells('horizontalAlignment', v, (f) => (f.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v))
      throw new FakeOfficeError('InvalidArgument', `"${v}" is not a vertical alignment.`);
    this.writeCells('verticalAlignment', v, (f) => (f.verticalAlignment = v));
  }
  autofitColumns(): void {
    this.call('autofitColumns()', undefined, () => undefined);
  }
}

export class FakeRangeFont extends FormatPart {
  constructor(core: FakeCore, resolve: () => RangeTarget) {
    super(core, 'RangeFont', resolve);
  }
  protected defaultProperties(): string[] {
    return ['bold', 'italic', 'size', 'color'];
  }
  protected readProperty(name: string): unknown {
    const map: Record<string, FormatKey> = { bold: 'bold', italic: 'italic', size: 'fontSize', color: 'fontColor' };
    if (!map[name]) throw new FakeOfficeError('InvalidArgument', `The fake RangeFont has no property '${name}'.`);
    return this.readCell(map[name]);
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.writeCells('bold', v, (f) => (f.bold = v));
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.writeCells('italic', v, (f) => (f.italic = v));
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.writeCells('size', v, (f) => (f.fontSize = v));
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.writeCells('color', v, (f) => (f.fontColor = v));
  }
}

export class FakeRangeFill extends FormatPart {
  constructor(core: FakeCore, resolve: () => RangeTarget) {
    super(core, 'RangeFill', resolve);
  }
  protected defaultProperties(): string[] {
    return ['color'];
  }
  protected readProperty(name: string): unknown {
    if (name !== 'color') throw new FakeOfficeError('InvalidArgument', `The fake RangeFill has no property '${name}'.`);
    return this.readCell('fill');
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.writeCells('color', v, (f) => (f.fill = v));
  }
  clear(): void {
    this.call('clear()', undefined, (t) => cellsOf(t, (cell) => delete cell.format?.fill));
  }
}

const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export class FakeRangeBorder extends FormatPart {
  constructor(
    core: FakeCore,
    resolve: () => RangeTarget,
    private readonly side: string,
  ) {
    super(core, `RangeBorder(${side})`, resolve);
    if (
      !(BORDER_SIDES as readonly string[]).includes(side) &&
      !['InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp'].includes(side)
    ) {
      core.enqueue(`RangeBorder.getItem(${side})`, side, () => {
        throw new FakeOfficeError('InvalidArgument', `"${side}" is not a border index.`);
      });
    }
  }
  protected defaultProperties(): string[] {
    return ['style'];
  }
  protected readProperty(name: string): unknown {
    const b = this.readCell('borders')?.[this.side as (typeof BORDER_SIDES)[number]];
    if (name === 'style') return b?.style ?? 'None';
    if (name === 'weight') return b?.weight ?? 'Thin';
    if (name === 'color') return b?.color ?? '#000000';
    throw new FakeOfficeError('InvalidArgument', `The fake RangeBorder has no property '${name}'.`);
  }
  private edit(key: 'style' | 'weight' | 'color', v: string): void {
    const side = this.side as (typeof BORDER_SIDES)[number];
    if (!(BORDER_SIDES as readonly string[]).includes(side)) return;
    this.writeCells(key, v, (f) => {
      f.borders ??= {};
      f.borders[side] = { ...(f.borders[side] ?? { style: 'None' }), [key]: v };
    });
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.edit('style', v);
  }
  set weight(v: string) {
    this.edit('weight', v);
  }
  set color(v: string) {
    this.edit('color', v);
  }
}

/** ExcelApi 1.8. */
export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(core: FakeCore, resolve: () => RangeTarget) {
    super(core, 'DataValidation', resolve);
  }
  protected defaultProperties(): string[] {
    return ['rule'];
  }
  protected readProperty(name: string): unknown {
    this.core.need('1.8', 'Range.dataValidation');
    const t = this.must();
    if (name === 'rule') return t.sheet.validations.find((v) => v.address === rectAddress(t.rect))?.rule ?? {};
    throw new FakeOfficeError('InvalidArgument', `The fake DataValidation has no property '${name}'.`);
  }
  get rule(): unknown {
    return this.get('rule');
  }
  set rule(rule: unknown) {
    this.set('rule', rule, (t) => {
      this.core.need('1.8', 'Range.dataValidation');
      const list = (rule as { list?: { source?: unknown } }).list;
      if (list && (typeof list.source !== 'string' || list.source.length > 255)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `A list source must be text of at most 255 characters (${preview(list.source)}).`,
        );
      }
      const address = rectAddress(t.rect);
      t.sheet.validations = t.sheet.validations.filter((v) => v.address !== address);
      t.sheet.validations.push({ address, rule });
    });
  }
  clear(): void {
    this.call('clear()', undefined, (t) => {
      this.core.need('1.8', 'Range.dataValidation');
      t.sheet.validations = t.sheet.validations.filter((v) => {
        const r = parseAddress(v.address)?.rect;
        return !r || !intersect(r, t.rect);
      });
    });
  }
}
