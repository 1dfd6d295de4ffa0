import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { axe } from './support/axe';
import { browserAvailable } from './support/chromium';
import { PaneSession, artifactPath, openPane, startSession } from './support/pane';

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

/** A task pane on a 1366 x 768 laptop: Excel's ribbon, formula bar and status bar leave it about 600 px tall. */
const FOLD = 600;
const PRIMARY = { excel: TEST_IDS.createScenario, standalone: TEST_IDS.downloadWorkbook } as const;
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

d('the pane at Excel desktop (320 px) and web (350 px) widths folds to headings with key figures', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());
  const plan = computePlan(SCOTLAND_2018, DEFAULT_ASSUMPTIONS);

  it.each([
    [320, 'excel'],
    [350, 'excel'],
    [320, 'standalone'],
    [350, 'standalone'],
  ] as const)(
    '%d px (%s): the primary action is above the fold, each heading shows its figure',
    async (width, mode) => {
      const { page, context } = await openPane(session, { mode, width, height: FOLD, keepFolded: true });
      const primary = page.getByTestId(PRIMARY[mode]);
      await primary.waitFor();
      const box = await primary.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(FOLD);
      expect(await page.getByTestId(TEST_IDS.previewTable).isVisible()).toBe(false);
      const figure = (id: string) => page.getByTestId(`${id}-figure`).innerText();
      const contacts = SCOTLAND_2018.reduce((s, a) => s + a.smiContacts, 0);
      expect(await figure(TEST_IDS.foldFigures)).toContain(`14 areas, ${whole.format(contacts)} SMI contacts`);
      expect(await figure(TEST_IDS.foldAssumptions)).toBe('25% coverage, £2,000 per engagement');
      expect(await figure(TEST_IDS.foldPreview)).toContain(
        `${plan.totals.specialists} ES, £${whole.format(plan.totals.totalCostPerYear)} a year`,
      );
      expect(await axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: artifactPath('screenshots', `pane-folded-${mode}-${width}px.png`) });
      await context.close();
    },
  );

  it('a folded section opens on its heading, and one with a field to fix says so when folded again', async () => {
    const { page, context } = await openPane(session, { mode: 'excel', width: 320, height: FOLD, keepFolded: true });
    const toggle = page.getByTestId(TEST_IDS.foldPreview);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId(TEST_IDS.previewTable).waitFor();
    await page.getByTestId(TEST_IDS.foldAssumptions).click();
    await page.getByTestId(TEST_IDS.coverageCustom).check();
    await page.getByTestId(TEST_IDS.coverageCustomInput).fill('abc');
    await page.getByTestId(TEST_IDS.foldAssumptions).click();
    const alert = page.getByTestId(`${TEST_IDS.foldAssumptions}-figure`);
    expect(await alert.innerText()).toMatch(/^To fix: Coverage/);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('wider than 360 px nothing folds', async () => {
    const { page, context } = await openPane(session, { mode: 'excel', width: 400, keepFolded: true });
    await page.getByTestId(TEST_IDS.previewTable).waitFor();
    expect(await page.getByTestId(TEST_IDS.foldPreview).count()).toBe(0);
    await context.close();
  });
});
