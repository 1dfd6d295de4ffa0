import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { PaneSession, openPane, startSession } from './support/pane';

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

interface Clipped {
  text: string;
  why: string;
}

/**
 * Every figure of the preview (totals, the per-area table, a budget's figures, what moves the answer) whose text is not wholly in view:
 * cut by its own box, by an ancestor that clips (a scroll box scrolled to its start, as the pane
 * opens), or by the edge of the pane.
 */
function clippedFigures(page: Page): Promise<Clipped[]> {
  return page.evaluate(
    (ids) => {
      const cells = document.querySelectorAll<HTMLElement>(
        `[data-testid="${ids.table}"] td, [data-testid="${ids.table}"] th, [data-testid="${ids.totals}"] dd, ` +
          `[data-testid="${ids.budget}"] dd, [data-testid="${ids.sensitivity}"] li > span > span`,
      );
      const found: { text: string; why: string }[] = [];
      const paneRight = document.documentElement.clientWidth;
      for (const cell of Array.from(cells)) {
        const text = cell.innerText.trim();
        const range = document.createRange();
        range.selectNodeContents(cell);
        const box = range.getBoundingClientRect();
        if (cell.scrollWidth > cell.clientWidth) found.push({ text, why: 'wider than its cell' });
        if (box.left < -0.5 || box.right > paneRight + 0.5)
          found.push({ text, why: `text at ${box.left}–${box.right} px, the pane is ${paneRight} px` });
        for (let up = cell.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.overflowX === 'visible') continue;
          const clip = up.getBoundingClientRect();
          if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5)
            found.push({ text, why: `cut by a ${up.tagName.toLowerCase()} at ${clip.left}–${clip.right} px` });
        }
      }
      return found;
    },
    {
      table: TEST_IDS.previewTable,
      totals: TEST_IDS.previewTotals,
      budget: TEST_IDS.budgetPreview,
      sensitivity: TEST_IDS.sensitivityList,
    },
  );
}

/**
 * Excel draws the pane in Segoe UI, which Linux lacks; the fallback here (Liberation Sans) is narrow
 * enough to hide a clipped column. DejaVu Sans, wider than Segoe UI, stands in for the widest font a
 * pane may meet.
 */
const WIDE_FONT = '* { font-family: "DejaVu Sans", sans-serif !important; }';

d('figures at 320 px (production build, headless Chromium)', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());

  it.each([
    [320, 'standalone'],
    [320, 'excel'],
    [400, 'standalone'],
    [500, 'excel'],
  ] as const)('no figure of the preview is cut off at %d px (%s), even at 100%% coverage', async (width, mode) => {
    const { page, context } = await openPane(session, { mode, width });
    await page.addStyleTag({ content: WIDE_FONT });
    await page.getByTestId(TEST_IDS.previewTable).waitFor();
    expect(await clippedFigures(page)).toEqual([]);
    await page.getByTestId(TEST_IDS.coverage100).check();
    await page.getByTestId(TEST_IDS.totalEs).filter({ hasNotText: /^104$/ }).waitFor();
    expect(await page.locator(`[data-testid="${TEST_IDS.previewTable}"] td`).count()).toBeGreaterThanOrEqual(15 * 4);
    expect(await clippedFigures(page)).toEqual([]);
    await context.close();
  });

  it.each(['standalone', 'excel'] as const)(
    'no figure of a staff budget or of what moves the answer is cut off at 320 px (%s)',
    async (mode) => {
      const { page, context } = await openPane(session, { mode, width: 320 });
      await page.addStyleTag({ content: WIDE_FONT });
      await page.getByTestId(TEST_IDS.coverageBudget).check();
      await page.getByTestId(TEST_IDS.costCustom).check();
      await page.getByTestId(TEST_IDS.costCustomInput).fill('2,050');
      await page.getByTestId(TEST_IDS.budgetInput).fill('88,888,888');
      await page.getByTestId(TEST_IDS.budgetBasis).selectOption('staff');
      await page.getByTestId(TEST_IDS.budgetDifference).waitFor();
      await page.getByTestId(TEST_IDS.sensitivityList).waitFor();
      expect(
        await page.locator(`[data-testid="${TEST_IDS.sensitivityList}"] li > span > span`).count(),
      ).toBeGreaterThan(6);
      expect(await clippedFigures(page)).toEqual([]);
      await context.close();
    },
  );
});
