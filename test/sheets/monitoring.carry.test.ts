/**
 * What the Excel host will do when it replaces a plan: read IPS_Actuals' values back, match them onto
 * the new plan (carryActuals), and build the new Monitoring sheet with them; rows that no longer match
 * are kept in a labelled block. Here the "read back" is a formula engine's view of the old sheet.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { type Actual, carryActuals } from '../../src/model';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed, readActualsTable } from '../../src/sheets';
import { ACTUAL_COLUMNS } from '../../src/sheets/monitoring/layout';
import { loadBlueprint } from './hf';

function build(
  areas = scotlandBoards(),
  years = 5,
  monitoring: Parameters<typeof buildWorkbookIndexed>[0]['monitoring'],
) {
  const base = { ...DEFAULT_ASSUMPTIONS, years };
  const { blueprint, index } = buildWorkbookIndexed({
    areas,
    base,
    scenarios: coverageScenarios(base, [0.25]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
    monitoring,
  });
  return { wb: loadBlueprint(blueprint), m: index.monitoring! };
}

const actuals: Actual[] = [
  { area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: null },
  { area: 'Borders', year: 2, specialists: 1, clients: null, jobOutcomes: null, sustained: null },
  { area: 'Tayside', year: 5, specialists: 9, clients: 300, jobOutcomes: 120, sustained: 80 },
];

describe('carrying actuals over to a new plan', () => {
  it('keeps every typed actual: matched rows in the new table, the rest in a labelled block', () => {
    const old = build(undefined, 5, { actuals });
    const { firstRow, headerRow, rows } = old.m.table;
    const values = Array.from({ length: rows.length + 1 }, (_, r) =>
      ACTUAL_COLUMNS.map((_, c) => old.wb.value(old.m.sheet, { row: headerRow + r, col: c })),
    );
    expect(values[0][0]).toBe('Area');
    expect(firstRow).toBe(headerRow + 1);
    const read = readActualsTable(values);
    // The new plan drops Borders and runs four years: Borders' and Tayside's year-5 rows no longer match.
    const areas = scotlandBoards().filter((a) => a.name !== 'Borders');
    const carried = carryActuals(read, { areas, firstYearLabel: '2027/28', years: 4 });
    expect(carried.matched).toEqual([actuals[0]]);
    expect(carried.unmatched.map((r) => `${r.area} ${r.label}`)).toEqual(['Borders 2028/29', 'Tayside 2031/32']);

    const next = build(areas, 4, { actuals: carried.matched, kept: carried.unmatched });
    const t = next.m.table;
    const fife = t.firstRow + t.rows.findIndex((r) => r.area === 'Fife' && r.year === 1);
    expect(next.wb.value(next.m.sheet, { row: fife, col: t.columns.actualClients })).toBe(60);
    expect(next.wb.value(next.m.sheet, { row: fife, col: t.columns.statusJobOutcomeRate })).toBe('met');
    const kept = next.m.kept!;
    expect(next.wb.value(next.m.sheet, { row: kept.firstRow - 2, col: 0 })).toMatch(
      /^Actuals kept from an earlier plan/,
    );
    const keptRows = Array.from({ length: kept.count }, (_, r) =>
      [0, 1, 2, 3, 4, 5].map((c) => next.wb.value(next.m.sheet, { row: kept.firstRow + r, col: c })),
    );
    expect(keptRows).toEqual([
      ['Borders', '2028/29', 1, null, null, null],
      ['Tayside', '2031/32', 9, 300, 120, 80],
    ]);
  });

  it('refuses a table without a column it needs, so nothing is replaced', () => {
    expect(() => readActualsTable([['Area', 'Year', 'ES actual']])).toThrow(/no "Clients actual" column/);
  });
});
