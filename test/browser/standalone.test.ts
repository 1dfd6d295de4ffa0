import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { SCOTLAND_2018, SCOTLAND_2018_DATA_SET } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';
import { budgetLayout, coverageLayout, scotlandLayout } from '../support/scotlandLayout';
import { coverageScenarios } from '../../src/model/scenarios';
import { browserAvailable } from './support/chromium';
import { PaneSession, artifactPath, openPane, shownNumber, startSession, waitForNumber } from './support/pane';
import { recalculateXlsx } from './support/xlsxToHf';
import { readWorkbookCharts } from '../xlsx/support/charts';

/** An .xlsx's XML parts by name. */
async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return new Map(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
}

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

d('the task pane in a browser, outside Office (production build, headless Chromium)', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());

  it('renders standalone with the built-in figures: the review’s 104 ES and 16,314 eligible at 25%', async () => {
    const { page, context, refused } = await openPane(session, { mode: 'standalone' });
    await expect(page.getByTestId(TEST_IDS.root).getAttribute('data-host')).resolves.toBe('standalone');
    const plan = computePlan(SCOTLAND_2018, DEFAULT_ASSUMPTIONS);
    expect(await shownNumber(page, TEST_IDS.totalEs)).toBe(plan.totals.specialists);
    expect(await shownNumber(page, TEST_IDS.totalEs)).toBe(104);
    expect(await shownNumber(page, TEST_IDS.totalEligible)).toBe(16314);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('switching to 50% shows the 50% plan', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone' });
    await page.getByTestId(TEST_IDS.coverage50).check();
    const plan = computePlan(SCOTLAND_2018, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 });
    expect(await waitForNumber(page, TEST_IDS.totalEs, plan.totals.specialists)).toBe(plan.totals.specialists);
    expect(await shownNumber(page, TEST_IDS.totalClients)).toBe(Math.round(plan.totals.clientsPerYear));
    expect(await shownNumber(page, TEST_IDS.totalJobOutcomes)).toBe(Math.round(plan.totals.jobOutcomesPerYear));
    await context.close();
  });

  it('"Download workbook" gives an .xlsx that recalculates to the review’s table', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(TEST_IDS.downloadWorkbook).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = artifactPath('downloads', download.suggestedFilename());
    await download.saveAs(file);
    const book = await recalculateXlsx(readFileSync(file));

    // Where each figure sits comes from the same builder; the values come from the file.
    const { index } = coverageLayout([0.25]);
    const [scenario] = index.scenarios;
    expect(book.sheets).toEqual(expect.arrayContaining([index.inputs.sheet, scenario.sheet, index.summary.sheet]));
    expect(book.names).toEqual(
      expect.arrayContaining(['IPS_Coverage', 'IPS_InWork', 'IPS_Interested', 'IPS_Caseload']),
    );
    const { boards } = scenario;
    expect(book.value(scenario.sheet, boards.totalsRow, boards.columns.specialists)).toBe(104);
    expect(Math.round(book.value(scenario.sheet, boards.totalsRow, boards.columns.eligible) as number)).toBe(16314);
    const esFormula = book.workbook
      .getWorksheet(scenario.sheet)!
      .getCell(boards.firstRow + 1, boards.columns.specialists + 1).formula;
    expect(esFormula).toMatch(/ROUND/);
    // The download draws every chart the blueprint asks for, each on its sheet over the cells it names.
    const drawn = readWorkbookCharts(await xmlParts(readFileSync(file)));
    const pane = scotlandLayout(coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]), { dataSet: SCOTLAND_2018_DATA_SET });
    for (const sheet of pane.blueprint.sheets)
      expect([sheet.name, drawn.get(sheet.name)?.map((c) => [c.spec.title, c.spec.series, c.spec.anchor])]).toEqual([
        sheet.name,
        sheet.charts.map((c) => [c.title, c.series, c.anchor]),
      ]);
    await context.close();
  });

  it('a typed budget shows the coverage it buys, and downloads a sheet whose coverage follows the budget', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone' });
    await page.getByTestId(TEST_IDS.coverageBudget).check();
    await page.getByTestId(TEST_IDS.budgetInput).fill('5,000,000');
    // 60,424 SMI contacts × 90% not in work × 30% interested × £2,000 an engagement, written out here.
    const coverage = 5_000_000 / (60424 * 0.9 * 0.3 * 2000);
    await expect(page.getByTestId(TEST_IDS.budgetCoverage).innerText()).resolves.toBe('15.32%');
    const es = computePlan(SCOTLAND_2018, { ...DEFAULT_ASSUMPTIONS, coverage }).totals.specialists;
    expect(await waitForNumber(page, TEST_IDS.totalEs, es)).toBe(es);
    await page.getByTestId(TEST_IDS.sensitivityList).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(TEST_IDS.downloadWorkbook).click(),
    ]);
    const file = artifactPath('downloads', download.suggestedFilename());
    await download.saveAs(file);
    const book = await recalculateXlsx(readFileSync(file));
    const { index } = budgetLayout();
    const [scenario] = index.scenarios;
    expect(book.sheets).toContain(scenario.sheet);
    expect(book.value(scenario.sheet, scenario.budget!.row, scenario.budget!.col)).toBe(5_000_000);
    const { row, col } = scenario.assumptions.coverage;
    expect(book.value(scenario.sheet, row, col) as number).toBeCloseTo(coverage, 12);
    expect(book.value(scenario.sheet, scenario.boards.totalsRow, scenario.boards.columns.specialists)).toBe(es);
    await context.close();
  });
});
