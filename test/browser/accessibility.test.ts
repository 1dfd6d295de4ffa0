import { syntheticAreas } from '../../bench/measure';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';
import type { Page } from 'playwright-core';
import { axe } from './support/axe';
import { browserAvailable } from './support/chromium';
import { PaneSession, artifactPath, openPane, shownNumber, startSession, waitForNumber } from './support/pane';

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

/** Presses Tab until the focused element (or its nearest test id) is `testId`; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
    );
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

d('accessibility, keyboard and narrow widths (production build, headless Chromium)', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());

  it.each(['standalone', 'excel'] as const)(
    'axe finds no serious or critical violation (%s, advanced section open too)',
    async (mode) => {
      const { page, context } = await openPane(session, { mode });
      expect(await axe(page)).toEqual([]);
      await page.getByTestId(TEST_IDS.advancedToggle).click();
      await page.getByTestId(TEST_IDS.field('esSalary')).waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    },
  );

  it('axe finds no serious or critical violation with a field to fix under Advanced and a decimal-comma note', async () => {
    const { page, context } = await openPane(session, { mode: 'excel', width: 320 });
    await page.getByTestId(TEST_IDS.advancedToggle).click();
    await page.getByTestId(TEST_IDS.field('esSalary')).fill('abc');
    await page.getByTestId(TEST_IDS.advancedToggle).click();
    await page.getByTestId(TEST_IDS.field('inWork')).fill('12,5');
    await page.getByTestId(TEST_IDS.advancedErrors).waitFor();
    await page.getByText('Read “12,5” as 12.5').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('axe finds no serious or critical violation with a staff budget, its clamp note and the sensitivity list', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone', width: 320 });
    await page.getByTestId(TEST_IDS.coverageBudget).check();
    await page.getByTestId(TEST_IDS.budgetInput).fill('500,000,000');
    await page.getByTestId(TEST_IDS.budgetBasis).selectOption('staff');
    await page.getByTestId(TEST_IDS.budgetNote).waitFor();
    await page.getByTestId(TEST_IDS.budgetDifference).waitFor();
    await page.getByTestId(TEST_IDS.sensitivityList).waitFor();
    await page.getByTestId(TEST_IDS.sensitivitySheet).check();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('screenshots', 'pane-budget-320px.png'), fullPage: true });
    await page.getByTestId(TEST_IDS.budgetInput).fill('5,00,000');
    await page.getByTestId(TEST_IDS.actionsBlocked).waitFor();
    expect(await axe(page)).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('the main flow works by keyboard alone: choose 50%, then download the workbook', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone' });
    await tabTo(page, TEST_IDS.coverage25); // the checked radio of the group takes the focus
    await page.keyboard.press('ArrowDown');
    const at50 = computePlan(SCOTLAND_2018, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 }).totals.specialists;
    expect(await waitForNumber(page, TEST_IDS.totalEs, at50)).toBe(at50);
    expect(await page.getByTestId(TEST_IDS.coverage50).isChecked()).toBe(true);
    await tabTo(page, TEST_IDS.downloadWorkbook);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await context.close();
  });

  it.each([320, 500])(
    'with 120 areas the table is paged: fits %d px, axe finds nothing serious, Next works by keyboard',
    async (width) => {
      const { page, context } = await openPane(session, { mode: 'standalone', width });
      const csv = syntheticAreas(120).map((a) => [a.name, a.smiContacts, a.population, a.existingEs, a.phase]);
      await page.getByTestId(TEST_IDS.figuresCsv).check();
      await page.getByTestId(TEST_IDS.csvFile).setInputFiles({
        name: 'zones.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          ['board,smi_contacts,population,existing_es,phase', ...csv.map((r) => r.join(','))].join('\n'),
        ),
      });
      const status = page.getByTestId(TEST_IDS.areaPageStatus);
      await status.filter({ hasText: 'Showing areas 1–50 of 120' }).waitFor();
      expect(await axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: artifactPath('screenshots', `pane-120-areas-${width}px.png`), fullPage: true });
      await tabTo(page, TEST_IDS.areaPageNext);
      await page.keyboard.press('Enter');
      await status.filter({ hasText: 'Showing areas 51–100 of 120' }).waitFor();
      expect(await page.getByTestId(TEST_IDS.previewTable).getByText('Area 51', { exact: true }).count()).toBe(1);
      await context.close();
    },
  );

  it.each([
    [320, 'standalone'],
    [500, 'standalone'],
    [320, 'excel'],
    [500, 'excel'],
  ] as const)('fits %d px wide (%s): nothing overflows sideways; screenshot saved', async (width, mode) => {
    const { page, context } = await openPane(session, { mode, width });
    await page.getByTestId(TEST_IDS.totalEs).waitFor();
    expect(await shownNumber(page, TEST_IDS.totalEs)).toBe(104);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    await page.screenshot({ path: artifactPath('screenshots', `pane-${mode}-${width}px.png`), fullPage: true });
    await context.close();
  });
});
