import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticAreas } from './measure';

export interface ScaleRow {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

/** The command line writing n areas × 3 scenarios (25, 50, 100%), each in a fresh process: time and peak memory. */
export function scaleFigures(sizes: readonly number[]): { rows: ScaleRow[]; results: Record<number, unknown> } {
  const dir = mkdtempSync(join(tmpdir(), 'ips-scale-'));
  const rows: ScaleRow[] = [];
  const results: Record<number, unknown> = {};
  for (const n of sizes) {
    const csv = join(dir, `areas-${n}.csv`);
    const lines = syntheticAreas(n).map((a) => `${a.name},${a.smiContacts},${a.population}`);
    writeFileSync(csv, ['board,smi_contacts,population', ...lines].join('\n'));
    const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
    const out = execFileSync(tsx, [join(__dirname, 'scaleChild.ts'), csv, join(dir, `plan-${n}.xlsx`)], {
      maxBuffer: 1024 * 1024,
      timeout: 600_000,
    }).toString();
    const { ms, maxRssBytes, code } = JSON.parse(out.trim().split('\n').pop()!) as {
      ms: number;
      maxRssBytes: number;
      code: number;
    };
    results[n] = { ms, maxRssBytes, code };
    const goal = n <= 10_000;
    rows.push({
      measure: `command line, ${n.toLocaleString('en-GB')} areas × 3 scenarios to .xlsx${code ? ` (exit ${code})` : ''}`,
      value: `${(ms / 1000).toFixed(1)} s, ${(maxRssBytes / 2 ** 20).toFixed(0)} MB peak`,
      target: goal ? '≤ 10 s, ≤ 400 MB' : 'within 2 GB, or refused up front',
      met: goal ? code === 0 && ms <= 10_000 && maxRssBytes <= 400 * 2 ** 20 : code !== 0 || maxRssBytes <= 2 * 2 ** 30,
    });
  }
  return { rows, results };
}
