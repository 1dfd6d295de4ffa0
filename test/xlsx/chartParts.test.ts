/**
 * The chart parts (src/hosts/xlsx/chartParts.ts) on their own, before any writer uses them: each chart
 * part validates against dml-chart.xsd and each drawing against dml-spreadsheetDrawing.xsd; read back,
 * every anchor, title and reference is the spec's; the cached values are what a formula engine
 * (HyperFormula) computes for the referenced cells, where the blueprint gives them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChartParts, withDrawing, withDrawingRelationship } from '../../src/hosts/xlsx/chartParts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import type { ChartSpec, SheetBlueprint } from '../../src/sheets/shared/blueprint';
import { SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { scotlandLayout } from '../support/scotlandLayout';
import { loadBlueprint } from '../sheets/hf';
import { readDrawing } from './support/charts';
import { parseXml } from './support/xml';
import { xmllint, xmllintAvailable } from './support/xmllint';

const built = scotlandLayout(coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]), {
  dataSet: SCOTLAND_2018_DATA_SET,
  sensitivity: {},
  monitoring: {},
});
const { blueprint } = built;
const withCharts = blueprint.sheets.filter((s) => s.charts.length);

function allParts() {
  const parts = new ChartParts();
  const sheets = withCharts.map((sheet) => ({ sheet, charts: parts.sheet(sheet)! }));
  return { parts, sheets };
}

describe('the chart parts of the default pack', () => {
  it('draws the charts of every sheet that has them: Summary, each scenario, Sensitivity, Monitoring', () => {
    const roles = new Set(withCharts.map((s) => s.role));
    expect([...roles].sort()).toEqual(['monitoring', 'scenario', 'sensitivity', 'summary']);
    const { sheets } = allParts();
    const names = sheets.flatMap((s) => s.charts.parts.map((p) => p.name));
    const count = withCharts.reduce((n, s) => n + s.charts.length, 0);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(count);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(withCharts.length);
    expect(new Set(names).size).toBe(names.length);
  });

  (xmllintAvailable() ? it : it.skip)('validates against the DrawingML chart and spreadsheet-drawing schemas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-charts-'));
    const files = { chart: [] as string[], drawing: [] as string[] };
    allParts()
      .sheets.flatMap((s) => s.charts.parts)
      .forEach((p, i) => {
        const kind = p.name.startsWith('xl/charts/') ? 'chart' : p.name.endsWith('.xml') ? 'drawing' : null;
        if (!kind) return;
        const file = join(dir, `${i}.xml`);
        writeFileSync(file, p.xml);
        files[kind].push(file);
      });
    expect(files.chart.length).toBeGreaterThan(0);
    expect(xmllint('dml-chart.xsd', files.chart)).toEqual([]);
    expect(xmllint('dml-spreadsheetDrawing.xsd', files.drawing)).toEqual([]);
  });

  it('reads back as the spec: the anchor, the title, the kind, and references to the sheet’s own cells', () => {
    for (const { sheet, charts } of allParts().sheets) {
      expect(read(charts).map((c) => c.spec)).toEqual(sheet.charts.map(specOnly(sheet)));
    }
  });

  it('caches what a formula engine computes for the referenced cells (constants and the model’s figures)', () => {
    const hf = loadBlueprint(blueprint);
    let checked = 0;
    for (const { sheet, charts } of allParts().sheets) {
      for (const chart of read(charts)) {
        for (const ref of chart.refs) {
          ref.cells.forEach((pos, i) => {
            const v = hf.value(ref.sheet, pos);
            const where = [sheet.name, chart.spec.title, ref.formula, i];
            // A blank cell has no point; Monitoring's figures (sums of typed actuals) are the reader's to compute.
            if (v === null || v === '' || (sheet.role === 'monitoring' && ref.cache[i] === undefined)) {
              expect([...where, ref.cache[i]]).toEqual([...where, undefined]);
              return;
            }
            checked++;
            expect([...where, ref.cache[i]]).toEqual([...where, ref.kind === 'num' ? v : String(v)]);
          });
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

/** The charts of one sheet's parts, read back as a reader finds them. */
const read = (charts: { parts: { name: string; xml: string }[]; drawingTarget: string }) =>
  readDrawing(new Map(charts.parts.map((p) => [p.name, p.xml])), charts.drawingTarget.replace(/^\.\.\//, 'xl/'));

/** The spec as the chart part can say it: what readCharts gives back. */
const specOnly = (sheet: SheetBlueprint) => (c: ChartSpec) => ({
  sheet: sheet.name,
  title: c.title,
  type: c.type,
  categories: c.categories,
  series: c.series,
  anchor: c.anchor,
});

describe('what a sheet adds to reach its drawing', () => {
  const sheet = (tail: string) => `<worksheet><sheetData/><pageMargins/>${tail}</worksheet>`;
  it.each([
    ['nothing after it', '', '<drawing r:id="rId2"/></worksheet>'],
    ['before the table parts', '<tableParts count="1"/>', '<drawing r:id="rId2"/><tableParts'],
    ['before an extension list', '<extLst/>', '<drawing r:id="rId2"/><extLst'],
    ['after the header, before legacy drawing', '<headerFooter/><legacyDrawing/>', '</headerFooter><drawing'],
  ])('names the drawing in schema order: %s', (_, tail, expected) => {
    const xml = withDrawing(sheet(tail.replace('</headerFooter>', '')), 'rId2');
    expect(xml.replace('<headerFooter/>', '<headerFooter></headerFooter>')).toContain(expected);
  });

  it('takes the next free relationship id, in a new part or the one there', () => {
    const fresh = withDrawingRelationship(undefined, '../drawings/drawing1.xml');
    expect(fresh.id).toBe('rId1');
    expect(parseXml(fresh.xml).name).toBe('Relationships');
    const rels = '<Relationships><Relationship Id="rId1"/><Relationship Id="rId3"/></Relationships>';
    expect(withDrawingRelationship(rels, 'x').id).toBe('rId4');
  });

  it('refuses a chart whose series does not match its categories, naming chart, sheet and series', () => {
    const s = withCharts[0];
    const bad = {
      ...s,
      charts: [{ ...s.charts[0], series: [{ name: 'Odd', values: { ...s.charts[0].categories, rows: 2 } }] }],
    };
    expect(() => new ChartParts().sheet(bad)).toThrow(
      `Chart "${s.charts[0].title}" on sheet "${s.name}": series "Odd"`,
    );
  });
});
