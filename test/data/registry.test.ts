import { DATA_SETS, DEFAULT_DATA_SET_ID, dataSetAreas, findDataSet, listDataSets } from '../../src/data';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed } from '../../src/sheets';
import { SheetBlueprint } from '../../src/sheets/shared/blueprint';
import { loadBlueprint } from '../sheets/hf';
import { LOCALITIES_2024 } from './localities';

const base = { ...DEFAULT_ASSUMPTIONS, rollout: 'phased' as const };
const build = (dataSet = LOCALITIES_2024) =>
  buildWorkbookIndexed({
    areas: dataSetAreas(dataSet),
    dataSet,
    base,
    scenarios: coverageScenarios(base, [0.25, 0.5]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
  });

/** Every text a reader sees on a sheet: its string cells and its chart titles. */
function texts(sheet: SheetBlueprint): string[] {
  const cells = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === 'string');
  return [...cells, ...sheet.charts.map((c) => c.title)];
}

describe('the data-set registry', () => {
  const sets = [...DATA_SETS, LOCALITIES_2024];

  it('holds Scotland 2018 as the default, with the review’s 14 boards', () => {
    expect(DEFAULT_DATA_SET_ID).toBe('scotland-2018');
    expect(findDataSet('scotland-2018')?.areas).toBe(SCOTLAND_2018);
    expect(findDataSet('test-localities-2024')).toBeUndefined();
  });

  it('finds a data set given to it, and lists each with its areas and year', () => {
    expect(findDataSet('test-localities-2024', sets)).toBe(LOCALITIES_2024);
    const lines = listDataSets(sets).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^scotland-2018\s+NHS Scotland, 2018 \(14 health boards, 2018\)$/);
    expect(lines[1]).toMatch(/^test-localities-2024\s+Test council, 2024 \(3 localities, 2024\)$/);
  });

  it('gives fresh copies of the areas, so a plan cannot change the data set', () => {
    const areas = dataSetAreas(LOCALITIES_2024);
    areas[0].smiContacts = 1;
    expect(LOCALITIES_2024.areas[0].smiContacts).toBe(1200);
  });
});

describe('a workbook from a data set of another shape (three localities)', () => {
  const { blueprint, index } = build();
  const sheet = (name: string) => blueprint.sheets.find((s) => s.name === name)!;

  it('calls its areas localities in every header, caption and chart, and boards nowhere', () => {
    for (const s of blueprint.sheets) {
      const words = texts(s);
      expect([s.name, words.filter((t) => /board/i.test(t))]).toEqual([s.name, []]);
    }
    const inputs = texts(sheet('Inputs'));
    expect(inputs).toContain('Locality');
    expect(inputs).toContain('Localities (one row per locality; scenario sheets follow these rows)');
    const scenario = texts(blueprint.sheets.find((s) => s.role === 'scenario')!);
    expect(scenario).toEqual(
      expect.arrayContaining(['Locality', 'By locality, each year at full rollout', 'ES needed by locality']),
    );
    expect(scenario).toContain('ES in post, by locality and year');
    expect(texts(sheet('Summary'))).toEqual(expect.arrayContaining(['Locality', 'ES needed by locality']));
  });

  it('names the data set and its sources on the Notes sheet', () => {
    const notes = sheet('Notes').blocks.flatMap((b) => b.cells);
    const row = (label: string) => notes.find((r) => r[0] === label)?.[1];
    expect(row('Localities')).toBe('Test council, 2024: 3 localities (built-in data set test-localities-2024)');
    expect(row('SMI contacts')).toBe(LOCALITIES_2024.sources[0].text);
    expect(row('Population')).toBe(LOCALITIES_2024.sources[1].text);
    expect(texts(sheet('Notes')).some((t) => /Scotland 2018|health board/i.test(t))).toBe(false);
  });

  it('plans each locality from its own phase; a blank phase starts in phase 2, in the model and the sheet', () => {
    const wb = loadBlueprint(blueprint);
    const plan = computePlan(dataSetAreas(LOCALITIES_2024), { ...base, coverage: 0.25 });
    expect(plan.areas.map((a) => a.phase)).toEqual([1, 2, 3]);
    const s = index.scenarios[0];
    const starts = [0, 1, 2].map((i) =>
      wb.number(s.sheet, { row: s.boards.firstRow + i, col: s.boards.columns.rolloutStart }),
    );
    expect(starts).toEqual([1, 2, 3]);
  });
});

describe('the built-in data set in the workbook', () => {
  it('says health boards, and cites its sources by the data set, not by comparing contents', () => {
    const scotland = findDataSet(DEFAULT_DATA_SET_ID)!;
    const { blueprint } = build(scotland);
    const notes = blueprint.sheets.find((s) => s.name === 'Notes')!.blocks.flatMap((b) => b.cells);
    expect(notes.find((r) => r[0] === 'Health boards')?.[1]).toBe(
      'NHS Scotland, 2018: 14 health boards (built-in data set scotland-2018)',
    );
    for (const { label, text } of scotland.sources) expect(notes).toContainEqual([label, text]);
    const inputs = texts(blueprint.sheets.find((s) => s.name === 'Inputs')!);
    expect(inputs).toContain('Health board');
  });

  it('the same areas without the data set are the planner’s own: neutral words, no Scottish sources', () => {
    const { blueprint } = buildWorkbookIndexed({
      areas: dataSetAreas(findDataSet(DEFAULT_DATA_SET_ID)!),
      base,
      scenarios: coverageScenarios(base, [0.25]),
      generated: new Date('2026-05-12T09:30:00Z'),
      version: 'test',
    });
    const notes = blueprint.sheets.find((s) => s.name === 'Notes')!.blocks.flatMap((b) => b.cells);
    expect(notes.find((r) => r[0] === 'Areas')?.[1]).toBe('Figures supplied by the planner (see the Inputs sheet)');
    expect(notes.some((r) => r[0] === 'Board codes')).toBe(false);
    expect(texts(blueprint.sheets.find((s) => s.name === 'Inputs')!)).toContain('Area');
  });
});
