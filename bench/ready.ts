import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildFakeOffice } from '../test/browser/support/buildFakeOffice';
import { launchChromium } from '../test/browser/support/chromium';
import { serveFolder } from '../test/browser/support/server';

/**
 * "Ready": from navigation start to the primary button being enabled, read from the page's own
 * clock (performance.now() is measured from navigation). Inside a simulated Excel the button is
 * "Create scenario sheet"; standalone it is "Download workbook".
 */
async function readyOnce(
  browser: Browser,
  url: string,
  mode: 'excel' | 'standalone',
  fakeOffice: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(url)) return route.continue();
    if (target.startsWith('https://appsforoffice.microsoft.com/')) {
      return mode === 'excel' ? route.fulfill({ contentType: 'text/javascript', body: fakeOffice }) : route.abort();
    }
    return route.abort();
  });
  const testId = mode === 'excel' ? 'create-scenario' : 'download-workbook';
  await page.goto(`${url}/taskpane.html`);
  const handle = await page.waitForFunction(
    (id) => {
      const button = document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null;
      return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true' ? performance.now() : null;
    },
    testId,
    { polling: 'raf', timeout: 30000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

export async function readyTimes(dist: string, runs: number): Promise<{ excel: number[]; standalone: number[] }> {
  const fakeOffice = readFileSync(await buildFakeOffice(), 'utf8');
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const result = { excel: [] as number[], standalone: [] as number[] };
    await readyOnce(browser, server.url, 'excel', fakeOffice); // warm-up: disk cache, JIT
    for (let i = 0; i < runs; i++) {
      result.excel.push(await readyOnce(browser, server.url, 'excel', fakeOffice));
      result.standalone.push(await readyOnce(browser, server.url, 'standalone', fakeOffice));
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
