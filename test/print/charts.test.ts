/**
 * The charts of the command line's default pack (three scenarios, Sensitivity, Monitoring) on paper.
 * The CLI writes the file; LibreOffice prints it, and prints it again with every chart emptied (the same
 * file otherwise). What the charts add, page by page, must be each chart's title, its
 * axis labels (the categories) and its legend, on the page of its sheet the layout planned for it; and
 * that page, rendered (pdftoppm), must show the bars in the series' colours where the file without
 * charts has none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { SCOTLAND_2018, SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { loadBlueprint } from '../sheets/hf';
import { readWorkbookCharts } from '../xlsx/support/charts';
import { type Page, printAvailable, printToPdf, readPdf } from './support/pdf';

jest.setTimeout(300_000);
const runIf = printAvailable() ? describe : describe.skip;

/** The blueprint the command line builds for `plan --coverage 25,50,100 --sensitivity --monitoring`. */
const blueprint = buildWorkbook({
  areas: [...SCOTLAND_2018],
  base: DEFAULT_ASSUMPTIONS,
  scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]),
  generated: new Date(),
  version: 'test',
  dataSet: SCOTLAND_2018_DATA_SET,
  sensitivity: {},
  monitoring: { scenario: 0 },
});

async function cliPack(): Promise<Uint8Array> {
  const file = join(mkdtempSync(join(tmpdir(), 'ips-cli-charts-')), 'pack.xlsx');
  const quiet = new Writable({ write: (_c, _e, done) => done() });
  const args = ['--out', file, '--coverage', '25,50,100', '--sensitivity', '--monitoring'];
  const code = await run(args, { out: quiet, err: quiet, cwd: process.cwd() });
  if (code !== 0) throw new Error(`plan ${args.join(' ')} exited ${code}`);
  return readFileSync(file);
}

/**
 * The same file with every chart emptied (no title, series, axes or legend): what it prints without its
 * charts, on the same pages (a sheet whose last rows are a chart's would otherwise print a page fewer).
 */
async function withoutCharts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const empty =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart>' +
    '<c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>' +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  expect(charts.length).toBeGreaterThan(0);
  for (const name of charts) zip.file(name, empty);
  return zip.generateAsync({ type: 'uint8array' });
}

/** How often each word is printed on a page. */
function wordCounts(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of page.words) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  return counts;
}

/** Words printed on `page` more often than on `before` (the same page without charts). */
function added(page: Page, before: Page): Map<string, number> {
  const was = wordCounts(before);
  return new Map(
    [...wordCounts(page)].flatMap(([w, n]) => (n > (was.get(w) ?? 0) ? [[w, n - (was.get(w) ?? 0)]] : [])),
  );
}

/** Pixels of a page (pdftoppm, 40 dpi) within a few steps of an RGB colour. */
function pixelsOf(pdf: string, page: number, colours: string[]): number {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const data = ppm.subarray(header[0].length);
  const rgb = colours.map((c) => [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16)));
  let n = 0;
  for (let i = 0; i + 2 < data.length; i += 3)
    if (rgb.some(([r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 30))
      n++;
  return n;
}

/** The page (0-based, of the whole PDF) the layout plans for each chart of each sheet. */
function plannedPages(pages: Page[]) {
  return blueprint.sheets.flatMap((sheet) => {
    const own = pages.flatMap((p, i) => (p.sheet === sheet.name ? [i] : []));
    // The sheet's first page, plus one for each planned break at or above the chart's top row.
    return sheet.charts.map((chart) => ({
      sheet,
      chart,
      page: own[sheet.print!.rowBreaks.filter((b) => b <= chart.anchor.row).length],
    }));
  });
}

runIf('the default command-line pack’s charts on paper', () => {
  let pdf: string;
  let barePdf: string;
  let pages: Page[];
  let bare: Page[];
  beforeAll(async () => {
    const bytes = await cliPack();
    const files = await JSZip.loadAsync(bytes);
    const texts = new Map<string, string>();
    for (const n of Object.keys(files.files).filter((f) => /\.(xml|rels)$/.test(f)))
      texts.set(n, await files.file(n)!.async('string'));
    // The CLI's file draws what this blueprint asks for (the test's expectations come from it).
    const drawn = readWorkbookCharts(texts);
    for (const sheet of blueprint.sheets)
      expect([sheet.name, drawn.get(sheet.name)?.map((c) => c.spec.title)]).toEqual([
        sheet.name,
        sheet.charts.map((c) => c.title),
      ]);
    pdf = printToPdf(bytes, 'charts');
    barePdf = printToPdf(await withoutCharts(bytes), 'no-charts');
    pages = readPdf(pdf);
    bare = readPdf(barePdf);
  });

  it('prints the same pages with and without charts: each chart sits inside its planned page', () => {
    expect(pages.map((p) => p.sheet)).toEqual(bare.map((p) => p.sheet));
  });

  it('prints each chart’s title, axis labels and legend on the page of its sheet the layout planned', () => {
    const hf = loadBlueprint(blueprint);
    const planned = plannedPages(pages);
    expect(planned.map((p) => p.sheet.role)).toEqual(
      expect.arrayContaining(['summary', 'scenario', 'sensitivity', 'monitoring']),
    );
    for (const { sheet, chart, page } of planned) {
      const where = `${sheet.name}: "${chart.title}" on page ${page + 1}`;
      const more = added(pages[page], bare[page]);
      const { row, col, rows, cols } = chart.categories;
      const labels = Array.from({ length: rows * cols }, (_, i) =>
        String(hf.value(sheet.name, cols === 1 ? { row: row + i, col } : { row, col: col + i })),
      );
      const words = [chart.title, ...chart.series.map((s) => s.name), labels[0], labels[labels.length - 1]];
      for (const word of words.map((t) => t.split(' ')[0]))
        expect([where, word, more.has(word)]).toEqual([where, word, true]);
    }
    // No other page gains a word: nothing of a chart spills onto the page before or after it.
    const chartPages = new Set(planned.map((p) => p.page));
    pages.forEach((p, i) => {
      if (!chartPages.has(i)) expect([p.sheet, i + 1, [...added(p, bare[i]).keys()]]).toEqual([p.sheet, i + 1, []]);
    });
  });

  it('shows the bars: each page with charts has the first series’ colour, the page with charts emptied none', () => {
    const chartPages = new Set(plannedPages(pages).map((p) => p.page));
    expect(chartPages.size).toBe(6);
    for (const i of chartPages) {
      const where = `page ${i + 1} (${pages[i].sheet})`;
      // The first series' blue (Monitoring's actuals are blank in a new pack: its planned bars alone).
      const blue = pixelsOf(pdf, i + 1, ['4472C4']);
      const bareBlue = pixelsOf(barePdf, i + 1, ['4472C4', 'ED7D31']);
      expect([where, blue > 150, bareBlue < 20]).toEqual([where, true, true]);
    }
  });
});
