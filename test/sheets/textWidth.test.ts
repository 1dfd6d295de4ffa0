import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CALIBRI_METRICS } from '../../src/sheets/shared/calibriMetrics';
import { charsFor, columnPixels, textPixels, textRoom, wrapLines } from '../../src/sheets/shared/textWidth';

const FONTS = '/usr/share/fonts/truetype/crosextra';
const load = createRequire(__filename);
function hasOpentype(): boolean {
  try {
    load.resolve('opentype.js');
    return true;
  } catch {
    return false;
  }
}
// CI (REQUIRE_PRINT) installs Carlito and the devDependencies: there the check must run.
const canRead = process.env.REQUIRE_PRINT === '1' || (existsSync(`${FONTS}/Carlito-Regular.ttf`) && hasOpentype());

describe('Calibri 11 widths', () => {
  it("draws Excel's default column (<col width=9.140625>, shown as 8.43) 64 px wide", () => {
    expect(columnPixels(9.140625)).toBe(64);
    // 8.43 characters of 7 px digits plus the 5 px padding: the text room of the default column.
    expect(textRoom(9.140625)).toBe(59);
  });

  it('measures text from the advance widths at 11 pt, 96 px an inch, scaled by the type size', () => {
    const zero = CALIBRI_METRICS.regular[CALIBRI_METRICS.chars.indexOf('0')];
    expect(textPixels('00')).toBeCloseTo((2 * zero * 11 * (96 / 72)) / CALIBRI_METRICS.unitsPerEm, 6);
    expect(textPixels('00', { fontSize: 22 })).toBeCloseTo(2 * textPixels('00'), 6);
    expect(textPixels('Total', { bold: true })).toBeGreaterThan(textPixels('Total'));
  });

  it('gives the narrowest width that holds a text, and wraps at spaces only', () => {
    const px = textPixels('£12,345,678');
    const w = charsFor(px);
    expect(textRoom(w)).toBeGreaterThanOrEqual(px);
    expect(textRoom(w - 1)).toBeLessThan(px);
    expect(wrapLines('Planned cost a year', textPixels('Planned cost'))).toEqual(['Planned cost', 'a year']);
    expect(wrapLines('outcomes', 10)).toEqual(['outcomes']);
  });

  // The committed table is what scripts/font-metrics.ts reads from Carlito (skipped without the font or opentype.js).
  (canRead ? it : it.skip)('matches the Carlito font files', () => {
    const opentype = load('opentype.js') as {
      loadSync(p: string): { charToGlyph(ch: string): { advanceWidth?: number; index: number } };
    };
    for (const [file, widths] of [
      ['Carlito-Regular.ttf', CALIBRI_METRICS.regular],
      ['Carlito-Bold.ttf', CALIBRI_METRICS.bold],
    ] as const) {
      const font = opentype.loadSync(`${FONTS}/${file}`);
      [...CALIBRI_METRICS.chars].forEach((ch, i) => {
        const g = font.charToGlyph(ch);
        expect([ch, g.index === 0 ? 0 : g.advanceWidth]).toEqual([ch, widths[i]]);
      });
    }
  });
});
