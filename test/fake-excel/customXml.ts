/**
 * Excel.CustomXmlPart and the workbook's CustomXmlPartCollection (ExcelApi 1.5): parts of XML stored in
 * the workbook, each with an id and the namespace of its root element. getXml() returns a ClientResult
 * whose value is readable after sync.
 */
import { FakeCollection, FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import type { CustomXmlPartState } from './state';
import { newId } from './workbookOps';

function namespaceOf(xml: unknown): string {
  if (typeof xml !== 'string' || !/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_][\w.:-]*[\s/>]/.test(xml))
    throw new FakeOfficeError('InvalidArgument', 'The XML is not well formed.');
  return /^\s*(?:<\?xml[^>]*\?>\s*)?<[^>]*\bxmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
}

export class FakeCustomXmlPart extends FakeObject<CustomXmlPartState> {
  constructor(core: FakeCore, resolve: () => CustomXmlPartState | null) {
    super(core, 'CustomXmlPart', resolve);
  }
  protected override isGone(p: CustomXmlPartState): boolean {
    return !this.core.state.customXmlParts.includes(p);
  }
  protected defaultProperties(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected readProperty(name: string): unknown {
    this.core.need('1.5', 'CustomXmlPart');
    const p = this.must();
    if (name === 'id') return p.id;
    if (name === 'namespaceUri') return p.namespaceUri;
    throw new FakeOfficeError('InvalidArgument', `The fake CustomXmlPart has no property '${name}'.`);
  }
  get id(): string {
    return this.get('id');
  }
  get namespaceUri(): string {
    return this.get('namespaceUri');
  }
  getXml(): { value: string } {
    const result = { loaded: false, xml: '' };
    this.call('getXml()', undefined, (p) => {
      result.loaded = true;
      result.xml = p.xml;
    });
    return {
      get value(): string {
        if (!result.loaded)
          throw new FakeOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
        return result.xml;
      },
    };
  }
  delete(): void {
    this.call('delete()', undefined, (p) => {
      this.core.state.customXmlParts = this.core.state.customXmlParts.filter((x) => x !== p);
    });
  }
}

export class FakeCustomXmlPartCollection extends FakeCollection<FakeCore, FakeCustomXmlPart> {
  constructor(
    core: FakeCore,
    private readonly namespace?: string,
  ) {
    super(core, 'CustomXmlPartCollection', () => core);
  }
  protected list(): FakeCustomXmlPart[] {
    this.core.need('1.5', 'CustomXmlPartCollection');
    return this.core.state.customXmlParts
      .filter((p) => this.namespace === undefined || p.namespaceUri === this.namespace)
      .map((p) => new FakeCustomXmlPart(this.core, () => p));
  }
  add(xml: string): FakeCustomXmlPart {
    let created: CustomXmlPartState | undefined;
    this.core.enqueue('CustomXmlPartCollection.add', xml, () => {
      this.core.need('1.5', 'CustomXmlPartCollection.add');
      created = { id: newId(this.core.state, 'xml'), namespaceUri: namespaceOf(xml), xml };
      this.core.state.customXmlParts.push(created);
    });
    return new FakeCustomXmlPart(this.core, () => created ?? null);
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.core, namespaceUri);
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.core, () => this.core.state.customXmlParts.find((p) => p.id === id) ?? null);
  }
}
