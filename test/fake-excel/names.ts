/** Excel.NamedItem and the workbook's NamedItemCollection. */
import { sheetRef } from '../../src/sheets/shared/blueprint';
import { absoluteAddress } from './address';
import { FakeCollection, FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import type { NameState } from './state';

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeNamedItem extends FakeObject<NameState> {
  constructor(core: FakeCore, resolve: () => NameState | null, nullable = false) {
    super(core, 'NamedItem', resolve, nullable);
  }
  protected override isGone(n: NameState): boolean {
    return !this.core.state.names.includes(n);
  }
  protected defaultProperties(): string[] {
    return ['name', 'type', 'value', 'visible', 'comment', 'formula'];
  }
  protected readProperty(name: string): unknown {
    const n = this.must();
    switch (name) {
      case 'name':
        return n.name;
      case 'type':
        return n.type;
      case 'value':
        return n.formula.replace(/^=/, '');
      case 'visible':
        return n.visible;
      case 'comment':
        this.core.need('1.4', 'NamedItem.comment');
        return n.comment;
      case 'formula':
        this.core.need('1.7', 'NamedItem.formula');
        return n.formula;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake NamedItem has no property '${name}'.`);
    }
  }
  get name(): string {
    return this.get('name');
  }
  get type(): string {
    return this.get('type');
  }
  get value(): string {
    return this.get('value');
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.set('visible', v, (n) => (n.visible = v));
  }
  get comment(): string {
    return this.get('comment');
  }
  set comment(v: string) {
    this.set('comment', v, (n) => (n.comment = v));
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(v: string) {
    this.set('formula', v, (n) => (n.formula = v.startsWith('=') ? v : `=${v}`));
  }
  delete(): void {
    this.call('delete()', undefined, (n) => {
      this.core.need('1.4', 'NamedItem.delete');
      this.core.state.names = this.core.state.names.filter((x) => x !== n);
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<NameState[], FakeNamedItem> {
  constructor(core: FakeCore) {
    super(core, 'NamedItemCollection', () => core.state.names);
  }
  protected list(): FakeNamedItem[] {
    return this.core.state.names.map((n) => new FakeNamedItem(this.core, () => n));
  }
  /** ExcelApi 1.4. `reference` is a Range or a formula ("=0.25", "=Sheet1!$A$1"). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameState | undefined;
    this.core.enqueue(
      `NamedItemCollection.add(${name})`,
      [name, typeof reference === 'string' ? reference : 0, comment ?? ''],
      () => {
        this.core.need('1.4', 'NamedItemCollection.add');
        if (
          !NAME.test(name) ||
          /^[A-Za-z]{1,3}\d+$/.test(name) ||
          /^[RrCc]$/.test(name) ||
          /^R\d*C\d*$/i.test(name) ||
          name.length > 255
        ) {
          throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid name.`);
        }
        const lower = name.toLowerCase();
        if (
          this.core.state.names.some((n) => n.name.toLowerCase() === lower) ||
          this.core.state.tables.some((t) => t.name.toLowerCase() === lower)
        ) {
          throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
        }
        if (comment !== undefined && comment.length > 255)
          throw new FakeOfficeError('InvalidArgument', 'A name comment holds at most 255 characters.');
        let formula: string;
        if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
        else {
          const t = reference.resolveNow();
          formula = `=${sheetRef(t.sheet.name)}!${absoluteAddress(t.rect)}`;
        }
        const isRange =
          typeof reference !== 'string' ||
          /^=('(?:[^']|'')+'|[^!'"]+)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(formula);
        created = { name, formula, comment: comment ?? '', visible: true, type: isRange ? 'Range' : 'Formula' };
        this.core.state.names.push(created);
      },
    );
    return new FakeNamedItem(this.core, () => created ?? null);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, () => this.find(name));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, () => this.find(name), true);
  }
  private find(name: string): NameState | null {
    const lower = name.toLowerCase();
    return this.core.state.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }
}
