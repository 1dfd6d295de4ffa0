import { SCOTLAND_2018_DATA_SET, scotlandBoards } from '../../src/data/scotland2018';
import { SCOTLAND_2018_SOURCE } from '../../src/data/scotland2018';
import { phaseOf } from '../../src/model/areas';
import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS, ROLLOUT_SOURCE } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { Scenario, coverageScenarios } from '../../src/model/scenarios';
import {
  Cell,
  SheetBlueprint,
  WorkbookBlueprint,
  buildWorkbook,
  buildWorkbookIndexed,
  isFormula,
} from '../../src/sheets';
import { GRIDS } from '../../src/sheets/scenario';

const CLASSIC = new Set([
  'SUM',
  'INT',
  'MOD',
  'RIGHT',
  'ROUND',
  'ROUNDUP',
  'MAX',
  'MIN',
  'IF',
  'INDEX',
  'MATCH',
  'SUMPRODUCT',
  'MEDIAN',
  'COUNT',
  'TEXT',
  'OR',
  'AND',
  'ISNUMBER',
  'NOT',
]);
const input = (
  scenarios: Scenario[] = coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]),
  areas = scotlandBoards(),
) => ({
  areas,
  base: { ...DEFAULT_ASSUMPTIONS },
  scenarios,
  generated: new Date('2026-05-12T09:30:00Z'),
  version: '9.8.7',
  dataSet: SCOTLAND_2018_DATA_SET,
});

function cellsOf(sheet: SheetBlueprint): { row: number; col: number; cell: Cell }[] {
  return sheet.blocks.flatMap((b) =>
    b.cells.flatMap((r, i) => r.map((cell, j) => ({ row: b.row + i, col: b.col + j, cell }))),
  );
}
const withoutStrings = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

/** A formula in relative R1C1 terms: two formulas of one shape differ only in where they sit. */
function r1c1(formula: string, row: number, col: number): string {
  const letters = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return withoutStrings(formula).replace(
    /(?<![A-Za-z0-9_$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (_, ca, c, ra, r) => {
      const rr = ra ? `R${r}` : `R[${Number(r) - 1 - row}]`;
      const cc = ca ? `C${letters(c) + 1}` : `C[${letters(c) - col}]`;
      return rr + cc;
    },
  );
}

describe('the workbook blueprint', () => {
  const bp: WorkbookBlueprint = buildWorkbook(input());

  it('uses classic functions only, and no structured references', () => {
    const formulas = bp.sheets.flatMap((s) =>
      cellsOf(s)
        .map((c) => c.cell)
        .filter(isFormula)
        .map((c) => c.formula),
    );
    expect(formulas.length).toBeGreaterThan(500);
    for (const f of formulas) {
      expect(f.startsWith('=')).toBe(true);
      const bare = withoutStrings(f);
      for (const [, fn] of bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect([f, CLASSIC.has(fn)]).toEqual([f, true]);
      expect(bare).not.toMatch(/\[/);
    }
  });

  it('writes each column of a board table and grid with one formula shape, whatever the row', () => {
    const { blueprint, index } = buildWorkbookIndexed(input());
    for (const s of index.scenarios) {
      const sheet = blueprint.sheets.find((x) => x.name === s.sheet)!;
      const at = new Map(cellsOf(sheet).map((c) => [`${c.row},${c.col}`, c.cell]));
      const columns: [number, number][] = [
        ...Object.values(s.boards.columns).map((col): [number, number] => [s.boards.firstRow, col]),
        ...GRIDS.flatMap((g) =>
          [...Array(s.years).keys()].map((k): [number, number] => [s.grids[g].firstRow, s.grids[g].col + k]),
        ),
      ];
      for (const [firstRow, col] of columns) {
        const shapes = new Set<string>();
        for (let i = 0; i < s.boards.count; i++) {
          const row = firstRow + i;
          const cell = at.get(`${row},${col}`);
          expect(cell && isFormula(cell)).toBe(true);
          // The start year falls back on the area's own default phase, a constant, where the phase is blank.
          const shape = (f: string) => (col === s.boards.columns.rolloutStart ? f.replace(/,\d+\)$/, ',N)') : f);
          if (cell && isFormula(cell)) shapes.add(shape(r1c1(cell.formula, row, col)));
        }
        expect([col, shapes.size]).toEqual([col, 1]);
      }
    }
  });

  it('never writes one cell twice (writers may write blocks in any order)', () => {
    for (const s of bp.sheets) {
      const seen = new Set<string>();
      for (const c of cellsOf(s)) {
        const key = `${c.row},${c.col}`;
        expect([s.name, key, seen.has(key)]).toEqual([s.name, key, false]);
        seen.add(key);
      }
    }
  });

  it('gives valid, unique sheet names whatever the scenarios are called', () => {
    const a = DEFAULT_ASSUMPTIONS;
    const names = buildWorkbook(
      input([
        { name: 'Inputs', assumptions: a },
        { name: 'a/b:c*?[x]\\ and a name far longer than thirty-one characters', assumptions: a },
        { name: "'quoted'", assumptions: a },
        { name: 'Same', assumptions: a },
        { name: 'same', assumptions: a },
      ]),
    ).sheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    }
  });

  it('holds the areas as the IPS_Areas table, phases resolved, and names pointing at single Inputs cells', () => {
    const { blueprint, index } = buildWorkbookIndexed(input());
    const inputs = blueprint.sheets.find((s) => s.role === 'inputs')!;
    expect(inputs.tables).toEqual([
      expect.objectContaining({
        name: 'IPS_Areas',
        range: { row: index.inputs.areas.headerRow, col: 0, rows: 15, cols: 6 },
      }),
    ]);
    const at = new Map(cellsOf(inputs).map((c) => [`${c.row},${c.col}`, c.cell]));
    scotlandBoards().forEach((b, i) => {
      const row = index.inputs.areas.firstRow + i;
      expect(at.get(`${row},${index.inputs.areas.columns.name}`)).toBe(b.name);
      expect(at.get(`${row},${index.inputs.areas.columns.phase}`)).toBe(phaseOf(b));
    });
    expect(blueprint.names.map((n) => n.name).sort()).toEqual(
      [...ASSUMPTION_INFO.map((i) => i.name), 'IPS_Rounding'].sort(),
    );
    for (const n of blueprint.names) expect(n).toMatchObject({ sheet: 'Inputs', range: { rows: 1, cols: 1 } });
    expect(inputs.validations).toContainEqual(
      expect.objectContaining({
        range: { ...index.inputs.assumptions.rounding, rows: 1, cols: 1 },
        values: ['nearest-min1', 'up', 'none'],
      }),
    );
  });

  it('formats like an analyst: £, %, thousands, frozen headers, landscape fit-to-width print, charts on scenario sheets', () => {
    const { blueprint, index } = buildWorkbookIndexed(input());
    const s = index.scenarios[0];
    const sheet = blueprint.sheets.find((x) => x.name === s.sheet)!;
    const formatAt = (row: number, col: number) =>
      sheet.formats
        .filter(
          (f) =>
            f.numberFormat &&
            row >= f.range.row &&
            row < f.range.row + f.range.rows &&
            col >= f.range.col &&
            col < f.range.col + f.range.cols,
        )
        .pop()?.numberFormat;
    expect(formatAt(s.boards.firstRow, s.boards.columns.costPerYear)).toBe('£#,##0');
    expect(formatAt(s.boards.totalsRow, s.boards.columns.eligible)).toBe('#,##0');
    expect(formatAt(s.assumptions.coverage.row, s.assumptions.coverage.col)).toBe('0.0%');
    expect(formatAt(s.assumptions.inWork.row, s.assumptions.inWork.col)).toBe('0.0%');
    // The title and the two defining inputs stay in view.
    expect(sheet.freeze).toEqual({ rows: 2, cols: 1 });
    // Every page repeats the live title and the defining inputs.
    expect(sheet.print).toMatchObject({ orientation: 'landscape', titleRows: { first: 0, last: 1 } });
    expect(sheet.charts.map((c) => c.title)).toEqual(['ES needed by health board', 'Rollout by year']);
    expect(sheet.charts[0].series[0].values).toEqual({
      row: s.boards.firstRow,
      col: s.boards.columns.specialists,
      rows: 14,
      cols: 1,
    });
    for (const x of blueprint.sheets) expect(x.columnWidths.every((w) => w >= 3 && w <= 120)).toBe(true);
  });

  it('links a scenario’s assumptions, coverage and £ included, to Inputs unless the scenario sets its own', () => {
    const base = { ...DEFAULT_ASSUMPTIONS };
    const { blueprint, index } = buildWorkbookIndexed(
      input([
        { name: 'Own caseload', assumptions: { ...base, caseload: 30, rounding: 'up' } },
        { name: 'Own coverage', assumptions: { ...base, coverage: 0.5, costPerEngagement: 1300 } },
      ]),
    );
    const cellOf = (i: number) => {
      const s = index.scenarios[i];
      const at = new Map(
        cellsOf(blueprint.sheets.find((x) => x.name === s.sheet)!).map((c) => [`${c.row},${c.col}`, c.cell]),
      );
      return (k: keyof typeof s.assumptions) => at.get(`${s.assumptions[k].row},${s.assumptions[k].col}`);
    };
    const first = cellOf(0);
    expect(first('coverage')).toEqual({ formula: '=IPS_Coverage' });
    expect(first('costPerEngagement')).toEqual({ formula: '=IPS_CostPerEngagement' });
    expect(first('caseload')).toBe(30);
    expect(first('rounding')).toBe('up');
    expect(first('inWork')).toEqual({ formula: '=IPS_InWork' });
    expect(first('firstYearCaseload')).toEqual({ formula: '=IPS_FirstYearCaseload' });
    const second = cellOf(1);
    expect(second('coverage')).toBe(0.5);
    expect(second('costPerEngagement')).toBe(1300);
    expect(second('caseload')).toEqual({ formula: '=IPS_Caseload' });
  });

  it('writes method, every source, the warnings, the date and the version on the notes sheet', () => {
    const notes = bp.sheets.find((s) => s.role === 'notes')!;
    const text = cellsOf(notes)
      .map((c) => String(c.cell ?? ''))
      .join('\n');
    for (const info of ASSUMPTION_INFO) expect(text).toContain(info.source);
    expect(text).toContain(ROLLOUT_SOURCE);
    for (const source of Object.values(SCOTLAND_2018_SOURCE)) expect(text).toContain(source);
    for (const w of computePlan(scotlandBoards(), DEFAULT_ASSUMPTIONS).warnings) expect(text).toContain(w.message);
    expect(text).toContain('2026-05-12');
    expect(text).toContain('9.8.7');
  });

  it('refuses bad input instead of building a workbook', () => {
    expect(() => buildWorkbook(input(undefined, [{ name: 'X', smiContacts: -1 }]))).toThrow(/SMI contacts -1/);
    expect(() => buildWorkbook(input([{ name: 'x', assumptions: { ...DEFAULT_ASSUMPTIONS, coverage: 2 } }]))).toThrow(
      /Coverage/,
    );
    expect(() => buildWorkbook(input(undefined, []))).toThrow(/at least one area/);
  });
});
