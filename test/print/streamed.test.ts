/**
 * The command line streams its workbook (streamXlsx); the pane's download is written in memory
 * (writeXlsx). LibreOffice must print the streamed file exactly as it prints the other: same pages,
 * same words in the same places (print areas, titles, breaks, headers and footers included).
 */
import { SCOTLAND_2018_DATA_SET, scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { budgetScenarios, coverageScenarios } from '../../src/model/scenarios';
import { streamedBytes } from '../xlsx/support/streamed';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { buildWorkbook } from '../../src/sheets';
import { printAvailable, printToPdf, readPdf } from './support/pdf';

jest.setTimeout(240_000);
const run = printAvailable() ? describe : describe.skip;

run('a streamed workbook on paper', () => {
  it('prints the same pages, word for word and place for place, as the workbook written in memory', async () => {
    const base = { ...DEFAULT_ASSUMPTIONS };
    const areas = scotlandBoards();
    const blueprint = buildWorkbook({
      areas,
      base,
      scenarios: [
        ...coverageScenarios(base, [0.25, 1]),
        ...budgetScenarios(areas, base, [{ amount: 5_000_000, basis: 'engagement' }]),
      ],
      generated: new Date('2026-05-12T09:30:00Z'),
      version: 'test',
      dataSet: SCOTLAND_2018_DATA_SET,
      sensitivity: {},
      monitoring: {
        actuals: [{ area: 'Fife', year: 1, specialists: 2, clients: 60, jobOutcomes: null, sustained: 0 }],
      },
    });
    const streamed = readPdf(printToPdf(await streamedBytes(blueprint), 'streamed'));
    const inMemory = readPdf(printToPdf(await writeXlsx(blueprint), 'in-memory'));
    expect(streamed.length).toBeGreaterThan(10);
    expect(streamed.map((p) => p.sheet)).toEqual(inMemory.map((p) => p.sheet));
    expect(streamed).toEqual(inMemory);
  });
});
