/**
 * Every printed cell of every workbook the tests write fits as Excel lays it out (see fit/fitCheck.ts):
 * the default pack, the £5m budget workbook, Monitoring with and without actuals, 1,300 areas. Both
 * writers write the blueprint as it is (widths included: test/excel/writer.test.ts checks Office.js's).
 */
import { TEST_WORKBOOKS } from '../xlsx/support/workbooks';
import { workbookMisfits } from './fit/fitCheck';

describe('every printed cell fits', () => {
  // Failing until the layout rule sizes the sheets (issue #19): today the budget sheet cuts its labels.
  it.failing.each(TEST_WORKBOOKS.map((w) => [w.name, w] as const))('%s', (_, w) => {
    expect(workbookMisfits(w.blueprint())).toEqual([]);
  });
});
