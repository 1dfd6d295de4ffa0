import { writeBlueprint } from '../../src/hosts/excel';
import { MAX_REQUEST_BYTES } from '../../src/hosts/excel/payload';
import { sheetRef } from '../../src/sheets/shared/blueprint';
import { createFakeExcel } from '../fake-excel';
import { INPUTS, SCENARIO, expectCellsMatch, makeBlueprint } from './fixtures';

describe('writeBlueprint into a fake Excel', () => {
  test('the workbook holds exactly what the blueprint describes', async () => {
    const fake = createFakeExcel();
    const bp = makeBlueprint({ areas: 14 });
    const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });

    expect(result.sheets.map((s) => s.name)).toEqual([INPUTS, SCENARIO]);
    expect(fake.sheetNames()).toEqual(['Sheet1', INPUTS, SCENARIO]);
    expect(expectCellsMatch(fake, bp)).toBeGreaterThan(100);

    // Same-shape formulas went in as one R1C1 formula per column segment…
    const d5 = fake.cell(`'${SCENARIO}'!D5`);
    expect(d5.formulaR1C1).toBe('=RC[-1]*IPS_Coverage');
    expect(fake.cell(`'${SCENARIO}'!A5`).formulaR1C1).toBe(`=${sheetRef(INPUTS)}!R[4]C`);
    // …and the one-off totals as A1.
    expect(fake.cell(`'${SCENARIO}'!B19`).formula).toBe('=SUM(B5:B18)');

    // Number formats and styles.
    expect(fake.cell(`'${INPUTS}'!B3`).numberFormat).toBe('0%');
    expect(fake.cell(`'${INPUTS}'!B7`).numberFormat).toBe('£#,##0');
    expect(fake.cell(`'${SCENARIO}'!F18`).numberFormat).toBe('£#,##0');
    expect(fake.cell(`'${SCENARIO}'!C4`).format).toMatchObject({
      bold: true,
      fill: '#DDEBF7',
      wrapText: true,
      horizontalAlignment: 'Center',
      borders: { EdgeBottom: { style: 'Continuous', weight: 'Thin' } },
    });
    expect(fake.cell(`'${SCENARIO}'!A1`).format).toMatchObject({ bold: true, fontSize: 14 });

    // Defined names, with the marker names that record which sheets the add-in created.
    const names = Object.fromEntries(fake.state.names.map((n) => [n.name, n]));
    expect(names.IPS_Coverage).toMatchObject({
      formula: `=${sheetRef(INPUTS)}!$B$3`,
      comment: 'Share of eligible people served a year',
    });
    expect(names.IPS_InWork.formula).toBe(`=${sheetRef(INPUTS)}!$B$4`);
    expect(fake.state.names.filter((n) => n.name.startsWith('IPS_PlanSheet_')).map((n) => n.formula)).toEqual([
      `=${sheetRef(INPUTS)}!$A$1`,
      `=${sheetRef(SCENARIO)}!$A$1`,
    ]);

    // Table, frozen panes, column widths, tab colours.
    const inputs = fake.sheet(INPUTS)!;
    const scenario = fake.sheet(SCENARIO)!;
    expect(fake.state.tables).toEqual([
      expect.objectContaining({
        name: 'IPS_Areas',
        sheetId: inputs.id,
        rect: { row: 7, col: 0, rows: 15, cols: 4 },
        style: 'TableStyleLight9',
      }),
    ]);
    expect(inputs.freeze).toEqual({ rows: 8, cols: 0 });
    expect(scenario.freeze).toEqual({ rows: 4, cols: 1 });
    // The pixels Excel draws a <col width="28"> in (ECMA-376 §18.3.1.13), the width the .xlsx writer sets, in points.
    expect(scenario.columnWidths.get(0)).toBe(Math.trunc(((256 * 28 + Math.trunc(128 / 7)) / 256) * 7) * 0.75);
    expect(inputs.tabColor).toBe('#2E75B6');

    // Validation and print setup.
    expect(inputs.validations).toEqual([
      { address: 'B6', rule: { list: { inCellDropDown: true, source: 'nearest,up,down' } } },
    ]);
    expect(scenario.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      printGridlines: false,
      printArea: 'A1:F26',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      headersFooters: { leftHeader: 'Plan', rightHeader: '&A', rightFooter: 'Page &P of &N' },
    });

    // Two native charts on the scenario sheet.
    const q = sheetRef(SCENARIO);
    expect(scenario.charts).toEqual([
      expect.objectContaining({
        type: 'BarClustered',
        title: 'Employment specialists by board',
        series: [{ name: 'ES', values: `${q}!E5:E18`, xValues: `${q}!A5:A18` }],
        position: { start: 'I2', end: 'P17' },
      }),
      expect.objectContaining({
        type: 'Line',
        title: 'Rollout by year',
        series: [
          { name: 'ES in post', values: `${q}!B22:B26`, xValues: `${q}!A22:A26` },
          { name: 'Clients', values: `${q}!B22:B26`, xValues: `${q}!A22:A26` },
        ],
      }),
    ]);

    // Calculation suspended for the write; the first scenario sheet is active at the end.
    expect(fake.calculationSuspensions).toBe(1);
    expect(fake.state.activeSheetId).toBe(scenario.id);
  });

  test.each([14, 1000, 10000])('%i areas: at most 3 syncs and every request under 4 MB', async (areas) => {
    const fake = createFakeExcel();
    const result = await writeBlueprint(fake.context, makeBlueprint({ areas }), { supports: fake.supports });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(fake.syncCount);
    expect(Math.max(...fake.requestPayloadSizes)).toBeLessThan(MAX_REQUEST_BYTES);
    // The estimate counts full 2-D arrays: never below what the fake measures for the same write request.
    expect(Math.max(...result.requestBytes)).toBeGreaterThanOrEqual(Math.max(...fake.requestPayloadSizes));
    // The measured figures, for the report.
    // eslint-disable-next-line no-console
    console.log(
      `${areas} areas: ${fake.syncCount} syncs, largest request ${Math.max(...fake.requestPayloadSizes)} bytes (writer's estimate ${Math.max(...result.requestBytes)})`,
    );
    const last = 4 + areas; // Excel row of the last area on the scenario sheet
    expect(fake.cell(`'${SCENARIO}'!E${last}`).formula).toBe(`=IF(C${last}>0,MAX(1,ROUND(D${last}/40,0)),0)`);
    expect(fake.cell(`'${INPUTS}'!A${9 + areas - 1}`).value).toBe(`Area ${areas}`);
  });

  test('the sync count does not grow with the number of areas', async () => {
    const counts: number[] = [];
    for (const areas of [14, 1000, 10000]) {
      const fake = createFakeExcel();
      await writeBlueprint(fake.context, makeBlueprint({ areas }), { supports: fake.supports });
      counts.push(fake.syncCount);
    }
    expect(new Set(counts).size).toBe(1);
  });

  test('a write bigger than the request limit is split into more requests, each under the limit, and stays complete', async () => {
    const fake = createFakeExcel({ maxRequestBytes: 32 * 1024 });
    const bp = makeBlueprint({ areas: 1000 });
    const result = await writeBlueprint(fake.context, bp, { supports: fake.supports, maxRequestBytes: 24 * 1024 });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.requestPayloadSizes)).toBeLessThanOrEqual(32 * 1024);
    expect(Math.max(...result.requestBytes)).toBeLessThanOrEqual(24 * 1024);
    expectCellsMatch(fake, bp);
    expect(fake.calculationSuspensions).toBe(result.requestBytes.length);
  });

  test('a blueprint with an invalid sheet name is refused before anything is written', async () => {
    for (const bad of ['x'.repeat(32), 'a/b', 'What?', '[x]', ' ', 'Sheet:1']) {
      const fake = createFakeExcel();
      const before = fake.snapshot();
      const bp = makeBlueprint({ areas: 3, scenarioName: bad });
      await expect(writeBlueprint(fake.context, bp, { supports: fake.supports })).rejects.toThrow(/cannot be written/);
      expect(fake.snapshot()).toBe(before);
      expect(fake.syncCount).toBe(0);
    }
  });

  test("a clash with the user's sheets gives new names, rewires formulas and leaves the user's sheets untouched", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: SCENARIO, cells: [['My own notes', 42]] },
        { name: INPUTS.toUpperCase(), cells: [['Not the planner', '=not a formula']] },
      ],
    });
    const userSheets = () =>
      JSON.stringify(
        fake.state.sheets
          .filter((s) => [SCENARIO, INPUTS.toUpperCase()].includes(s.name))
          .map((s) => [s.name, [...s.cells]]),
      );
    const before = userSheets();
    const bp = makeBlueprint({ areas: 5 });
    const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });

    expect(result.sheets.map((s) => s.name)).toEqual([`${INPUTS} (2)`, `${SCENARIO} (2)`]);
    expect(userSheets()).toBe(before);
    expectCellsMatch(fake, bp, { [INPUTS]: `${INPUTS} (2)`, [SCENARIO]: `${SCENARIO} (2)` });
    expect(fake.cell(`'${SCENARIO} (2)'!A5`).formula).toBe(`='${INPUTS} (2)'!A9`);
    expect(fake.state.names.find((n) => n.name === 'IPS_Coverage')?.formula).toBe(`='${INPUTS} (2)'!$B$3`);
  });

  test('a failure half-way through the write leaves the workbook exactly as it was', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'Data',
          cells: [
            ['Board', 'Contacts'],
            ['Fife', 3654],
          ],
        },
      ],
    });
    const before = fake.snapshot();
    fake.injectFailure({ failAt: { sync: 2 } });
    const write = writeBlueprint(fake.context, makeBlueprint({ areas: 50 }), { supports: fake.supports });
    await expect(write).rejects.toThrow(/could not be written.*Nothing was changed/);
    expect(fake.operations.some((o) => o.includes('FAILED (injected)'))).toBe(true);
    expect(fake.snapshot()).toBe(before);
  });

  test('a failure in the third of several requests also leaves the workbook as it was', async () => {
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, makeBlueprint({ areas: 20 }), { supports: fake.supports });
    const before = fake.snapshot();
    fake.resetCounters();
    fake.injectFailure({ failAt: { sync: 3, afterOperations: 5 } });
    await expect(
      writeBlueprint(fake.context, makeBlueprint({ areas: 1000 }), {
        supports: fake.supports,
        maxRequestBytes: 16 * 1024,
      }),
    ).rejects.toThrow(/Nothing was changed/);
    expect(fake.snapshot()).toBe(before);
  });

  test('a failure while replacing an earlier plan puts the earlier plan back as it was', async () => {
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, makeBlueprint({ areas: 10 }), { supports: fake.supports });
    const before = fake.snapshot();
    fake.resetCounters();
    fake.injectFailure({ failWhen: (label) => label.startsWith('ChartCollection.add') });
    await expect(
      writeBlueprint(fake.context, makeBlueprint({ areas: 12 }), { supports: fake.supports }),
    ).rejects.toThrow(/Nothing was changed/);
    expect(fake.snapshot()).toBe(before);
  });

  test('writing again replaces the sheets this add-in wrote, even after the user renamed them', async () => {
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, makeBlueprint({ areas: 10 }), { supports: fake.supports });
    fake.context.workbook.worksheets.getItem(SCENARIO).name = 'My scenario'; // as the user would rename the tab
    await fake.context.sync();
    const oldIds = fake.state.sheets.map((s) => s.id);
    const bp = makeBlueprint({ areas: 12 });
    const result = await writeBlueprint(fake.context, bp, { supports: fake.supports });

    expect(result.sheets).toEqual([
      { name: INPUTS, key: INPUTS, role: 'inputs', replaced: true },
      { name: 'My scenario', key: SCENARIO, role: 'scenario', replaced: true },
    ]);
    expect(fake.sheetNames()).toEqual(['Sheet1', INPUTS, 'My scenario']);
    expect(fake.state.sheets.slice(1).every((s) => !oldIds.includes(s.id))).toBe(true);
    expectCellsMatch(fake, bp, { [SCENARIO]: 'My scenario' });
    expect(fake.state.names.filter((n) => n.name.startsWith('IPS_PlanSheet_'))).toHaveLength(2);
    expect(fake.state.names.every((n) => !n.formula.includes('#REF!'))).toBe(true);
    expect(fake.state.tables.map((t) => t.name)).toEqual(['IPS_Areas']);
  });

  test('user text that looks like a formula or a number is written as text', async () => {
    const fake = createFakeExcel();
    const odd = [
      '=HYPERLINK("http://evil.example","click")',
      '+44 131 000',
      '-5 below',
      '3,654',
      '@risk',
      'TRUE',
      '#N/A',
      '1-2',
      "'quoted",
      '10 AM',
      '5 p',
      '1 000',
      '¥100',
      '100 €',
      '1/2',
      '1e5',
      '00123',
      ' 42',
    ];
    const bp = makeBlueprint({ areas: odd.length, names: (i) => odd[i] });
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    odd.forEach((text, i) => {
      const cell = fake.cell(`'${INPUTS}'!A${9 + i}`);
      expect({ text, value: cell.value, formula: cell.formula }).toEqual({ text, value: text, formula: undefined });
    });
    expect(fake.cell(`'${INPUTS}'!A9`).quotePrefix).toBe(true);
    expect(fake.cell(`'${INPUTS}'!A1`).quotePrefix).toBe(false);
  });

  test('on an ExcelApi 1.7 host everything but validation and print setup is still written', async () => {
    const fake = createFakeExcel({ apiVersion: '1.7' });
    const bp = makeBlueprint({ areas: 14 });
    await writeBlueprint(fake.context, bp, { supports: fake.supports });
    expectCellsMatch(fake, bp);
    expect(fake.sheet(INPUTS)!.validations).toEqual([]);
    expect(fake.sheet(SCENARIO)!.pageLayout).toEqual({});
    expect(fake.sheet(SCENARIO)!.charts).toHaveLength(2);
    expect(fake.sheet(SCENARIO)!.charts[1].series).toHaveLength(2);
    expect(fake.state.tables).toHaveLength(1);
    expect(fake.calculationSuspensions).toBe(1);
  });

  test('the fake would catch a writer that used an API the host lacks', async () => {
    const fake = createFakeExcel({ apiVersion: '1.7' });
    await expect(writeBlueprint(fake.context, makeBlueprint({ areas: 3 }), { supports: () => true })).rejects.toThrow(
      /ApiNotFound/,
    );
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  test('progress is reported from 0 to 1', async () => {
    const fake = createFakeExcel();
    const seen: number[] = [];
    await writeBlueprint(fake.context, makeBlueprint({ areas: 3 }), {
      supports: fake.supports,
      onProgress: (_s, f) => seen.push(f),
    });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  test('a defined name the user owns is not overwritten: the write is refused', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Mine', cells: [[1]] }] });
    fake.state.names.push({ name: 'IPS_Coverage', formula: '=Mine!$A$1', comment: '', visible: true, type: 'Range' });
    const before = fake.snapshot();
    await expect(
      writeBlueprint(fake.context, makeBlueprint({ areas: 3 }), { supports: fake.supports }),
    ).rejects.toThrow(/IPS_Coverage.*did not create/);
    expect(fake.snapshot()).toBe(before);
  });
});
