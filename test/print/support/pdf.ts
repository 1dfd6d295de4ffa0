/**
 * Print a workbook as a person would: LibreOffice (headless) turns the .xlsx into a PDF, and poppler's
 * pdftotext -bbox reads back every word with its box, page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Page {
  width: number;
  height: number;
  words: Word[];
  /** The sheet named in the page header (its right-hand part). */
  sheet: string;
  text: string;
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether print tests can run here. Without LibreOffice or poppler they are skipped with one line,
 * unless REQUIRE_PRINT=1 (set by .ci/run), where a missing tool is a failure.
 */
export function printAvailable(): boolean {
  const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter((c) => !has(c));
  // Without Calibri's metric twin LibreOffice lays text out in a wider font than Excel would.
  if (!has('fc-list') || !execFileSync('fc-list').toString().toLowerCase().includes('carlito')) missing.push('Carlito');
  if (!missing.length) return true;
  const install = 'apt-get install -y libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito';
  if (process.env.REQUIRE_PRINT === '1')
    throw new Error(`REQUIRE_PRINT=1 but ${missing.join(', ')} not found (${install})`);
  console.warn(`Print tests skipped: ${missing.join(', ')} not found (${install}).`);
  return false;
}

/** The workbook as LibreOffice prints it, in a folder of its own (with its own LibreOffice profile). */
export function printToPdf(xlsx: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-print-'));
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, xlsx);
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  return join(dir, `${name}.pdf`);
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function readPdf(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
      const words = [
        ...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g),
      ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: unescape(m[5]) }));
      const top = words.filter((w) => w.y1 < 40);
      const right = top.filter((w) => w.x0 > +width / 2);
      return {
        width: +width,
        height: +height,
        words,
        sheet: right.map((w) => w.text).join(' '),
        text: words.map((w) => w.text).join(' '),
      };
    });
}

/** Carlito's (Calibri's) ascent plus descent is about 1.22 em: a word box's height over that is its type size. */
export const typeSize = (w: Word) => (w.y1 - w.y0) / 1.22;

/** Pairs of words whose boxes overlap by more than a quarter of the smaller one: text printed over text. */
export function overlaps(words: readonly Word[]): [Word, Word][] {
  const found: [Word, Word][] = [];
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].y0 < a.y1; j++) {
      const b = sorted[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (w > 0 && h > 0 && w * h > smaller / 4) found.push([a, b]);
    }
  }
  return found;
}

/** The words on the same printed line as the first word that matches, left to right, as one text. */
export function lineOf(page: Page, match: (w: Word) => boolean): string {
  const lines = page.words.filter(match).map((first) =>
    page.words
      .filter((w) => Math.abs((w.y0 + w.y1) / 2 - (first.y0 + first.y1) / 2) < 2 && w.x0 >= first.x0)
      .sort((a, b) => a.x0 - b.x0)
      .map((w) => w.text)
      .join(' '),
  );
  return lines.find((l) => /\d/.test(l)) ?? lines[0] ?? '';
}

/** The printed line that starts with `text` (several words), left to right, or '' when none does. */
export function lineStarting(page: Page, text: string): string {
  const first = text.split(' ')[0];
  for (const w of page.words.filter((x) => x.text === first)) {
    const line = lineOf(page, (x) => x === w);
    if (line.startsWith(text)) return line;
  }
  return '';
}
