/** Excel.Workbook, Application and the RequestContext look-alike. */
import { FakeCore, FakeObject, type LoadSpec } from './core';
import { FakeCustomXmlPartCollection } from './customXml';
import { FakeOfficeError } from './errors';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheet';

export class FakeApplication extends FakeObject<FakeCore> {
  constructor(core: FakeCore) {
    super(core, 'Application', () => core);
  }
  protected defaultProperties(): string[] {
    return ['calculationMode'];
  }
  protected readProperty(name: string): unknown {
    if (name === 'calculationMode') return 'Automatic';
    throw new FakeOfficeError('InvalidArgument', `The fake Application has no property '${name}'.`);
  }
  get calculationMode(): string {
    return this.get('calculationMode');
  }
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync()', undefined, (core) => {
      core.need('1.6', 'Application.suspendApiCalculationUntilNextSync');
      core.calculationSuspensions++;
    });
  }
}

export class FakeWorkbook extends FakeObject<FakeCore> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(core: FakeCore) {
    super(core, 'Workbook', () => core);
    this.customXmlParts = new FakeCustomXmlPartCollection(core);
    this.worksheets = new FakeWorksheetCollection(core);
    this.names = new FakeNamedItemCollection(core);
    this.tables = new FakeTableCollection(core, null);
    this.application = new FakeApplication(core);
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'names') return this.names;
    if (name === 'tables') return this.tables;
    if (name === 'customXmlParts') return this.customXmlParts;
    throw new FakeOfficeError('InvalidArgument', `The fake Workbook has no property '${name}'.`);
  }
  /** Fails (InvalidSelection-like) when the selection is not a range. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const sel = this.core.state.selection;
      const sheet = sel && this.core.state.sheets.find((s) => s.id === sel.sheetId);
      if (!sel || !sheet)
        throw new FakeOfficeError('InvalidOperation', 'The current selection is not a range of cells.');
      return { sheet, rect: sel.rect };
    });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  constructor(private readonly core: FakeCore) {
    this.workbook = new FakeWorkbook(core);
    this.application = this.workbook.application;
  }
  /** Runs in the request, in order: a failing request's error lists the traces run before it (traceMessages). */
  trace(message: string): void {
    this.core.enqueue('trace', undefined, () => this.core.traces.push(message));
  }
  load(object: FakeObject, spec?: LoadSpec): void {
    object.load(spec);
  }
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this.core.sync().then(() => passThroughValue);
  }
}
