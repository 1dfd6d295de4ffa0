/** The Office.js writer takes the blueprint's print setup, as the .xlsx writer does (ExcelApi 1.9). */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { headerFooterParts } from '../../src/hosts/excel/printActions';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook, cellAddress, columnLetter } from '../../src/sheets';
import { createFakeExcel } from '../fake-excel';

const blueprint = () =>
  buildWorkbook({
    areas: scotlandBoards(),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: 'test',
  });

describe('print setup through Office.js', () => {
  it('splits header and footer texts into their left, centre and right parts', () => {
    expect(headerFooterParts('&LIPS plan&R&A')).toEqual({ left: 'IPS plan', center: '', right: '&A' });
    expect(headerFooterParts('&LR&&D plan&CPage &P of &N')).toEqual({
      left: 'R&&D plan',
      center: 'Page &P of &N',
      right: '',
    });
  });

  it('sets A4, margins, no gridlines, one page wide, header, footer, title rows and breaks on every sheet', async () => {
    const fake = createFakeExcel({ apiVersion: '1.9' });
    const bp = blueprint();
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    for (const s of bp.sheets) {
      const p = s.print!;
      const layout = fake.sheet(s.name)!.pageLayout;
      const area = `${columnLetter(p.area.col)}${p.area.row + 1}:${cellAddress(p.area.row + p.area.rows - 1, p.area.col + p.area.cols - 1)}`;
      expect([s.name, layout.printArea]).toEqual([s.name, area]);
      expect(layout).toMatchObject({
        orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        paperSize: 'A4',
        printGridlines: false,
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(layout.margins!.leftMargin).toBeCloseTo(28.8, 9);
      expect(layout.margins!.topMargin).toBeCloseTo(54, 9);
      expect(layout.margins!.footerMargin).toBeCloseTo(21.6, 9);
      expect(layout.headersFooters).toMatchObject({
        leftHeader: 'IPS employment specialist plan',
        rightHeader: '&A',
        rightFooter: 'Page &P of &N',
      });
      expect(layout.rowBreaks ?? []).toEqual(p.rowBreaks.map((r) => cellAddress(r, p.area.col)));
      if (p.titleRows) expect(layout.printTitleRows).toBe(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
    }
    expect(bp.sheets.some((s) => s.print!.rowBreaks.length > 0)).toBe(true);
  });

  it('writes the plan without page layout on an Excel older than ExcelApi 1.9', async () => {
    const fake = createFakeExcel({ apiVersion: '1.7' });
    const bp = blueprint();
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    for (const s of bp.sheets) expect([s.name, fake.sheet(s.name)!.pageLayout]).toEqual([s.name, {}]);
  });
});
