/**
 * Actuals never get lost (issue #12): the pane's carry-over (src/taskpane/actions/carryOver.ts) over the real
 * Office.js reader and writer, with the recording fake Excel. Actuals typed into the Monitoring sheet are
 * read back before a replace and land in the new plan's table, or in the kept block when their area or
 * year is gone; a failure at any request of the replace leaves them in the workbook either way.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import * as excelApi from '../../src/hosts/excel';
import { readActuals, writeBlueprint } from '../../src/hosts/excel';
import type { ActualsRow } from '../../src/model/carryActuals';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook, buildWorkbookIndexed } from '../../src/sheets';
import { carryOver } from '../../src/taskpane/actions/carryOver';
import { createExcelHost } from '../../src/taskpane/host/excelHost';
import { type FakeExcel, createFakeExcel } from '../fake-excel';

const generated = new Date('2026-05-12T09:30:00Z');
const withoutBorders = scotlandBoards().filter((a) => a.name !== 'Borders');

function input(areas = scotlandBoards(), years = 5, coverage = 0.25) {
  const base = { ...DEFAULT_ASSUMPTIONS, firstYearLabel: '2027/28', years };
  return { areas, base, scenarios: coverageScenarios(base, [coverage]), generated, version: 'test' };
}

/** What the planner typed: [area, year label, ES, clients, jobs, 13 weeks]. */
const TYPED: [string, string, number | null, number | null, number | null, number | null][] = [
  ['Fife', '2027/28', 2, 60, 30, null],
  ['Borders', '2028/29', 1, null, null, null],
  ['Tayside', '2031/32', 9, 300, 120, 80],
];

/** Writes the first plan (5 years, every board, a Monitoring sheet) and types the actuals into its table. */
async function planWithActuals(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const { blueprint, index } = buildWorkbookIndexed({ ...input(), monitoring: {} });
  await writeBlueprint(fake.context, blueprint, { supports: fake.supports });
  const t = index.monitoring!.table;
  const sheet = fake.context.workbook.worksheets.getItem('Monitoring');
  const cols = [
    t.columns.actualSpecialists,
    t.columns.actualClients,
    t.columns.actualJobOutcomes,
    t.columns.actualSustained,
  ];
  for (const [area, label, ...figures] of TYPED) {
    const r = t.rows.findIndex((x) => x.area === area && x.label === label);
    figures.forEach((v, i) => {
      if (v !== null) sheet.getRangeByIndexes(t.firstRow + r, cols[i], 1, 1).values = [[v]];
    });
  }
  await fake.context.sync();
  return fake;
}

const hostOver = (fake: FakeExcel) => createExcelHost(excelApi, (batch) => batch(fake.context));

const reported = (rows: ActualsRow[] | null) =>
  (rows ?? [])
    .filter((r) => [r.specialists, r.clients, r.jobOutcomes, r.sustained].some((v) => v !== null))
    .map((r) => [r.area, r.label, r.specialists, r.clients, r.jobOutcomes, r.sustained])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: createFakeExcel().supports } },
  };
});
afterAll(() => delete (globalThis as unknown as { Office?: unknown }).Office);

describe('a replace carries the actuals over', () => {
  it('reads the table back as typed', async () => {
    const fake = await planWithActuals();
    expect(reported(await readActuals(fake.context))).toEqual(reported(TYPED.map(toRow)));
    expect(await readActuals(createFakeExcel().context)).toBeNull();
  });

  it('puts matched actuals in the new table and the rest in the kept block, and says so', async () => {
    const fake = await planWithActuals();
    const host = hostOver(fake);
    // A new plan without Borders, over four years: Borders' and Tayside's year-5 rows no longer match.
    const next = input(withoutBorders, 4, 0.5);
    const carry = await carryOver(host, { wanted: false, scenario: 0 }, next);
    expect(carry.carried).toBe(
      'Carried over 3 reported figures for 1 area-year; 2 rows no longer match and are kept below the table.',
    );
    const { blueprint, index } = buildWorkbookIndexed({ ...next, ...carry.monitoring });
    // The typed actuals are edits of a plan sheet: without saying they were carried, the replace asks first.
    await expect(host.writeScenarios(blueprint)).rejects.toThrow(/to keep your changes.*"Monitoring"/);
    await host.writeScenarios(blueprint, undefined, { carriedEdits: ['Monitoring'] });

    const t = index.monitoring!.table;
    const fife = t.firstRow + t.rows.findIndex((r) => r.area === 'Fife' && r.year === 1);
    const at = (row: number, col: number) => fake.values(`Monitoring!${String.fromCharCode(65 + col)}${row + 1}`)[0][0];
    expect(
      [t.columns.actualSpecialists, t.columns.actualClients, t.columns.actualJobOutcomes].map((c) => at(fife, c)),
    ).toEqual([2, 60, 30]);
    expect(t.rows.some((r) => r.area === 'Borders')).toBe(false);
    const kept = index.monitoring!.kept!;
    expect(at(kept.firstRow - 2, 0)).toMatch(/^Actuals kept from an earlier plan/);
    expect(reported(await readActuals(fake.context))).toEqual(reported(TYPED.map(toRow)));

    // Back to every board over five years: the kept rows return to the table, and the block goes.
    const again = input(undefined, 5, 0.5);
    const back = await carryOver(host, { wanted: false, scenario: 0 }, again);
    expect(back.carried).toBe('Carried over 8 reported figures for 3 area-years.');
    const built = buildWorkbookIndexed({ ...again, ...back.monitoring });
    await host.writeScenarios(built.blueprint, undefined, { carriedEdits: ['Monitoring'] });
    expect(built.index.monitoring!.kept).toBeUndefined();
    expect(reported(await readActuals(fake.context))).toEqual(reported(TYPED.map(toRow)));
  });
});

describe('carrying the actuals does not wave through other edits on the Monitoring sheet', () => {
  it('asks before replacing over a note typed beside the table, and names only that cell', async () => {
    const fake = await planWithActuals();
    const host = hostOver(fake);
    const sheet = fake.context.workbook.worksheets.getItem('Monitoring');
    sheet.getRange('Z3').values = [['ask finance about year 2']];
    await fake.context.sync();
    const next = input(undefined, 5, 0.5);
    const carry = await carryOver(host, { wanted: false, scenario: 0 }, next);
    const { blueprint } = buildWorkbookIndexed({ ...next, ...carry.monitoring });
    const names = fake.sheetNames();
    await expect(host.writeScenarios(blueprint, undefined, { carriedEdits: ['Monitoring'] })).rejects.toThrow(
      /"Monitoring" has a changed cell \(Z3\)/,
    );
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.values('Monitoring!Z3')).toEqual([['ask finance about year 2']]);

    // The note moved elsewhere: the typed actuals alone are carried, and the replace goes ahead.
    sheet.getRange('Z3').values = [['']];
    await fake.context.sync();
    await host.writeScenarios(blueprint, undefined, { carriedEdits: ['Monitoring'] });
    expect(reported(await readActuals(fake.context))).toEqual(reported(TYPED.map(toRow)));
  });
});

function toRow([area, label, specialists, clients, jobOutcomes, sustained]: (typeof TYPED)[number]): ActualsRow {
  return { area, label, specialists, clients, jobOutcomes, sustained };
}

describe('a failed replace keeps the actuals either way', () => {
  it('at every request of the replace (start, middle, end, lost response) the typed figures are in the workbook', async () => {
    const first = await planWithActuals();
    const carry = await carryOver(hostOver(first), { wanted: false, scenario: 0 }, input(withoutBorders, 4, 0.5));
    const bp = buildWorkbook({ ...input(withoutBorders, 4, 0.5), ...carry.monitoring });
    const options = (fake: FakeExcel) => ({ supports: fake.supports, carriedEdits: ['Monitoring'] });
    const clean = createFakeExcel({ copyOf: first.state });
    clean.resetCounters();
    await writeBlueprint(clean.context, bp, options(clean));
    const counts = [...clean.requestActionCounts];
    expect(counts.length).toBeGreaterThanOrEqual(3); // read, write, remove the old plan
    const lost: string[] = [];
    for (let sync = 1; sync <= counts.length; sync++) {
      for (const k of new Set([0, Math.floor(counts[sync - 1] / 2), counts[sync - 1] - 1, counts[sync - 1]])) {
        const fake = createFakeExcel({ copyOf: first.state });
        fake.resetCounters();
        fake.injectFailure({ failAt: { sync, afterOperations: k } });
        await writeBlueprint(fake.context, bp, options(fake)).catch(() => undefined);
        fake.injectFailure({});
        const now = reported(await readActuals(fake.context));
        if (JSON.stringify(now) !== JSON.stringify(reported(TYPED.map(toRow))))
          lost.push(`request ${sync} after ${k}: ${JSON.stringify(now)}`);
      }
    }
    expect(lost).toEqual([]);
  }, 300_000);
});
