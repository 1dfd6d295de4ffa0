import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Whether browser tests can run here. Where Chromium is missing they are skipped with one line,
 * unless REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(
      'REQUIRE_BROWSER=1 but Chromium was not found (install it: apt-get install -y chromium, or set CHROME_PATH)',
    );
  }
  console.warn('Browser tests skipped: Chromium not found (apt-get install -y chromium, or set CHROME_PATH).');
  return false;
}

// The closed network here refuses Chromium's background connections; these flags stop it trying.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}
