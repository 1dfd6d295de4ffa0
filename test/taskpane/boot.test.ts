/** @jest-environment jsdom */
import { detectHost, isDarkColour } from '../../src/taskpane/host/boot';

const excel = { run: jest.fn() };

describe('detectHost', () => {
  it('runs standalone when office.js did not load', async () => {
    const info = await detectHost({});
    expect(info.host).toBe('standalone');
    expect(info.reason).toMatch(/did not load/);
  });

  it('runs in Excel when Office says so, in the Office theme', async () => {
    const Office = {
      onReady: async () => ({ host: 'Excel' }),
      context: { officeTheme: { bodyBackgroundColor: '#262626' } },
    };
    expect(await detectHost({ Office, Excel: excel })).toEqual({ host: 'excel', dark: true });
    const light = { ...Office, context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } } };
    expect(await detectHost({ Office: light, Excel: excel })).toEqual({ host: 'excel', dark: false });
  });

  it('does not wait for an Office that never answers', async () => {
    const Office = { onReady: () => new Promise(() => {}) };
    const started = Date.now();
    const info = await detectHost({ Office, Excel: excel }, 50);
    expect(info.host).toBe('standalone');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('runs standalone in a browser (host null) or another Office app', async () => {
    expect((await detectHost({ Office: { onReady: async () => ({ host: null }) } })).host).toBe('standalone');
    expect((await detectHost({ Office: { onReady: async () => ({ host: 'Word' }) }, Excel: excel })).reason).toMatch(
      /Word, not Excel/,
    );
  });

  it('survives an onReady that throws', async () => {
    const info = await detectHost({ Office: { onReady: async () => Promise.reject(new Error('boom')) } });
    expect(info).toMatchObject({ host: 'standalone', reason: expect.stringMatching(/boom/) });
  });

  it('follows the browser colour scheme outside Office', async () => {
    const matchMedia = (q: string) => ({ matches: q.includes('dark') });
    expect((await detectHost({ matchMedia })).dark).toBe(true);
  });
});

test('isDarkColour', () => {
  expect(isDarkColour('#000000')).toBe(true);
  expect(isDarkColour('#f3f3f3')).toBe(false);
  expect(isDarkColour('not a colour')).toBeNull();
});
