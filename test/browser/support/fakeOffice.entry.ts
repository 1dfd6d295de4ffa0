/**
 * A simulated Excel for the browser: stands in for Microsoft's office.js (the tests answer the CDN
 * request with this bundle), with the same recording fake the writer tests use behind Excel.run.
 * Options come from window.__FAKE_EXCEL_OPTIONS__ (set by an init script); the fake itself is
 * window.__fakeExcel, for the test to inspect.
 */
import { createFakeExcel, FakeExcelOptions } from '../../fake-excel';

interface FakeWindow {
  __FAKE_EXCEL_OPTIONS__?: FakeExcelOptions;
  __fakeExcel?: ReturnType<typeof createFakeExcel>;
  Office?: unknown;
  Excel?: unknown;
}

const win = window as unknown as FakeWindow;
const fake = createFakeExcel(win.__FAKE_EXCEL_OPTIONS__ ?? {});
win.__fakeExcel = fake;
win.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: {
    requirements: { isSetSupported: (set: string, version: string) => fake.supports(set, version) },
  },
};
win.Excel = {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(fake.context),
};
