import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { TEST_IDS } from '../../../src/taskpane/shared/testIds';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FakeExcelOptions } from '../../fake-excel';
import { buildFakeOffice } from './buildFakeOffice';
import { launchChromium } from './chromium';
import { serveFolder, StaticServer } from './server';

export const ROOT = join(__dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

export interface PaneSession {
  browser: Browser;
  server: StaticServer;
  fakeOffice: string;
  close(): Promise<void>;
}

/** One browser, the production build served on 127.0.0.1, and the simulated-Excel bundle. */
export async function startSession(): Promise<PaneSession> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(
      'dist/taskpane.html is missing: the browser tests run against the production build (npm run build)',
    );
  }
  const fakeOffice = readFileSync(await buildFakeOffice(), 'utf8');
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  return {
    browser,
    server,
    fakeOffice,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions {
  /** 'excel': the office.js request is answered with the simulated Excel; 'standalone': it fails. */
  mode: 'excel' | 'standalone';
  width?: number;
  /** The pane's height (default 1000 px). */
  height?: number;
  fake?: FakeExcelOptions;
  /**
   * At 320-360 px the pane opens with Figures, Assumptions and Preview folded (src/taskpane/shared/PaneSection.tsx);
   * tests open them unless they check the folded pane itself.
   */
  keepFolded?: boolean;
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make off this machine (all refused). */
  refused: string[];
}

/** Opens the pane; nothing but the local server (and the office.js stand-in) is reachable. */
export async function openPane(session: PaneSession, options: OpenOptions): Promise<OpenPane> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 500, height: options.height ?? 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(session.server.url)) return route.continue();
    if (url.startsWith(OFFICE_CDN) && options.mode === 'excel') {
      return route.fulfill({ contentType: 'text/javascript', body: session.fakeOffice });
    }
    if (!url.startsWith(OFFICE_CDN)) refused.push(url);
    return route.abort();
  });
  if (options.mode === 'excel') {
    await page.addInitScript((fake) => {
      (window as unknown as { __FAKE_EXCEL_OPTIONS__: unknown }).__FAKE_EXCEL_OPTIONS__ = fake;
    }, options.fake ?? {});
  }
  await page.goto(`${session.server.url}/taskpane.html`);
  await page.getByTestId(TEST_IDS.root).waitFor();
  if (!options.keepFolded) await unfoldSections(page);
  return { context, page, refused };
}

/** Opens every folded section of the pane (none are folded wider than 360 px). */
export async function unfoldSections(page: Page): Promise<void> {
  for (const id of [TEST_IDS.foldFigures, TEST_IDS.foldAssumptions, TEST_IDS.foldPreview]) {
    const toggle = page.locator(`[data-testid="${id}"][aria-expanded="false"]`);
    if (await toggle.count()) await toggle.click();
  }
}

/** The number a totals cell shows ("16,314", "£8.2m" is not parsed: use it for plain counts). */
export async function shownNumber(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).trim();
  const n = Number(text.replace(/[,\s]/g, ''));
  if (!Number.isFinite(n)) throw new Error(`${testId} shows "${text}", not a plain number`);
  return n;
}

/** Waits until a totals cell shows `expected` (the preview recomputes on input), then returns it. */
export async function waitForNumber(page: Page, testId: string, expected: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let shown = await shownNumber(page, testId);
  while (shown !== expected && Date.now() < deadline) {
    await page.waitForTimeout(50);
    shown = await shownNumber(page, testId);
  }
  return shown;
}

export function artifactPath(...parts: string[]): string {
  const file = join(ARTIFACTS, ...parts);
  mkdirSync(join(file, '..'), { recursive: true });
  return file;
}

/** The simulated workbook, read in the page. */
export function fakeWorkbook(page: Page) {
  type Fake = { sheetNames(): string[]; snapshot(): string; cell(a: string): { value: unknown; formula?: string } };
  return {
    sheetNames: () => page.evaluate(() => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.sheetNames()),
    snapshot: () => page.evaluate(() => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.snapshot()),
    cell: (address: string) =>
      page.evaluate((a) => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.cell(a), address),
  };
}
