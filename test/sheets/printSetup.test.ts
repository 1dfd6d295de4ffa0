import JSZip from 'jszip';
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbookIndexed } from '../../src/sheets';
import { Validation, columnLetter } from '../../src/sheets/shared/blueprint';
import { loadBlueprint } from './hf';

const base = { ...DEFAULT_ASSUMPTIONS };
const built = () =>
  buildWorkbookIndexed({
    areas: scotlandBoards(),
    base,
    scenarios: coverageScenarios(base, [0.25, 0.5, 1]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
  });

describe('print setup in the .xlsx', () => {
  it('writes each print area as an absolute reference that covers the sheet’s content', async () => {
    const { blueprint } = built();
    const zip = await JSZip.loadAsync(await writeXlsx(blueprint));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const names = [
      ...workbookXml.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g),
    ];
    expect(names.length).toBe(blueprint.sheets.length);
    for (const [, id, ref] of names) {
      const sheet = blueprint.sheets[Number(id)];
      const unquote = (s: string) =>
        s
          .replace(/&apos;/g, "'")
          .replace(/^'|'$/g, '')
          .replace(/''/g, "'");
      const m = /^(.+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
      expect([sheet.name, m !== null]).toEqual([sheet.name, true]);
      expect(unquote(m![1])).toBe(sheet.name);
      const area = sheet.print!.area;
      expect([m![2], +m![3], m![4], +m![5]]).toEqual([
        columnLetter(area.col),
        area.row + 1,
        columnLetter(area.col + area.cols - 1),
        area.row + area.rows,
      ]);
      // Every written cell lies inside the print area.
      for (const b of sheet.blocks) {
        expect(b.row + b.cells.length).toBeLessThanOrEqual(area.row + area.rows);
        expect(b.col + b.cells[0].length).toBeLessThanOrEqual(area.col + area.cols);
      }
    }
  });

  it('sets A4, one page wide, no gridlines, header and footer, and row breaks on every sheet', async () => {
    const { blueprint } = built();
    const zip = await JSZip.loadAsync(await writeXlsx(blueprint));
    for (let i = 0; i < blueprint.sheets.length; i++) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      const setup = /<pageSetup [^>]*\/>/.exec(xml)![0];
      expect(setup).toMatch(/paperSize="9"/);
      expect(setup).toMatch(/fitToWidth="1"/);
      expect(setup).toMatch(/fitToHeight="0"/);
      expect(xml).toMatch(/<oddFooter>[^<]*Page &amp;P of &amp;N<\/oddFooter>/);
      expect(xml).toMatch(/<oddHeader>[^<]*&amp;A<\/oddHeader>/);
      expect(xml).not.toMatch(/<printOptions [^>]*gridLines="1"/);
      const breaks = blueprint.sheets[i].print!.rowBreaks;
      for (const b of breaks) expect(xml).toMatch(new RegExp(`<brk id="${b}" [^>]*man="1"/>`));
    }
  });
});

describe('titles follow the live inputs', () => {
  it('retitles a scenario sheet and its Summary column when its coverage cell changes', () => {
    const { blueprint, index } = built();
    const wb = loadBlueprint(blueprint);
    const s = index.scenarios[0];
    expect(wb.value(s.sheet, s.title)).toBe('IPS plan: 25% coverage of eligible clients at £2,000 per engagement');
    wb.set(s.sheet, s.assumptions.coverage, 0.375);
    wb.set(s.sheet, s.assumptions.costPerEngagement, 1300);
    expect(wb.value(s.sheet, s.title)).toBe('IPS plan: 37.5% coverage of eligible clients at £1,300 per engagement');
    expect(wb.value(index.summary.sheet, { row: index.summary.rows.coverage - 1, col: 1 })).toBe('37.5% coverage');
  });
});

describe('a blank phase on the Inputs sheet', () => {
  it('means the model’s default phase, not the last year', () => {
    const { blueprint, index } = built();
    const wb = loadBlueprint(blueprint);
    const areas = scotlandBoards();
    const fife = areas.findIndex((a) => a.name === 'Fife');
    const orkney = areas.findIndex((a) => a.name === 'Orkney');
    const { areas: rows } = index.inputs;
    for (const i of [fife, orkney])
      wb.set(index.inputs.sheet, { row: rows.firstRow + i, col: rows.columns.phase }, null);
    const plan = computePlan(
      areas.map((a, i) => (i === fife || i === orkney ? { ...a, phase: undefined } : a)),
      { ...base, coverage: 0.25 },
    );
    const s = index.scenarios[0];
    for (const i of [fife, orkney]) {
      const start = wb.number(s.sheet, { row: s.boards.firstRow + i, col: s.boards.columns.rolloutStart });
      expect([areas[i].name, start]).toEqual([areas[i].name, plan.areas[i].phase]);
      const es = plan.areas[i].years.map((_, k) =>
        wb.number(s.sheet, { row: s.grids.specialists.firstRow + i, col: 1 + k }),
      );
      expect(es).toEqual(plan.areas[i].years.map((y) => y.specialists));
    }
  });
});

describe('the workbook guards its own inputs', () => {
  const covered = (validations: Validation[], row: number, col: number) =>
    validations.filter(
      (v) =>
        v.range.row <= row &&
        row < v.range.row + v.range.rows &&
        v.range.col <= col &&
        col < v.range.col + v.range.cols,
    );

  it('puts the CLI’s range and an input message on every assumption cell, Inputs and scenario sheets alike', () => {
    const { blueprint, index } = built();
    const sheets = [index.inputs, ...index.scenarios];
    for (const s of sheets) {
      const sheet = blueprint.sheets.find((x) => x.name === s.sheet)!;
      for (const info of ASSUMPTION_INFO) {
        const pos = s.assumptions[info.key];
        const [v, ...more] = covered(sheet.validations, pos.row, pos.col);
        expect([s.sheet, info.key, more.length]).toEqual([s.sheet, info.key, 0]);
        if (info.key === 'years') {
          expect(v.values).toEqual([String(base.years)]);
          continue;
        }
        expect([s.sheet, info.key, v.number]).toEqual([
          s.sheet,
          info.key,
          { min: info.min, max: info.max, whole: info.integer === true },
        ]);
        expect(v.prompt.message.length).toBeGreaterThan(10);
        expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      }
      const rounding = covered(sheet.validations, s.assumptions.rounding.row, s.assumptions.rounding.col);
      expect(rounding.map((v) => v.values)).toEqual([['nearest-min1', 'up', 'none']]);
    }
  });

  it('checks every row of the areas table’s figures: contacts required, the others optional', () => {
    const { blueprint, index } = built();
    const sheet = blueprint.sheets.find((x) => x.name === index.inputs.sheet)!;
    const { areas } = index.inputs;
    const expected = { smiContacts: false, population: true, existingEs: true, phase: true } as const;
    for (const [key, blank] of Object.entries(expected)) {
      for (let i = 0; i < areas.count; i++) {
        const found = covered(sheet.validations, areas.firstRow + i, areas.columns[key as keyof typeof expected]);
        expect([key, i, found.length, found[0]?.allowBlank]).toEqual([key, i, 1, blank]);
      }
    }
    const phase = covered(sheet.validations, areas.firstRow, areas.columns.phase)[0];
    expect(phase.number).toEqual({ min: 1, max: 3, whole: true });
  });

  it('writes them into the .xlsx with their messages', async () => {
    const { blueprint, index } = built();
    const zip = await JSZip.loadAsync(await writeXlsx(blueprint));
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(blueprint.sheets[1].name).toBe(index.inputs.sheet);
    const pos = index.inputs.assumptions.caseload;
    const ref = `${columnLetter(pos.col)}${pos.row + 1}`;
    const rule = new RegExp(
      // "between" is the default operator, so it is not written.
      `<dataValidation type="decimal"[^>]*sqref="[^"]*\\b${ref}\\b[^"]*"><formula1>1</formula1><formula2>1000</formula2>`,
    );
    const found = rule.exec(xml);
    expect(found).not.toBeNull();
    expect(found![0]).toMatch(/showInputMessage="1"/);
    expect(found![0]).toMatch(/prompt="a number from 1 to 1,000 clients a year."/);
  });
});

describe('a bad figure that got past validation (pasted)', () => {
  it('is named in words by the headline, and the check is blank when the inputs are fine', () => {
    const { blueprint, index } = built();
    const wb = loadBlueprint(blueprint);
    const s = index.scenarios[0];
    expect(wb.value(s.sheet, s.inputCheck)).toBe('');
    wb.set(index.inputs.sheet, index.inputs.assumptions.caseload, 0);
    expect(wb.value(s.sheet, s.inputCheck)).toBe('Check the inputs: clients per ES per year must be a number above 0');
    wb.set(index.inputs.sheet, index.inputs.assumptions.caseload, 40);
    const { areas } = index.inputs;
    wb.set(index.inputs.sheet, { row: areas.firstRow + 2, col: areas.columns.smiContacts }, 'lots');
    expect(wb.value(s.sheet, s.inputCheck)).toBe(
      "Check the inputs: an area's SMI contacts are not a number (Inputs sheet)",
    );
  });
});
