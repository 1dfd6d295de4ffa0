import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, DEFAULT_ECONOMIC_INPUTS, EconomicInputs, economicCase } from '../../src/model';
import { budgetScenarios, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { browserAvailable } from './support/chromium';
import { axe } from './support/axe';
import { PaneSession, fakeWorkbook, openPane, startSession } from './support/pane';
import type { Page } from 'playwright-core';

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

/** "-£38,736,704" → −38736704: the figure a preview cell shows, as a number. */
async function shownPounds(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).trim();
  const n = Number(text.replace(/[£,\s]/g, '').replace('−', '-'));
  if (!Number.isFinite(n)) throw new Error(`${testId} shows "${text}", not an amount in £`);
  return n;
}

/** The model's case of the 25% scenario at these inputs. */
const caseAt = (inputs: EconomicInputs) =>
  economicCase(planScenarios(SCOTLAND_2018, coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]))[0], inputs);

async function waitForPounds(page: Page, testId: string, expected: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  let shown = await shownPounds(page, testId);
  while (shown !== expected && Date.now() < deadline) {
    await page.waitForTimeout(50);
    shown = await shownPounds(page, testId);
  }
  return shown;
}

d('the economic case in the pane (production build, headless Chromium)', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());

  it('shows the preview line (NPV, BCR, break-even value), following the inputs, and refuses a fraction', async () => {
    const { page, context } = await openPane(session, { mode: 'standalone' });
    await page.getByTestId(TEST_IDS.economicSheet).check();
    const at = caseAt(DEFAULT_ECONOMIC_INPUTS);
    expect(await waitForPounds(page, TEST_IDS.economicNpv, Math.round(at.netPresentValue))).toBe(
      Math.round(at.netPresentValue),
    );
    await expect(page.getByTestId(TEST_IDS.economicBcr).innerText()).resolves.toBe(at.benefitCostRatio!.toFixed(2));
    expect(await shownPounds(page, TEST_IDS.economicBreakEven)).toBe(Math.round(at.breakEvenValuePerJobOutcome!));
    await page.getByTestId(TEST_IDS.economicSensitivityList).waitFor();
    expect(await axe(page)).toEqual([]);

    await page.getByTestId(TEST_IDS.economicField('discountRate')).fill('6');
    await page.getByTestId(TEST_IDS.economicField('taxBenefitSavingPerPound')).fill('66');
    const moved = caseAt({ ...DEFAULT_ECONOMIC_INPUTS, discountRate: 0.06, taxBenefitSavingPerPound: 0.66 });
    expect(await waitForPounds(page, TEST_IDS.economicNpv, Math.round(moved.netPresentValue))).toBe(
      Math.round(moved.netPresentValue),
    );
    await expect(page.getByTestId(TEST_IDS.economicBcr).innerText()).resolves.toBe(moved.benefitCostRatio!.toFixed(2));

    await page.getByTestId(TEST_IDS.economicField('discountRate')).fill('0.035');
    await page.getByText('0.035 looks like a fraction: type 3.5 (percent a year), not 0.035').waitFor();
    await expect(page.getByTestId(TEST_IDS.downloadWorkbook).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId(TEST_IDS.economicPreview).count()).resolves.toBe(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('"Compare 25 / 50 / 100%" with a budget typed writes the budget-led sheet beside the three', async () => {
    const { page, context } = await openPane(session, { mode: 'excel' });
    await page.getByTestId(TEST_IDS.coverageBudget).check();
    await page.getByTestId(TEST_IDS.budgetInput).fill('5,000,000');
    const [led] = budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'engagement' }]);
    const compare = page.getByTestId(TEST_IDS.compareScenarios);
    await expect(compare.innerText()).resolves.toBe(`Compare 25 / 50 / 100% and ${led.name}`);
    await compare.click();
    await page.locator(`[data-testid="${TEST_IDS.notice}"][data-intent="success"]`).waitFor();
    const names = await fakeWorkbook(page).sheetNames();
    expect(names).toEqual(expect.arrayContaining(['25% coverage', '50% coverage', '100% coverage', led.name]));
    await context.close();
  });
});
