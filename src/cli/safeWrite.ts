import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError } from './errors';

/**
 * Writes a file so that a failure never costs the user a file: the bytes go to a temporary file
 * in the same folder (same disk, so the rename is atomic), which then takes the final name. The old
 * file (with `replace`) stays whole until the new one is complete; a failed write leaves no 0-byte
 * file behind to block a retry. Without `replace`, an existing file is never touched: the temporary
 * file is hard-linked to the final name, which fails if that name exists (check and write in one step).
 */
export async function writeFileSafely(path: string, content: FileContent, replace: boolean): Promise<string[]> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeTemp(temp, content);
    if (replace) await rename(temp, path);
    else await placeNew(temp, path);
  } catch (error) {
    throw new CliError(failureMessage(path, error as NodeJS.ErrnoException, await removeTemp(temp)));
  }
  // After a hard link the temporary name is a second name of the written file: drop it.
  const left = await removeTemp(temp);
  return left ? [`${path} was written.${left}`] : [];
}

/** Streams the file's bytes into `out`; resolves once it has ended the stream (a workbook is streamed, not held). */
export type FileContent = (out: Writable) => Promise<void>;

async function writeTemp(temp: string, content: FileContent): Promise<void> {
  const out = (await open(temp, 'wx')).createWriteStream();
  let failure: Error | undefined;
  const closed = new Promise<void>((resolve) => out.once('close', resolve));
  // An error on the file (a full disk) ends the wait even if the writer would wait on for it.
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (error) => {
      failure ??= error;
      reject(error);
    }),
  );
  failed.catch(() => undefined); // reported through `failure` below when nothing awaits it any more
  try {
    await Promise.race([content(out), failed]);
    if (!out.writableEnded) out.end();
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await closed;
  }
  if (failure) throw failure;
}

async function placeNew(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (await exists(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
    await rename(temp, path);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Removes the temporary file; returns what to add to the message if that fails too. */
async function removeTemp(temp: string): Promise<string> {
  if (!existsSync(temp)) return '';
  try {
    await unlink(temp);
    return '';
  } catch (error) {
    return ` The temporary file ${temp} could not be removed (${(error as Error).message}): delete it by hand.`;
  }
}

function failureMessage(path: string, e: NodeJS.ErrnoException, tempNote: string): string {
  if (e.code === 'EEXIST') return `${path} already exists: choose another --out, or add --force to replace it`;
  const folder = dirname(path);
  const reason = e.code === 'ENOENT' && !existsSync(folder) ? `the folder ${folder} does not exist` : e.message;
  const kept = existsSync(path) ? `the existing ${basename(path)} is unchanged` : 'no file was written';
  return `cannot write ${path}: ${reason}; ${kept}.${tempNote}`;
}
