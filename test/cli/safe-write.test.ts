import * as fsPromises from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from './support/runCli';

// The CLI's file writes go through these (the workbook is streamed into a file opened with open()),
// so a test can make the disk fail.
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual('node:fs/promises');
  return { ...actual, open: jest.fn(actual.open), rename: jest.fn(actual.rename) };
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'ips-safe-'));
const actual = jest.requireActual<typeof fsPromises>('node:fs/promises');
const mockedOpen = fsPromises.open as unknown as jest.Mock;
const mockedRename = fsPromises.rename as unknown as jest.Mock;

/** The disk fills up partway through the write: the first chunk lands, then ENOSPC. */
function diskFullHalfway() {
  return mockedOpen.mockImplementationOnce(async (file: string, flags: string) => {
    const handle = await actual.open(file, flags);
    let landed = 0;
    handle.createWriteStream = () =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (landed)
            return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
          landed += chunk.length;
          handle.write(chunk).then(() => done(), done);
        },
        destroy(error, done) {
          handle.close().then(() => done(error), done);
        },
      }) as ReturnType<typeof handle.createWriteStream>;
    return handle;
  });
}

describe('a failed write never loses work', () => {
  it('--force keeps the old file whole when the new write fails midway, removes the partial file and says so', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, 'precious');
    const write = diskFullHalfway();
    const { code, out, err } = await runCli(['--out', file, '--force']);
    expect(write).toHaveBeenCalled();
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `error: cannot write ${file}: ENOSPC: no space left on device, write; the existing plan.xlsx is unchanged.\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('a failed write to a new path leaves no file behind, so a retry works', async () => {
    const dir = tempDir();
    const file = join(dir, 'new.xlsx');
    diskFullHalfway();
    const failed = await runCli(['--out', file]);
    expect(failed.code).toBe(2);
    expect(failed.err).toBe(
      `error: cannot write ${file}: ENOSPC: no space left on device, write; no file was written.\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
    const retry = await runCli(['--out', file]);
    expect([retry.code, retry.err]).toEqual([0, '']);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir)).toEqual(['new.xlsx']);
  });

  it('a failure while putting the new file in place keeps the old one and removes the temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, 'precious');
    mockedRename.mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    const { code, err } = await runCli(['--out', file, '--force']);
    expect(code).toBe(2);
    expect(err).toMatch(/the existing plan\.xlsx is unchanged/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('replaces the old file with --force, and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, 'precious');
    const { code } = await runCli(['--out', file, '--force']);
    expect(code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip: the workbook
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });
});
