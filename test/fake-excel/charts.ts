/** Excel.Chart, its title and series; ExcelApi 1.7 for series.add / setValues / setXAxisValues. */
import { qualified } from './address';
import { FakeCollection, FakeCore, FakeObject } from './core';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import type { ChartState, SheetState } from './state';

const TYPES = [
  'ColumnClustered',
  'ColumnStacked',
  'BarClustered',
  'BarStacked',
  'Line',
  'LineMarkers',
  'Pie',
  'XYScatter',
  'Area',
];

type ChartTarget = { sheet: SheetState; chart: ChartState };

export class FakeChartCollection extends FakeCollection<SheetState, FakeChart> {
  constructor(
    core: FakeCore,
    private readonly sheet: () => SheetState,
  ) {
    super(core, 'ChartCollection', sheet);
  }
  protected list(): FakeChart[] {
    const s = this.sheet();
    return s.charts.map((c) => new FakeChart(this.core, () => ({ sheet: s, chart: c })));
  }
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartTarget | undefined;
    this.core.enqueue(`ChartCollection.add(${type}, Range, ${seriesBy})`, [type, seriesBy], () => {
      if (!TYPES.includes(type)) throw new FakeOfficeError('InvalidArgument', `"${type}" is not a chart type.`);
      const sheet = this.sheet();
      const src = sourceData.resolveNow();
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && src.rect.rows >= src.rect.cols);
      const count = byColumns ? src.rect.cols : src.rect.rows;
      const series = Array.from({ length: count }, (_, i) => ({
        values: qualified(
          src.sheet.name,
          byColumns ? { ...src.rect, col: src.rect.col + i, cols: 1 } : { ...src.rect, row: src.rect.row + i, rows: 1 },
        ),
      }));
      const chart: ChartState = { name: `Chart ${sheet.charts.length + 1}`, type, seriesBy, series };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(this.core, () => created ?? null);
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.core, () => {
      const s = this.sheet();
      return s.charts[index] ? { sheet: s, chart: s.charts[index] } : null;
    });
  }
}

export class FakeChart extends FakeObject<ChartTarget> {
  constructor(core: FakeCore, resolve: () => ChartTarget | null) {
    super(core, 'Chart', resolve);
  }
  protected override isGone(t: ChartTarget): boolean {
    return !!t.sheet.deleted || !t.sheet.charts.includes(t.chart);
  }
  protected defaultProperties(): string[] {
    return ['name'];
  }
  protected readProperty(name: string): unknown {
    const t = this.must();
    if (name === 'name') return t.chart.name;
    if (name === 'title') return this.title;
    if (name === 'series') return this.series;
    throw new FakeOfficeError('InvalidArgument', `The fake Chart has no property '${name}'.`);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => (t.chart.name = v));
  }
  get title(): FakeChartTitle {
    return this.nav('title', () => new FakeChartTitle(this.core, () => this.must()));
  }
  get series(): FakeSeriesCollection {
    return this.nav('series', () => new FakeSeriesCollection(this.core, () => this.must()));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const text = (r: FakeRange | string) => (typeof r === 'string' ? r : r.resolveNow().rect);
    this.call(
      'setPosition()',
      [typeof startCell === 'string' ? startCell : 0, typeof endCell === 'string' ? endCell : 0],
      (t) => {
        const start = text(startCell);
        const end = endCell === undefined ? undefined : text(endCell);
        const show = (v: string | { row: number; col: number; rows: number; cols: number }) =>
          typeof v === 'string' ? v : qualified(t.sheet.name, v).split('!')[1];
        t.chart.position = { start: show(start), end: end === undefined ? undefined : show(end) };
      },
    );
  }
  delete(): void {
    this.call('delete()', undefined, (t) => t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1));
  }
}

export class FakeChartTitle extends FakeObject<ChartTarget> {
  constructor(core: FakeCore, resolve: () => ChartTarget) {
    super(core, 'ChartTitle', resolve);
  }
  protected defaultProperties(): string[] {
    return ['text'];
  }
  protected readProperty(name: string): unknown {
    if (name === 'text') return this.must().chart.title ?? '';
    throw new FakeOfficeError('InvalidArgument', `The fake ChartTitle has no property '${name}'.`);
  }
  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.set('text', v, (t) => (t.chart.title = v));
  }
}

type SeriesTarget = ChartTarget & { index: number };

export class FakeSeriesCollection extends FakeCollection<ChartTarget, FakeSeries> {
  constructor(
    core: FakeCore,
    private readonly chart: () => ChartTarget,
  ) {
    super(core, 'ChartSeriesCollection', chart);
  }
  protected list(): FakeSeries[] {
    const t = this.chart();
    return t.chart.series.map((_, i) => new FakeSeries(this.core, () => ({ ...t, index: i })));
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.core, () => {
      const t = this.chart();
      return t.chart.series[index] ? { ...t, index } : null;
    });
  }
  /** ExcelApi 1.7. */
  add(name?: string): FakeSeries {
    let index = -1;
    this.core.enqueue(`ChartSeriesCollection.add(${JSON.stringify(name)})`, name, () => {
      this.core.need('1.7', 'ChartSeriesCollection.add');
      const t = this.chart();
      t.chart.series.push(name === undefined ? {} : { name });
      index = t.chart.series.length - 1;
    });
    return new FakeSeries(this.core, () => (index < 0 ? null : { ...this.chart(), index }));
  }
}

export class FakeSeries extends FakeObject<SeriesTarget> {
  constructor(core: FakeCore, resolve: () => SeriesTarget | null) {
    super(core, 'ChartSeries', resolve);
  }
  protected defaultProperties(): string[] {
    return ['name'];
  }
  protected readProperty(name: string): unknown {
    const t = this.must();
    if (name === 'name') return t.chart.series[t.index].name ?? `Series${t.index + 1}`;
    throw new FakeOfficeError('InvalidArgument', `The fake ChartSeries has no property '${name}'.`);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => (t.chart.series[t.index].name = v));
  }
  setValues(source: FakeRange): void {
    this.call('setValues()', undefined, (t) => {
      this.core.need('1.7', 'ChartSeries.setValues');
      const r = source.resolveNow();
      t.chart.series[t.index].values = qualified(r.sheet.name, r.rect);
    });
  }
  setXAxisValues(source: FakeRange): void {
    this.call('setXAxisValues()', undefined, (t) => {
      this.core.need('1.7', 'ChartSeries.setXAxisValues');
      const r = source.resolveNow();
      t.chart.series[t.index].xValues = qualified(r.sheet.name, r.rect);
    });
  }
}
