import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  initial: { files: string[]; raw: number; gzip: number };
  lazy: { file: string; raw: number; gzip: number }[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Initial JS = the scripts taskpane.html loads; every other .js in dist is a lazy chunk. */
export function bundleSizes(dist: string): BundleSizes {
  const htmlFile = join(dist, 'taskpane.html');
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run npm run build first`);
  const html = readFileSync(htmlFile, 'utf8');
  const local = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const initialFiles = local.map((src) => src.replace(/^\.?\//, ''));
  const read = (f: string) => readFileSync(join(dist, f));
  const initial = initialFiles.map(read);
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !initialFiles.includes(f))
    .map((file) => ({ file, raw: read(file).length, gzip: gz(read(file)) }))
    .sort((a, b) => b.raw - a.raw);
  return {
    initial: {
      files: initialFiles,
      raw: initial.reduce((s, b) => s + b.length, 0),
      gzip: initial.reduce((s, b) => s + gz(b), 0),
    },
    lazy,
  };
}
