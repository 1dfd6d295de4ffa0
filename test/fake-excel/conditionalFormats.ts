/**
 * Range.conditionalFormats (ExcelApi 1.6), the cell-value kind only: add('CellValue'), then its rule
 * ({ formula1, operator }) and format (font color and bold, fill color). Recorded on the sheet as
 * { address, type, rule, format }, so tests read what a status colour was drawn with.
 */
import { FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import type { RangeTarget } from './range';
import { rectAddress } from './address';
import type { ConditionalFormatState } from './state';

const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];

type Entry = ConditionalFormatState;

class FakeFormatPart extends FakeObject<Entry> {
  constructor(
    core: FakeCore,
    kind: string,
    resolve: () => Entry,
    private readonly part: 'font' | 'fill',
  ) {
    super(core, kind, resolve);
  }
  protected defaultProperties(): string[] {
    return ['color'];
  }
  protected readProperty(name: string): unknown {
    return (this.must().format as Record<string, unknown>)[`${this.part}.${name}`];
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError('InvalidArgument', `Not a colour: ${v}`);
    this.set('color', v, (e) => void (e.format[`${this.part}.color`] = v));
  }
  set bold(v: boolean) {
    if (this.part !== 'font') throw new FakeOfficeError('InvalidArgument', 'A fill has no bold.');
    this.set('bold', v, (e) => void (e.format['font.bold'] = v));
  }
}

class FakeCellValueFormat extends FakeObject<Entry> {
  constructor(core: FakeCore, resolve: () => Entry) {
    super(core, 'CellValueConditionalFormat', resolve);
  }
  protected defaultProperties(): string[] {
    return ['rule'];
  }
  protected readProperty(name: string): unknown {
    if (name === 'rule') return this.must().rule;
    throw new FakeOfficeError('InvalidArgument', `The fake CellValueConditionalFormat has no property '${name}'.`);
  }
  set rule(rule: { formula1?: unknown; operator?: unknown }) {
    if (typeof rule.formula1 !== 'string' || !OPERATORS.includes(String(rule.operator)))
      throw new FakeOfficeError('InvalidArgument', `A cell-value rule needs formula1 text and an operator.`);
    this.set('rule', rule, (e) => void (e.rule = { ...rule }));
  }
  get format() {
    const core = this.core;
    const entry = () => this.must();
    return this.nav('format', () => ({
      font: new FakeFormatPart(core, 'ConditionalRangeFont', entry, 'font'),
      fill: new FakeFormatPart(core, 'ConditionalRangeFill', entry, 'fill'),
    }));
  }
}

export class FakeConditionalFormat extends FakeObject<Entry> {
  constructor(core: FakeCore, resolve: () => Entry | null) {
    super(core, 'ConditionalFormat', resolve);
  }
  protected defaultProperties(): string[] {
    return ['type'];
  }
  protected readProperty(name: string): unknown {
    if (name === 'type') return this.must().type;
    throw new FakeOfficeError('InvalidArgument', `The fake ConditionalFormat has no property '${name}'.`);
  }
  get cellValue(): FakeCellValueFormat {
    return this.nav('cellValue', () => new FakeCellValueFormat(this.core, () => this.must()));
  }
}

export class FakeConditionalFormats extends FakeObject<RangeTarget> {
  constructor(core: FakeCore, resolve: () => RangeTarget) {
    super(core, 'ConditionalFormatCollection', resolve);
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `The fake ConditionalFormatCollection has no property '${name}'.`);
  }
  add(type: string): FakeConditionalFormat {
    let entry: Entry | null = null;
    this.call(`add(${type})`, type, (t) => {
      this.core.need('1.6', 'Range.conditionalFormats');
      if (type !== 'CellValue') throw new FakeOfficeError('InvalidArgument', `The fake draws only CellValue formats.`);
      entry = { address: rectAddress(t.rect), type, rule: null, format: {} };
      (t.sheet.conditionalFormats ??= []).push(entry);
    });
    return new FakeConditionalFormat(this.core, () => entry);
  }
}
