/**
 * The heart of the fake: a request queue with Excel's batching semantics.
 *
 * - Setting a property or calling a method only queues an action; nothing reaches the workbook until
 *   `context.sync()`. Actions run in order; the first that fails stops the batch and `sync()` rejects with
 *   an OfficeExtension-like error. A request is not a transaction: what ran before the failure stays applied,
 *   as in Excel ("Error handling with the application-specific JavaScript APIs",
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling, and
 *   OfficeExtension.Error.traceMessages, "all trace messages that were executed before the error occurred",
 *   https://learn.microsoft.com/javascript/api/office/officeextension.error). The writer undoes its own.
 * - `load()` queues a read; the property is readable only after the sync, else PropertyNotLoaded.
 * - Each request's payload is estimated from its actions' JSON; over the limit (5 MB, Excel on the web's:
 *   "Resource limits and performance optimization for Office Add-ins",
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
 *   the whole request is refused before anything runs (RequestPayloadSizeLimitExceeded).
 * - Requirement sets: an API newer than the configured ExcelApi version fails at sync (ApiNotFound),
 *   which is what happens when code calls an API the host does not implement.
 * - Failures can be injected: at the Nth sync after K actions, or on the first action whose label matches.
 */
import { jsonBytes } from '../../src/hosts/excel/payload';
import { FakeCalculation } from './calc';
import { FakeOfficeError } from './errors';
import type { WorkbookState } from './state';

/** What one queued action costs besides its argument (our estimate of Excel's envelope). */
export const FAKE_ACTION_OVERHEAD = 100;

export interface FailurePlan {
  /** 1-based sync that fails. */
  sync: number;
  /** Actions applied before the failure (default: half of the batch; a shorter batch fails after all of it). */
  afterOperations?: number;
}

export interface CoreOptions {
  apiVersion: string;
  maxRequestBytes: number;
  failAt?: FailurePlan;
  failWhen?: (label: string) => boolean;
}

interface Action {
  label: string;
  bytes: number;
  apply(): void;
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export class FakeCore {
  private queue: Action[] = [];
  syncCount = 0;
  readonly requestPayloadSizes: number[] = [];
  /** Queued actions of each request, in sync order (to inject a failure at every one of them). */
  readonly requestActionCounts: number[] = [];
  readonly operations: string[] = [];
  /** Calls of application.suspendApiCalculationUntilNextSync that reached the workbook. */
  calculationSuspensions = 0;
  /** Bumped by every action that may change the workbook: the calculation is redone when it moved. */
  revision = 0;
  private readonly calculation: FakeCalculation;

  constructor(
    readonly state: WorkbookState,
    readonly options: CoreOptions,
  ) {
    this.calculation = new FakeCalculation(state);
  }

  /** What Excel computed for a formula cell (recalculated on demand: the calculation mode is Automatic). */
  computed(sheetId: string, row: number, col: number): string | number | boolean {
    return this.calculation.value(sheetId, row, col, this.revision);
  }

  supports(set: string, version: string): boolean {
    return set === 'ExcelApi' && versionAtLeast(this.options.apiVersion, version);
  }

  /** Fails (at sync) when the configured host lacks ExcelApi `version`. */
  need(version: string, what: string): void {
    if (!this.supports('ExcelApi', version)) {
      throw new FakeOfficeError(
        'ApiNotFound',
        `${what} needs ExcelApi ${version}; this host has ${this.options.apiVersion}.`,
        what,
      );
    }
  }

  enqueue(label: string, argument: unknown, apply: () => void): void {
    this.queue.push({ label, bytes: (argument === undefined ? 0 : jsonBytes(argument)) + FAKE_ACTION_OVERHEAD, apply });
  }

  /** Trace messages run in the current request (context.trace). */
  traces: string[] = [];

  async sync(): Promise<void> {
    this.traces = [];
    try {
      await this.run();
    } catch (e) {
      if (e instanceof FakeOfficeError) e.traceMessages = [...this.traces];
      throw e;
    }
  }

  private async run(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.syncCount++;
    const bytes = batch.reduce((n, a) => n + a.bytes, 0);
    this.requestPayloadSizes.push(bytes);
    this.requestActionCounts.push(batch.length);
    this.operations.push(`sync #${this.syncCount}: ${batch.length} actions, ${bytes} bytes`);
    if (bytes > this.options.maxRequestBytes) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.options.maxRequestBytes} bytes).`,
      );
    }
    const failAt = this.options.failAt;
    const stopAfter =
      failAt && failAt.sync === this.syncCount ? (failAt.afterOperations ?? Math.floor(batch.length / 2)) : Infinity;
    for (let i = 0; i < batch.length; i++) {
      const action = batch[i];
      if (i >= stopAfter || this.options.failWhen?.(action.label)) {
        this.operations.push(`  FAILED (injected) at ${action.label}`);
        throw new FakeOfficeError(
          'GeneralException',
          'An internal error has occurred (injected by the test).',
          action.label,
        );
      }
      try {
        action.apply();
      } catch (e) {
        this.revision++;
        this.operations.push(`  FAILED ${action.label}: ${(e as Error).message}`);
        throw e;
      }
      if (action.label === 'trace') continue;
      if (!action.label.includes('.load(')) {
        this.revision++;
        this.operations.push(`  ${action.label}`);
      }
    }
    if (stopAfter !== Infinity) {
      // The armed sync fails even when the batch is shorter than `afterOperations` (after all of it ran).
      this.operations.push('  FAILED (injected) at the end of the batch');
      throw new FakeOfficeError('GeneralException', 'An internal error has occurred (injected by the test).');
    }
  }
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const raw = typeof spec === 'string' || Array.isArray(spec) ? spec : spec.select;
  if (raw === undefined) return null;
  return (Array.isArray(raw) ? raw : raw.split(',')).map((p) => p.trim()).filter(Boolean);
}

/**
 * Base of every fake object. `resolve()` finds the workbook object the proxy stands for (once, then the
 * proxy stays bound to it, as Excel's object paths do); `readProperty()` reads a property or a navigation
 * object at sync time.
 */
export abstract class FakeObject<T = unknown> {
  private loaded = new Map<string, unknown>();
  private bound: T | null | undefined;
  private nullResolved: boolean | undefined;

  constructor(
    protected readonly core: FakeCore,
    protected readonly kind: string,
    private readonly resolver: () => T | null,
    /** An *OrNullObject proxy: a missing target is a null object, not ItemNotFound. */
    private readonly nullable = false,
  ) {
    if (nullable) this.core.enqueue(`${kind}.resolve`, undefined, () => void this.target());
  }

  /** The target, or null for a null object; throws ItemNotFound for a missing non-nullable target. */
  protected target(): T | null {
    if (this.bound === undefined) {
      const t = this.resolver();
      if (t === null) {
        if (!this.nullable)
          throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this.kind}).`, this.kind);
        this.nullResolved = true;
        return null;
      }
      this.bound = t;
      this.nullResolved = false;
    }
    const bound = this.bound as T | null;
    if (bound !== null && this.isGone(bound))
      throw new FakeOfficeError('ItemNotFound', `The ${this.kind} has been deleted.`, this.kind);
    return bound;
  }

  /** The target, which must exist (null objects cannot be acted on). */
  protected must(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError('InvalidOperation', `The ${this.kind} is a null object.`, this.kind);
    return t;
  }

  protected isGone(_t: T): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullResolved === undefined) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property 'isNullObject' is not available. Call context.sync() first.`,
      );
    }
    return this.nullResolved;
  }

  /** Scalar properties loaded by a bare load(). */
  protected abstract defaultProperties(): string[];

  /** A property's current value, or a FakeObject for a navigation property, or an array for `items`. */
  protected abstract readProperty(name: string): unknown;

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? this.defaultProperties();
    this.core.enqueue(`${this.kind}.load(${paths.join(',')})`, paths, () => this.loadNow(paths));
    return this;
  }

  /** Applied at sync. */
  loadNow(paths: string[]): void {
    if (this.target() === null) return;
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length) groups.get(head)!.push(rest.join('/'));
    }
    for (const [head, rest] of groups) {
      const value = this.readProperty(head);
      if (value instanceof FakeObject) value.loadNow(rest.length ? rest : value.defaultProperties());
      else if (Array.isArray(value) && head === 'items') {
        for (const item of value as FakeObject[]) item.loadNow(rest.length ? rest : item.defaultProperties());
        this.loaded.set(head, value);
      } else this.loaded.set(head, value);
    }
  }

  private navs = new Map<string, unknown>();

  /** Navigation properties return the same object each time, as in Office.js (so what was loaded stays). */
  protected nav<N>(key: string, make: () => N): N {
    if (!this.navs.has(key)) this.navs.set(key, make());
    return this.navs.get(key) as N;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; the new value is readable on the proxy at once, as in Office.js. */
  protected set(name: string, value: unknown, apply: (t: T) => void): void {
    this.loaded.set(name, value);
    this.core.enqueue(`${this.kind}.${name} = ${preview(value)}`, value, () => apply(this.must()));
  }

  /** Queues a method call. */
  protected call(label: string, argument: unknown, apply: (t: T) => void): void {
    this.core.enqueue(`${this.kind}.${label}`, argument, () => apply(this.must()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Excel's "load the collection" pattern: `items` after load('items') or load('items/name'). */
export abstract class FakeCollection<T, I extends FakeObject> extends FakeObject<T> {
  protected abstract list(): I[];

  get items(): I[] {
    return this.get<I[]>('items');
  }

  protected defaultProperties(): string[] {
    return ['items'];
  }

  protected readProperty(name: string): unknown {
    if (name === 'items') return this.list();
    if (name === 'count') return this.list().length;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${this.kind}.${name}`);
  }
}
