import { PassThrough } from 'node:stream';
import { streamXlsx } from '../../../src/hosts/xlsx/streamXlsx';
import type { WorkbookBlueprint } from '../../../src/sheets/shared/blueprint';

/** The bytes the command line's streaming writer produces for a blueprint, collected in memory. */
export async function streamedBytes(blueprint: WorkbookBlueprint): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await streamXlsx(blueprint, out);
  await ended;
  return Buffer.concat(chunks);
}
