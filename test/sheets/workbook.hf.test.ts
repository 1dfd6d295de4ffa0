import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scotlandBoards } from '../../src/data/scotland2018';
import { Area } from '../../src/model/areas';
import { ASSUMPTION_INFO, Assumptions, DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { Scenario, coverageScenarios } from '../../src/model/scenarios';
import { readAreasCsv } from '../../src/parse/csv';
import { buildWorkbookIndexed } from '../../src/sheets';
import { expectSheetMatchesPlan, expectSummaryMatchesPlans } from './compare';
import { loadBlueprint } from './hf';

const GENERATED = new Date('2026-05-12T09:30:00Z');
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

function workbook(areas: Area[], base: Assumptions, scenarios: Scenario[]) {
  const { blueprint, index } = buildWorkbookIndexed({ areas, base, scenarios, generated: GENERATED, version: 'test' });
  return { blueprint, index, wb: loadBlueprint(blueprint) };
}

function expectAllMatch(w: ReturnType<typeof workbook>, areas: Area[], assumptions: Assumptions[]) {
  const plans = assumptions.map((a) => computePlan(areas, a));
  w.index.scenarios.forEach((s, i) => expectSheetMatchesPlan(w.wb, s, plans[i]));
  expectSummaryMatchesPlans(w.wb, w.index.summary, plans);
}

function plannerAreas(): Area[] {
  const read = readAreasCsv(fixture('planner-boards.csv'));
  expect(read.problems).toEqual([]);
  return read.areas;
}

describe('the default Scotland workbook, recalculated by a formula engine', () => {
  const base = { ...DEFAULT_ASSUMPTIONS };
  const scenarios = coverageScenarios(base, [0.25, 0.5, 1]);

  it('has every figure of every scenario sheet and the summary equal to the model', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    expect(w.index.scenarios.map((s) => s.sheet)).toEqual(['25% coverage', '50% coverage', '100% coverage']);
    expectAllMatch(
      w,
      scotlandBoards(),
      scenarios.map((s) => s.assumptions),
    );
  });

  it('shows the review’s published table on the 25% sheet', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    const s = w.index.scenarios[0];
    const c = s.boards.columns;
    const published = fixture('review-table.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(s.boards.count).toBe(published.length);
    const shown = new Map<string, [number, number, number]>();
    for (let i = 0; i < s.boards.count; i++) {
      const r = s.boards.rows[i];
      shown.set(String(w.wb.value(s.sheet, { row: r, col: c.name })), [
        w.wb.number(s.sheet, { row: r, col: c.smiContacts }),
        Math.round(w.wb.number(s.sheet, { row: r, col: c.eligible })),
        w.wb.number(s.sheet, { row: r, col: c.specialists }),
      ]);
    }
    for (const [board, contacts, eligible, es] of published) {
      expect([board, shown.get(board)]).toEqual([board, [Number(contacts), Number(eligible), Number(es)]]);
    }
    const total = (col: number) => w.wb.number(s.sheet, { row: s.boards.totalsRow, col });
    expect(total(c.smiContacts)).toBe(60424);
    expect(Math.round(total(c.eligible))).toBe(16314);
    expect(total(c.specialists)).toBe(104);
    // Borders' contact rate is about 5× the others': the sheet flags it, and only it.
    const flagged = [...Array(s.boards.count).keys()]
      .filter((i) => w.wb.value(s.sheet, { row: s.boards.rows[i], col: c.dataQualityFlag }) !== '')
      .map((i) => w.wb.value(s.sheet, { row: s.boards.rows[i], col: c.name }));
    expect(flagged).toEqual(['Borders']);
  });

  it('moves the scenarios that share the Inputs coverage and £ when IPS_Coverage and IPS_CostPerEngagement change', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    const inputs = w.index.inputs;
    w.wb.set(inputs.sheet, inputs.assumptions.coverage, 0.3);
    w.wb.set(inputs.sheet, inputs.assumptions.costPerEngagement, 2050);
    // 25% was the base: that sheet follows; 50% and 100% set their own coverage, and follow the £ only.
    expectAllMatch(w, scotlandBoards(), [
      { ...base, coverage: 0.3, costPerEngagement: 2050 },
      { ...scenarios[1].assumptions, costPerEngagement: 2050 },
      { ...scenarios[2].assumptions, costPerEngagement: 2050 },
    ]);
  });

  it('recalculates a scenario sheet when its coverage cell changes, and leaves the others alone', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    const s50 = w.index.scenarios[1];
    w.wb.set(s50.sheet, s50.assumptions.coverage, 0.37);
    expectAllMatch(w, scotlandBoards(), [
      scenarios[0].assumptions,
      { ...base, coverage: 0.37 },
      scenarios[2].assumptions,
    ]);
    w.wb.set(s50.sheet, s50.assumptions.costPerEngagement, 1300);
    expectAllMatch(w, scotlandBoards(), [
      scenarios[0].assumptions,
      { ...base, coverage: 0.37, costPerEngagement: 1300 },
      scenarios[2].assumptions,
    ]);
  });

  it('recalculates every scenario when an Inputs cell changes (a board’s contacts, in work, rounding, caseload, phase)', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    const inputs = w.index.inputs;
    const areas = scotlandBoards();
    const borders = areas.findIndex((a) => a.name === 'Borders');
    areas[borders].smiContacts = 1200;
    w.wb.set(inputs.sheet, { row: inputs.areas.firstRow + borders, col: inputs.areas.columns.smiContacts }, 1200);
    w.wb.set(inputs.sheet, inputs.assumptions.inWork, 0.2);
    let changed: Partial<Assumptions> = { inWork: 0.2 };
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => ({ ...s.assumptions, ...changed })),
    );
    // Borders at 1,200 contacts is no longer far from the others: the flag clears.
    const s25 = w.index.scenarios[0];
    expect(w.wb.value(s25.sheet, { row: s25.boards.rows[borders], col: s25.boards.columns.dataQualityFlag })).toBe('');

    for (const rounding of ['up', 'none'] as const) {
      w.wb.set(inputs.sheet, inputs.assumptions.rounding, rounding);
      changed = { ...changed, rounding };
      expectAllMatch(
        w,
        areas,
        scenarios.map((s) => ({ ...s.assumptions, ...changed })),
      );
    }
    // The first-year caseload follows the caseload unless set.
    w.wb.set(inputs.sheet, inputs.assumptions.caseload, 30);
    changed = { ...changed, caseload: 30 };
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => ({ ...s.assumptions, ...changed })),
    );
    w.wb.set(inputs.sheet, inputs.assumptions.firstYearCaseload, 20);
    w.wb.set(inputs.sheet, inputs.assumptions.esSalary, 36000);
    w.wb.set(inputs.sheet, inputs.assumptions.implementationSupportPerYear, 250000);
    changed = { ...changed, firstYearCaseload: 20, esSalary: 36000, implementationSupportPerYear: 250000 };
    const lanarkshire = areas.findIndex((a) => a.name === 'Lanarkshire');
    areas[lanarkshire].phase = 3;
    w.wb.set(inputs.sheet, { row: inputs.areas.firstRow + lanarkshire, col: inputs.areas.columns.phase }, 3);
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => ({ ...s.assumptions, ...changed })),
    );
  });

  it('names every base assumption cell on the Inputs sheet, holding the base value', () => {
    const w = workbook(scotlandBoards(), base, scenarios);
    const names = new Map(w.blueprint.names.map((n) => [n.name, n]));
    for (const info of ASSUMPTION_INFO) {
      const n = names.get(info.name);
      expect(n).toMatchObject({
        sheet: 'Inputs',
        range: { ...w.index.inputs.assumptions[info.key], rows: 1, cols: 1 },
      });
      const expected = info.key === 'firstYearCaseload' ? base.caseload : base[info.key];
      expect(w.wb.value('Inputs', w.index.inputs.assumptions[info.key])).toBe(expected);
    }
    expect(w.wb.value('Inputs', w.index.inputs.assumptions.rounding)).toBe('nearest-min1');
    expect(names.get('IPS_Rounding')?.range).toMatchObject(w.index.inputs.assumptions.rounding);
  });
});

describe('a planner’s own areas (test/fixtures/planner-boards.csv)', () => {
  it('matches the model for scenarios that set their own assumptions, and after edits', () => {
    const areas = plannerAreas();
    const base: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      firstYearCaseload: 35,
      rounding: 'up',
      years: 4,
      costPerEngagement: 2050,
    };
    const scenarios: Scenario[] = [
      { name: 'Steady 30%', assumptions: { ...base, coverage: 0.3 } },
      {
        name: 'Wider 60% / WTE',
        assumptions: { ...base, coverage: 0.6, rounding: 'none', caseload: 25, firstYearCaseload: null },
      },
      {
        name: 'Cheap 45%',
        assumptions: { ...base, coverage: 0.45, costPerEngagement: 1300, interested: 0.5, esPerTeamLeader: 8 },
      },
    ];
    const w = workbook(areas, base, scenarios);
    expect(w.index.scenarios.map((s) => s.sheet)).toEqual(['Steady 30%', 'Wider 60% - WTE', 'Cheap 45%']);
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => s.assumptions),
    );

    // An Inputs edit reaches the scenarios that follow Inputs for it, and not one that set its own.
    const inputs = w.index.inputs;
    w.wb.set(inputs.sheet, inputs.assumptions.interested, 0.4);
    w.wb.set(inputs.sheet, { row: inputs.areas.firstRow + 3, col: inputs.areas.columns.smiContacts }, 777);
    w.wb.set(inputs.sheet, { row: inputs.areas.firstRow + 2, col: inputs.areas.columns.population }, null);
    areas[3].smiContacts = 777;
    delete areas[2].population;
    const s1 = w.index.scenarios[1];
    w.wb.set(s1.sheet, s1.assumptions.coverage, 0.05);
    expectAllMatch(w, areas, [
      { ...scenarios[0].assumptions, interested: 0.4 },
      { ...scenarios[1].assumptions, interested: 0.4, coverage: 0.05 },
      scenarios[2].assumptions,
    ]);
  });

  it('ramps from existing ES when the rollout mode is "existing"', () => {
    const areas = plannerAreas();
    const base: Assumptions = { ...DEFAULT_ASSUMPTIONS, rollout: 'existing', years: 3 };
    const scenarios = coverageScenarios(base, [0.1, 0.5]);
    const w = workbook(areas, base, scenarios);
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => s.assumptions),
    );
    const inputs = w.index.inputs;
    w.wb.set(inputs.sheet, { row: inputs.areas.firstRow, col: inputs.areas.columns.existingEs }, 9);
    areas[0].existingEs = 9;
    expectAllMatch(
      w,
      areas,
      scenarios.map((s) => s.assumptions),
    );
  });

  it('keeps a board named like a formula as text, on the Inputs sheet and on every scenario sheet', () => {
    const areas: Area[] = [
      { name: '=HYPERLINK("x")', smiContacts: 1000, population: 90000 },
      { name: '+44 Unit', smiContacts: 500, population: 60000 },
      { name: "'Quoted", smiContacts: 800, population: 70000 },
    ];
    const w = workbook(areas, { ...DEFAULT_ASSUMPTIONS }, coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]));
    const inputs = w.blueprint.sheets.find((s) => s.name === 'Inputs')!;
    const named = inputs.blocks.flatMap((b) => b.cells.flat()).filter((c) => c === '=HYPERLINK("x")');
    expect(named).toEqual(['=HYPERLINK("x")']); // a plain string cell, not { formula }
    const nameCell = { row: w.index.inputs.areas.firstRow, col: w.index.inputs.areas.columns.name };
    expect(w.wb.value('Inputs', nameCell)).toBe('=HYPERLINK("x")');
    expect(w.wb.hf.doesCellHaveFormula({ sheet: w.wb.hf.getSheetId('Inputs')!, ...nameCell })).toBe(false);
    expectAllMatch(w, areas, [{ ...DEFAULT_ASSUMPTIONS }]);
  });
});
