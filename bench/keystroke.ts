import type { Browser, Page } from 'playwright-core';
import { TEST_IDS } from '../src/taskpane/shared/testIds';
import { launchChromium } from '../test/browser/support/chromium';
import { serveFolder } from '../test/browser/support/server';
import { syntheticAreas } from './measure';

/*
 * "Keystroke to preview": the standalone pane (production build, 500 px wide, headless Chromium)
 * reads n synthetic areas from a CSV file, then keys are typed into the custom coverage one at a
 * time, each once the pane is idle again. Timed in the page, on the page's own clock.
 */

export interface KeystrokeTimes {
  areas: number;
  /** Per keystroke (the first, a warm-up, left out), ms from the key event to the frame that draws its totals. */
  ms: number[];
}

/** Backspace then a digit, in turn, on "30": 3, 35, 3, 37 … each a coverage with its own totals. */
const KEYS = ['Backspace', ...[...'5724685729'].flatMap((digit) => [digit, 'Backspace'])];

function areasCsv(n: number): string {
  const lines = syntheticAreas(n).map((a) => [a.name, a.smiContacts, a.population, a.existingEs, a.phase].join(','));
  return ['board,smi_contacts,population,existing_es,phase', ...lines].join('\n');
}

/**
 * Listens in the page: from a keydown's own timestamp to the animation frame after the totals' text
 * changed, the frame that draws the new figure (whatever the page does next, after that frame, is
 * not counted).
 */
function instrument(page: Page): Promise<void> {
  return page.evaluate((totalsId) => {
    const totals = document.querySelector(`[data-testid="${totalsId}"]`) as HTMLElement;
    const state = { start: 0, before: '', times: [] as number[] };
    (window as unknown as { __keystroke: typeof state }).__keystroke = state;
    window.addEventListener(
      'keydown',
      (e) => {
        state.start = e.timeStamp;
        state.before = totals.textContent ?? '';
      },
      true,
    );
    new MutationObserver(() => {
      if (!state.start || totals.textContent === state.before) return;
      const start = state.start;
      state.start = 0;
      requestAnimationFrame(() => state.times.push(performance.now() - start));
    }).observe(totals, { subtree: true, childList: true, characterData: true });
  }, TEST_IDS.previewTotals);
}

/** Until the page has nothing left to do (deferred renders included), or 5 s. */
function idle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => setTimeout(done, 50), { timeout: 5000 })),
  );
}

async function timesFor(browser: Browser, url: string, n: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 500, height: 900 } });
  const page = await context.newPage();
  // Standalone: office.js and everything else off this machine is refused.
  await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
  await page.goto(`${url}/taskpane.html`);
  await page.getByTestId(TEST_IDS.figuresCsv).check();
  await page.getByTestId(TEST_IDS.csvFile).setInputFiles({
    name: `areas-${n}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(areasCsv(n)),
  });
  await page
    .getByTestId(TEST_IDS.figuresStatus)
    .filter({ hasText: `Read ${n.toLocaleString('en-GB')} areas` })
    .waitFor();
  await page.getByTestId(TEST_IDS.coverageCustom).check();
  const input = page.getByTestId(TEST_IDS.coverageCustomInput);
  await input.fill('30');
  await idle(page);
  await instrument(page);
  for (let i = 0; i < KEYS.length; i++) {
    await page.keyboard.press(KEYS[i]);
    await page.waitForFunction(
      (count) => (window as unknown as { __keystroke: { times: number[] } }).__keystroke.times.length >= count,
      i + 1,
      { polling: 'raf', timeout: 30000 },
    );
    await idle(page);
  }
  const times = await page.evaluate(
    () => (window as unknown as { __keystroke: { times: number[] } }).__keystroke.times,
  );
  await context.close();
  return times.slice(1); // the first keystroke warms the code paths up
}

/** Keystroke-to-preview in headless Chromium against the production build, for each count of areas. */
export async function keystrokeTimes(dist: string, counts: readonly number[]): Promise<KeystrokeTimes[]> {
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const result: KeystrokeTimes[] = [];
    for (const n of counts) result.push({ areas: n, ms: await timesFor(browser, server.url, n) });
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
