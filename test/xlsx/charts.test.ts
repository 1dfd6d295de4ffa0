/**
 * The charts in the files both .xlsx writers produce (the command line's streamed one, the pane's
 * in-memory download), read back from the package as a reader finds them: every sheet has the charts
 * its blueprint asks for, each at its anchor, and every reference is a live formula to the cells the
 * spec names on the sheet itself. The schema check of the same files is schemaValid.test.ts.
 */
import JSZip from 'jszip';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import type { WorkbookBlueprint } from '../../src/sheets/shared/blueprint';
import { type ReadChart, readWorkbookCharts } from './support/charts';
import { streamedBytes } from './support/streamed';
import { TEST_WORKBOOKS } from './support/workbooks';

jest.setTimeout(120_000);

async function filesOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && /\.(xml|rels)$/.test(n));
  return new Map(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
}

/** What the blueprint asks each sheet to draw, as a chart part can say it. */
function asked(blueprint: WorkbookBlueprint): Map<string, ReadChart['spec'][]> {
  return new Map(
    blueprint.sheets.map((s) => [
      s.name,
      s.charts.map((c) => ({
        sheet: s.name,
        title: c.title,
        type: c.type,
        categories: c.categories,
        series: c.series,
        anchor: c.anchor,
      })),
    ]),
  );
}

const WRITERS = [
  ['the pane’s download (writeXlsx, in memory)', writeXlsx],
  ['the command line’s file (streamXlsx)', streamedBytes],
] as const;

describe.each(WRITERS)('%s', (_, write) => {
  const [pack, ...others] = TEST_WORKBOOKS;

  it('draws every chart of the default pack on its sheet, at its anchor, over the cells the spec names', async () => {
    const blueprint = pack.blueprint();
    const charts = readWorkbookCharts(await filesOf(await write(blueprint)));
    const drawn = new Map([...charts].map(([sheet, list]) => [sheet, list.map((c) => c.spec)]));
    expect(drawn).toEqual(asked(blueprint));
    const kinds = blueprint.sheets.filter((s) => s.charts.length).map((s) => s.role);
    expect(new Set(kinds)).toEqual(new Set(['summary', 'scenario', 'sensitivity', 'monitoring']));
    // Live: every category and value reference is a formula over the sheet's cells (readRef refuses literals).
    for (const [sheet, list] of charts)
      for (const chart of list)
        for (const ref of chart.refs) expect([chart.part, ref.sheet]).toEqual([chart.part, sheet]);
  });

  it.each(others.map((w) => [w.name, w] as const))('draws the charts of %s', async (_name, w) => {
    const blueprint = w.blueprint();
    const charts = readWorkbookCharts(await filesOf(await write(blueprint)));
    expect(new Map([...charts].map(([sheet, list]) => [sheet, list.map((c) => c.spec)]))).toEqual(asked(blueprint));
  });
});
