/**
 * Where is the pane running? office.js comes from Microsoft's CDN; with no network, outside
 * Office, or in a host that never answers, the pane must still start, so Office.onReady is given
 * a deadline and anything but Excel means standalone.
 */
export interface StartInfo {
  host: 'excel' | 'standalone';
  dark: boolean;
  /** Why the pane runs standalone, for the status line. */
  reason?: string;
}

export const OFFICE_READY_TIMEOUT_MS = 1500;

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown } | undefined>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

/** True for a dark background colour such as Office's "#262626". */
export function isDarkColour(colour: string | undefined): boolean | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((colour ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

function prefersDark(win: { matchMedia?: (q: string) => { matches: boolean } }): boolean {
  try {
    return Boolean(win.matchMedia?.('(prefers-color-scheme: dark)').matches);
  } catch {
    return false;
  }
}

/** The Office theme when Office gives one, else the browser's colour scheme. */
export function darkTheme(win: { Office?: unknown; matchMedia?: (q: string) => { matches: boolean } }): boolean {
  const office = win.Office as OfficeLike | undefined;
  let fromOffice: boolean | null = null;
  try {
    fromOffice = isDarkColour(office?.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme throws in hosts that do not support it
  }
  return fromOffice ?? prefersDark(win);
}

export async function detectHost(
  win: { Office?: unknown; Excel?: unknown; matchMedia?: (q: string) => { matches: boolean } } = globalThis as never,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<StartInfo> {
  const standalone = (reason: string): StartInfo => ({ host: 'standalone', dark: darkTheme(win), reason });
  const office = win.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== 'function')
    return standalone('Office.js did not load: running in a browser');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), deadline]);
    if (info === 'timeout') return standalone('Office did not answer: running in a browser');
    // Office.HostType.Excel is the string "Excel"; comparing the string also suits injected fakes.
    if (String(info?.host ?? '') !== 'Excel')
      return standalone(
        info?.host ? `Opened in ${String(info.host)}, not Excel` : 'Not inside Office: running in a browser',
      );
    const excel = win.Excel as { run?: unknown } | undefined;
    if (typeof excel?.run !== 'function') return standalone('Excel’s JavaScript API is not available');
    return { host: 'excel', dark: darkTheme(win) };
  } catch (err) {
    return standalone(`Office.js failed to start (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    clearTimeout(timer);
  }
}
