import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { ABOUT_IDS } from '../../src/taskpane/about/aboutIds';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';
import { cellAddress, sheetRef } from '../../src/sheets';
import { budgetLayout, coverageLayout } from '../support/scotlandLayout';
import { browserAvailable } from './support/chromium';
import { PaneSession, fakeWorkbook, openPane, shownNumber, startSession } from './support/pane';

const d = browserAvailable() ? describe : describe.skip;
jest.setTimeout(90_000);

d('the task pane inside a simulated Excel (production build, recording fake behind Excel.run)', () => {
  let session: PaneSession;
  beforeAll(async () => (session = await startSession()));
  afterAll(async () => session?.close());

  it('"Create scenario sheet" writes the 25% scenario as live formulas, and lists it', async () => {
    const { page, context } = await openPane(session, { mode: 'excel' });
    await expect(page.getByTestId(TEST_IDS.root).getAttribute('data-host')).resolves.toBe('excel');
    expect(await shownNumber(page, TEST_IDS.totalEs)).toBe(
      computePlan(SCOTLAND_2018, DEFAULT_ASSUMPTIONS).totals.specialists,
    );
    await page.getByTestId(TEST_IDS.createScenario).click();
    await page.locator(`[data-testid="${TEST_IDS.notice}"][data-intent="success"]`).waitFor();

    const { blueprint, index } = coverageLayout([0.25]);
    const workbook = fakeWorkbook(page);
    const names = await workbook.sheetNames();
    expect(names).toEqual(expect.arrayContaining(blueprint.sheets.map((s) => s.name)));
    const [scenario] = index.scenarios;
    const row = scenario.boards.firstRow + 7; // Greater Glasgow and Clyde
    const es = await workbook.cell(
      `${sheetRef(scenario.sheet)}!${cellAddress(row, scenario.boards.columns.specialists)}`,
    );
    const built = blueprint.sheets.find((s) => s.name === scenario.sheet)!;
    const expected = built.blocks
      .flatMap((b) =>
        row >= b.row && row < b.row + b.cells.length
          ? [b.cells[row - b.row][scenario.boards.columns.specialists - b.col]]
          : [],
      )
      .find(Boolean);
    expect(es.formula).toBe((expected as { formula: string }).formula);
    await page.getByTestId(TEST_IDS.planSheets).getByText(scenario.sheet, { exact: true }).waitFor();
    await context.close();
  });

  it('"Compare 25 / 50 / 100%" writes three scenario sheets and the summary in one go', async () => {
    const { page, context } = await openPane(session, { mode: 'excel' });
    await page.getByTestId(TEST_IDS.compareScenarios).click();
    await page.locator(`[data-testid="${TEST_IDS.notice}"][data-intent="success"]`).waitFor();
    // The fake computes in the browser too, and the writer's read-back agrees with the model.
    await expect(page.getByTestId(ABOUT_IDS.verification).getAttribute('data-status')).resolves.toBe('agrees');
    await page
      .getByTestId(ABOUT_IDS.verification)
      .getByText('Excel agrees: 14 areas, 3 scenarios, every headline figure checked.')
      .waitFor();
    const { blueprint, index } = coverageLayout([0.25, 0.5, 1]);
    const names = await fakeWorkbook(page).sheetNames();
    expect(index.scenarios.map((s) => s.sheet)).toEqual(['25% coverage', '50% coverage', '100% coverage']);
    expect(names).toEqual(expect.arrayContaining([...blueprint.sheets.map((s) => s.name), 'Sheet1']));
    const summary = await fakeWorkbook(page).cell(
      `${sheetRef(index.summary.sheet)}!${cellAddress(index.summary.rows.specialists, index.summary.columns[1])}`,
    );
    expect(summary.formula).toContain("'50% coverage'!");
    for (const s of index.scenarios)
      await page.getByTestId(TEST_IDS.planSheets).getByText(s.sheet, { exact: true }).waitFor();
    await context.close();
  });

  it('a budget, with the Sensitivity sheet ticked, writes a budget sheet whose coverage follows its budget cell', async () => {
    const { page, context } = await openPane(session, { mode: 'excel' });
    await page.getByTestId(TEST_IDS.coverageBudget).check();
    await page.getByTestId(TEST_IDS.budgetInput).fill('5,000,000');
    // 5,000,000 ÷ (60,424 contacts × 0.9 × 0.3 × £2,000), worked out here, not by the pane.
    await expect(page.getByTestId(TEST_IDS.budgetCoverage).innerText()).resolves.toBe(
      `${((5_000_000 / (60_424 * 0.9 * 0.3 * 2000)) * 100).toFixed(2)}%`,
    );
    await page.getByTestId(TEST_IDS.sensitivitySheet).check();
    await page.getByTestId(TEST_IDS.createScenario).click();
    await page.locator(`[data-testid="${TEST_IDS.notice}"][data-intent="success"]`).waitFor();
    const names = await fakeWorkbook(page).sheetNames();
    expect(names).toEqual(expect.arrayContaining(['£5,000,000 budget', 'Sensitivity', 'Summary', 'Inputs', 'Notes']));
    const { index } = budgetLayout();
    const [scenario] = index.scenarios;
    const at = (row: number, col: number) => `${sheetRef(scenario.sheet)}!${cellAddress(row, col)}`;
    const budget = await fakeWorkbook(page).cell(at(scenario.budget!.row, scenario.budget!.col));
    expect(budget.value).toBe(5_000_000);
    const coverage = await fakeWorkbook(page).cell(
      at(scenario.assumptions.coverage.row, scenario.assumptions.coverage.col),
    );
    expect(coverage.formula).toContain(cellAddress(scenario.budget!.row, scenario.budget!.col, true));
    await context.close();
  });

  it('a bad selection shows every problem with its cell address, and nothing is written', async () => {
    const { page, context } = await openPane(session, {
      mode: 'excel',
      fake: {
        sheets: [
          {
            name: 'Boards',
            cells: [
              ['Board', 'SMI contacts'],
              ['Fife', 'abc'],
              ['Tayside', -5],
              ['Fife', 100],
              ['', 50],
              ['Lothian', '#N/A'],
            ],
          },
        ],
        selection: 'Boards!A1:B6',
      },
    });
    const workbook = fakeWorkbook(page);
    const before = await workbook.snapshot();
    await page.getByTestId(TEST_IDS.figuresSelection).check();
    await page.getByTestId(TEST_IDS.readSelection).click();
    const problems = page.getByTestId(TEST_IDS.figuresProblems);
    await problems.waitFor();
    const text = await problems.innerText();
    for (const address of ['Boards!B2', 'Boards!B3', 'Boards!A4', 'Boards!A5', 'Boards!B6'])
      expect(text).toContain(address);
    const create = page.getByTestId(TEST_IDS.createScenario);
    if (await create.isEnabled()) await create.click();
    await page.waitForTimeout(300);
    expect(await workbook.snapshot()).toBe(before);
    await context.close();
  });
});
