/**
 * The charts of an .xlsx read back from its parts, as a reader finds them: the workbook's sheets, each
 * sheet's <drawing r:id> and relationship, the drawing's two-cell anchors and their chart parts, and in
 * each chart its kind, title, series names and references (formula, cells, cached values). Written for
 * the tests against src/hosts/xlsx/chartParts.ts, and sharing nothing with it.
 */
import type { ChartSpec, RangeRef } from '../../../src/sheets/shared/blueprint';
import { resolveTarget } from './excelRules';
import { type XmlElement, childNamed, childrenNamed, descendants, parseXml, textOf } from './xml';

export interface ChartRef {
  kind: 'str' | 'num';
  formula: string;
  sheet: string;
  range: RangeRef;
  cells: { row: number; col: number }[];
  /** Cached point idx → value (text for a string cache, a number for a number cache); absent points are holes. */
  cache: (string | number | undefined)[];
}

export interface ReadChart {
  part: string;
  spec: Omit<ChartSpec, 'cached'> & { sheet: string };
  refs: ChartRef[];
}

const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** 'Sheet name'!$A$5:$A$18 → the sheet and the range; throws on anything else (a chart reference is absolute). */
export function parseReference(formula: string): { sheet: string; range: RangeRef } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not an absolute reference to one sheet's cells: ${formula}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [c0, r0] = [column(m[3]), Number(m[4]) - 1];
  const [c1, r1] = m[5] ? [column(m[5]), Number(m[6]) - 1] : [c0, r0];
  return { sheet, range: { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
}

function readRef(el: XmlElement): ChartRef {
  const ref = childNamed(el, 'strRef') ?? childNamed(el, 'numRef');
  if (!ref) throw new Error(`<${el.name}> holds no cell reference (a literal is not live)`);
  const kind = ref.name.endsWith('strRef') ? 'str' : 'num';
  const formula = textOf(childNamed(ref, 'f')!);
  const { sheet, range } = parseReference(formula);
  const cells = Array.from({ length: range.rows * range.cols }, (_, i) =>
    range.cols === 1 ? { row: range.row + i, col: range.col } : { row: range.row, col: range.col + i },
  );
  const cacheEl = childNamed(ref, kind === 'str' ? 'strCache' : 'numCache');
  const cache: ChartRef['cache'] = [];
  for (const pt of cacheEl ? childrenNamed(cacheEl, 'pt') : []) {
    const v = textOf(childNamed(pt, 'v')!);
    cache[Number(pt.attrs.idx)] = kind === 'num' ? Number(v) : v;
  }
  return { kind, formula, sheet, range, cells, cache };
}

const TYPES: Record<string, ChartSpec['type']> = {
  'bar,clustered': 'barClustered',
  'col,clustered': 'columnClustered',
  'col,stacked': 'columnStacked',
};

function readChart(part: string, xml: string, anchor: RangeRef): ReadChart {
  const root = parseXml(xml);
  const plot = descendants(root, 'plotArea')[0];
  const bar = childNamed(plot, 'barChart');
  const type = bar
    ? TYPES[`${childNamed(bar, 'barDir')!.attrs.val},${childNamed(bar, 'grouping')!.attrs.val}`]
    : childNamed(plot, 'lineChart')
      ? 'line'
      : undefined;
  if (!type) throw new Error(`${part}: a chart of a kind the blueprint does not have`);
  const title = descendants(childNamed(descendants(root, 'chart')[0], 'title')!, 't')
    .map(textOf)
    .join('');
  const sers = descendants(plot, 'ser');
  const refs: ChartRef[] = [];
  const series = sers.map((ser) => {
    const cat = readRef(childNamed(ser, 'cat')!);
    const val = readRef(childNamed(ser, 'val')!);
    refs.push(cat, val);
    return { name: textOf(childNamed(childNamed(ser, 'tx')!, 'v')!), values: val.range, cat };
  });
  const sheets = new Set(refs.map((r) => r.sheet));
  if (sheets.size !== 1) throw new Error(`${part}: references on several sheets (${[...sheets].join(', ')})`);
  const cats = new Set(series.map((s) => s.cat.formula));
  if (cats.size !== 1) throw new Error(`${part}: series with different categories`);
  return {
    part,
    spec: {
      sheet: refs[0].sheet,
      title,
      type,
      categories: series[0].cat.range,
      series: series.map(({ name, values }) => ({ name, values })),
      anchor,
    },
    refs,
  };
}

/** The charts of one drawing part (its path in the package), in anchor order. */
export function readDrawing(files: ReadonlyMap<string, string>, drawing: string): ReadChart[] {
  const rels = relationshipsOf(files, drawing);
  return descendants(parseXml(need(files, drawing)), 'twoCellAnchor').map((a) => {
    const corner = (tag: string) => {
      const c = childNamed(a, tag)!;
      const n = (t: string) => Number(textOf(childNamed(c, t)!));
      return { row: n('row'), col: n('col'), rowOff: n('rowOff'), colOff: n('colOff') };
    };
    const [from, to] = [corner('from'), corner('to')];
    // The chart covers its last cell when it ends inside it, and ends before a cell it only touches.
    const rows = to.row - from.row + (to.rowOff > 0 ? 1 : 0);
    const cols = to.col - from.col + (to.colOff > 0 ? 1 : 0);
    const id = descendants(a, 'chart')[0].attrs['r:id'];
    const part = rels.get(id);
    if (!part) throw new Error(`${drawing}: chart relationship ${id} is missing`);
    return readChart(part, need(files, part), { row: from.row, col: from.col, rows, cols });
  });
}

function need(files: ReadonlyMap<string, string>, part: string): string {
  const text = files.get(part);
  if (text === undefined) throw new Error(`${part} is not in the package`);
  return text;
}

/** Relationship id → target part, for the part `source` (empty when it has no relationships part). */
function relationshipsOf(files: ReadonlyMap<string, string>, source: string): Map<string, string> {
  const at = source.lastIndexOf('/');
  const rels = files.get(`${source.slice(0, at)}/_rels/${source.slice(at + 1)}.rels`);
  const out = new Map<string, string>();
  if (rels === undefined) return out;
  for (const r of childrenNamed(parseXml(rels), 'Relationship'))
    out.set(r.attrs.Id, resolveTarget(source, r.attrs.Target));
  return out;
}

/** Every sheet's charts, by sheet name in workbook order (a sheet without a drawing has none). */
export function readWorkbookCharts(files: ReadonlyMap<string, string>): Map<string, ReadChart[]> {
  const book = 'xl/workbook.xml';
  const rels = relationshipsOf(files, book);
  const out = new Map<string, ReadChart[]>();
  for (const s of descendants(parseXml(need(files, book)), 'sheet')) {
    const part = rels.get(s.attrs['r:id'])!;
    // The <drawing> element alone (a sheet of thousands of rows is slow to parse whole); xmllint checks the rest.
    const tag = /<(?:\w+:)?drawing\s[^>]*>/.exec(need(files, part));
    if (!tag) {
      out.set(s.attrs.name, []);
      continue;
    }
    const drawing = parseXml(tag[0].replace(/\/?>$/, '/>'));
    const target = relationshipsOf(files, part).get(drawing.attrs['r:id']);
    if (!target) throw new Error(`${part}: its drawing's relationship is missing`);
    out.set(s.attrs.name, readDrawing(files, target));
  }
  return out;
}
