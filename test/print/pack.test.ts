/**
 * The steering-committee pack on paper: each workbook is printed to PDF by LibreOffice and read back
 * word by word (pdftotext -bbox). Page budgets per sheet are README's ("The pack on paper").
 */
import { SCOTLAND_2018_DATA_SET, scotlandBoards } from '../../src/data/scotland2018';
import type { Area } from '../../src/model/areas';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { economicCase } from '../../src/model/economics';
import { computePlan } from '../../src/model/plan';
import { budgetScenarios, coverageScenarios, planScenarios } from '../../src/model/scenarios';
import { sensitivity } from '../../src/model/sensitivity';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { type WorkbookInput, buildWorkbook } from '../../src/sheets';
import { localities } from '../support/localities';
import { Page, lineOf, lineStarting, overlaps, printAvailable, printToPdf, readPdf, typeSize } from './support/pdf';

jest.setTimeout(240_000);
const run = printAvailable() ? describe : describe.skip;

const A4 = [595.3, 841.9];
const SHEETS = ['Summary', 'Inputs', '25% coverage', '50% coverage', '100% coverage', 'Notes'];
const EXTRA_SHEETS = ['£5,000,000 budget', 'Sensitivity', 'Economic case'];

/** How many pages each sheet may take, for n areas: what a reader would accept (README). */
export function pageBudget(sheet: string, n: number): number {
  if (sheet === 'Summary') return 2 + Math.ceil(n / 30);
  if (sheet === 'Inputs') return 2 + Math.ceil(n / 30);
  if (sheet === 'Notes') return 4;
  if (sheet === 'Sensitivity') return 2;
  if (sheet === 'Economic case') return 2;
  // Summary and charts on the first page, then some 35 table rows a page (one row per area per year, 5 years).
  if (sheet === 'Monitoring') return 2 + Math.ceil((5 * n) / 30);
  return 3 + Math.ceil((4 * n) / 28);
}

async function printed(
  areas: Area[],
  name: string,
  extras = false,
  monitoring?: WorkbookInput['monitoring'],
): Promise<Page[]> {
  const base = { ...DEFAULT_ASSUMPTIONS };
  const budgets = extras ? budgetScenarios(areas, base, [{ amount: 5_000_000, basis: 'engagement' }]) : [];
  const blueprint = buildWorkbook({
    areas,
    base,
    scenarios: [...coverageScenarios(base, [0.25, 0.5, 1]), ...budgets],
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    // The built-in boards as the pane and the command line give them: with their data set.
    ...(areas.length === SCOTLAND_2018_DATA_SET.areas.length ? { dataSet: SCOTLAND_2018_DATA_SET } : {}),
    ...(extras ? { sensitivity: {}, economics: {} } : {}),
    monitoring,
  });
  return readPdf(printToPdf(await writeXlsx(blueprint), name));
}

function expectReadablePack(pages: Page[], n: number, sheets = SHEETS): void {
  const total = pages.length;
  pages.forEach((page, i) => {
    const where = `page ${i + 1} (${page.sheet})`;
    expect([where, [page.width, page.height].map(Math.round).sort()]).toEqual([where, A4.map(Math.round)]);
    expect([where, sheets.includes(page.sheet)]).toEqual([where, true]);
    expect([where, page.text.includes(`Page ${i + 1} of ${total}`)]).toEqual([where, true]);
    const small = page.words.filter((w) => typeSize(w) < 8).map((w) => `${w.text} ${typeSize(w).toFixed(1)} pt`);
    expect([where, small]).toEqual([where, []]);
    const over = overlaps(page.words).map(([a, b]) => `"${a.text}" over "${b.text}"`);
    expect([where, over]).toEqual([where, []]);
  });
  for (const sheet of sheets) {
    const count = pages.filter((p) => p.sheet === sheet).length;
    expect([sheet, count >= 1 && count <= pageBudget(sheet, n)]).toEqual([sheet, true]);
  }
}

run('the committee pack printed by LibreOffice', () => {
  it('prints the default Scotland workbook readably on A4, with the 25% board table on paper', async () => {
    const pages = await printed(scotlandBoards(), 'default');
    expectReadablePack(pages, 14);
    const board = pages
      .filter((p) => p.sheet === '25% coverage')
      .map((p) => p.text)
      .join(' ');
    for (const area of scotlandBoards()) expect([area.name, board.includes(area.name)]).toEqual([area.name, true]);
    const totals = pages
      .filter((p) => p.sheet === '25% coverage')
      .map((p) => lineOf(p, (w) => w.text === 'Total'))
      .find((line) => line.includes('60,424'));
    expect(totals).toMatch(/^Total 60,424 16,314 4,079 104 /);
    // The title is a formula of the live coverage.
    expect(board).toContain('IPS plan: 25% coverage of eligible clients at £2,000 per engagement');
  });

  it('prints a 3-area workbook', async () => {
    expectReadablePack(await printed(localities(3), 'three'), 3);
  });

  it('prints a 200-area workbook: long tables go on over pages, headings repeated', async () => {
    const pages = await printed(localities(200), 'two-hundred');
    expectReadablePack(pages, 200);
    const inputs = pages.filter((p) => p.sheet === 'Inputs');
    const areaPages = inputs.filter((p) => /Locality \d+/.test(p.text));
    expect(areaPages.length).toBeGreaterThan(1);
    for (const p of areaPages)
      expect(lineOf(p, (w) => w.text === 'Area')).toMatch(/^Area Code SMI (contacts )?Population Existing (ES )?Phase/);
    // Past page 1 (the comparison, and the charts, whose labels name areas too).
    const summaryPages = pages.filter((p, i) => p.sheet === 'Summary' && i > 0 && /Locality \d+/.test(p.text));
    expect(summaryPages.length).toBeGreaterThan(1);
    for (const p of summaryPages)
      expect(lineOf(p, (w) => w.text === 'Area')).toMatch(/^Area 25% coverage 50% coverage/);
    const scenario = pages.filter((p) => p.sheet === '25% coverage');
    expect(scenario.length).toBeGreaterThan(3);
    for (const p of scenario) expect(p.text).toContain('IPS plan: 25% coverage');
    // Every page of a per-area table (the board table, the three rollout grids) opens with its heading.
    const tablePages = scenario.filter((p) => /Locality \d+/.test(p.text));
    expect(tablePages.length).toBeGreaterThanOrEqual(4 * Math.ceil(200 / 40));
    for (const p of tablePages) {
      const heading = lineOf(p, (w) => w.text === 'Area');
      expect([p.text.slice(0, 60), heading]).toEqual([
        p.text.slice(0, 60),
        expect.stringMatching(/^Area (SMI|2027\/28)/),
      ]);
    }
    // LibreOffice's totals over the table's pages (SUM skips the repeated headings) agree with the model.
    const { totals } = computePlan(localities(200), { ...DEFAULT_ASSUMPTIONS, coverage: 0.25 });
    const whole = (x: number) => Math.round(x).toLocaleString('en-GB');
    const line = `Total ${whole(totals.smiContacts)} ${whole(totals.eligible)} ${whole(totals.clientsPerYear)} ${totals.specialists} `;
    expect(scenario.map((p) => lineOf(p, (w) => w.text === 'Total')).find((l) => l.startsWith(line))).toBeDefined();
  });

  it('prints a budget scenario, the Sensitivity and the Economic case sheets, recalculated by LibreOffice', async () => {
    const pages = await printed(scotlandBoards(), 'extras', true);
    expectReadablePack(pages, 14, [...SHEETS, ...EXTRA_SHEETS]);
    const budget = pages
      .filter((p) => p.sheet === '£5,000,000 budget')
      .map((p) => p.text)
      .join(' ');
    expect(budget).toContain('IPS plan: £5,000,000 a year buys 15.3% coverage');
    // LibreOffice's SUMPRODUCT, per-area rounding included, agrees with the model on every row.
    const page = pages.find((p) => p.sheet === 'Sensitivity')!;
    const rows = sensitivity(scotlandBoards(), { ...DEFAULT_ASSUMPTIONS, coverage: 0.25 });
    for (const r of rows) {
      const line = lineStarting(page, r.label);
      const es = `${r.specialistsLow} ${r.specialistsHigh} ${Math.abs(r.specialistsHigh - r.specialistsLow)}`;
      expect([r.label, line.includes(es)]).toEqual([r.label, true]);
    }
    // The Economic case: two pages (the case, then its 60 year rows), LibreOffice's figures the model's.
    const economic = pages.filter((p) => p.sheet === 'Economic case');
    expect(economic.length).toBe(2);
    const c = economicCase(planScenarios(scotlandBoards(), coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]))[0]);
    const gbp = (x: number) => `£${Math.round(Math.abs(x)).toLocaleString('en-GB')}`;
    expect(lineStarting(economic[0], 'Net present value (NPV)')).toContain(`-${gbp(c.netPresentValue)}`);
    expect(economic[0].text).toContain(
      `a person into work would need to be worth ${gbp(c.breakEvenValuePerJobOutcome!)} (NHS saving included)`,
    );
    expect(lineStarting(economic[1], 'Total')).toContain(gbp(c.presentCost));
    // Text that runs over empty cells (the sources, the sentences) stays inside the page's margins.
    for (const p of economic) {
      const out = p.words.filter((w) => w.x1 > p.width - 20).map((w) => w.text);
      expect(out).toEqual([]);
    }
  });

  it('prints the Monitoring sheet on A4 like the others: summary first, the table header on every table page', async () => {
    const actuals = [{ area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: 18 }];
    const pages = await printed(scotlandBoards(), 'monitoring', false, { actuals });
    const sheets = [...SHEETS.slice(0, -1), 'Monitoring', 'Notes'];
    expectReadablePack(pages, 14, sheets);
    const monitoring = pages.filter((p) => p.sheet === 'Monitoring');
    expect(monitoring[0].text).toContain('Plan against actuals: IPS plan: 25% coverage');
    expect(monitoring[0].text).toContain('By year: plan against actuals');
    const tablePages = monitoring.filter((p) => /Borders|Tayside/.test(p.text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const p of tablePages)
      expect(lineOf(p, (w) => w.text === 'Area')).toMatch(/^Area Year ES Clients Jobs 13 wks ES plan Clients/);
    const fife = monitoring.map((p) => lineOf(p, (w) => w.text === 'Fife')).find((line) => line.includes('2027/28'));
    expect(fife).toMatch(/^Fife 2027\/28 2 60 30 18 .* below met below$/);
    expect(monitoring.map((p) => p.text).join(' ')).toContain('not reported');
  });
});
