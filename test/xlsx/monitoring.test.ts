import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { buildWorkbookIndexed, cellAddress } from '../../src/sheets';

const built = buildWorkbookIndexed({
  areas: scotlandBoards(),
  base: { ...DEFAULT_ASSUMPTIONS },
  scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]),
  generated: new Date('2026-05-12T09:30:00Z'),
  version: 'test',
  monitoring: { actuals: [{ area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: null, sustained: 0 }] },
});

describe('the Monitoring sheet in an .xlsx file', () => {
  it('holds the IPS_Actuals table, its validations, and a colour for "met" and "below" beside the words', async () => {
    const bytes = await writeXlsx(built.blueprint);
    const zip = await JSZip.loadAsync(bytes);
    const m = built.index.monitoring!;
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const xml = sheetXml.find((x) => x.includes('conditionalFormatting'))!;
    const first = cellAddress(m.table.firstRow, m.table.columns.statusClientsPerEs);
    const last = cellAddress(m.table.firstRow + m.table.rows.length - 1, m.table.columns.statusSustainedRate);
    expect(xml).toContain(`sqref="${first}:${last}"`);
    expect(xml).toContain(`<formula>${first}=&quot;met&quot;</formula>`);
    expect(xml).toContain(`<formula>${first}=&quot;below&quot;</formula>`);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<dxfs count="2">/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Monitoring')!;
    expect(ws.getTable('IPS_Actuals')).toBeDefined();
    const fife = m.table.firstRow + m.table.rows.findIndex((r) => r.area === 'Fife' && r.year === 1) + 1;
    const c = m.table.columns;
    const at = (col: number) => ws.getCell(fife, col + 1);
    expect(
      [at(c.actualSpecialists), at(c.actualClients), at(c.actualJobOutcomes), at(c.actualSustained)].map(
        (x) => x.value,
      ),
    ).toEqual([2, 60, null, 0]);
    expect(at(c.actualClients).dataValidation).toMatchObject({ type: 'decimal', allowBlank: true, formulae: [0, 1e9] });
    expect(at(c.statusJobOutcomeRate).formula).toMatch(/^IF\(AND\(ISNUMBER\(/);
  });
});

describe('data validation in an .xlsx file', () => {
  it('writes one range per rule, also where a column crosses row 99 to 100', async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(built.blueprint));
    const m = built.index.monitoring!;
    const files = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = await Promise.all(files.map((f) => zip.file(f)!.async('string')));
    const sheet = xml.find((x) => x.includes('conditionalFormatting'))!;
    const refs = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((x) => x[1]);
    const column = (col: number) =>
      `${cellAddress(m.table.firstRow, col)}:${cellAddress(m.table.firstRow + m.table.rows.length - 1, col)}`;
    const c = m.table.columns;
    expect(refs).toEqual([c.actualSpecialists, c.actualClients, c.actualJobOutcomes, c.actualSustained].map(column));
  });
});
