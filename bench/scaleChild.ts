/**
 * One command-line workbook write, in a process of its own so its peak memory is its own:
 * tsx bench/scaleChild.ts AREAS.csv OUT.xlsx → prints {"ms","maxRssBytes","code"} as JSON.
 */
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { run } from '../src/cli/main';

const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
const [csv, out] = process.argv.slice(2);
const started = performance.now();
run(['--boards', csv, '--out', out, '--coverage', '25,50,100', '--force'], {
  out: quiet,
  err: quiet,
  cwd: process.cwd(),
})
  .then((code) => {
    const ms = performance.now() - started;
    // resourceUsage().maxRSS is in kilobytes: the process's peak resident memory.
    process.stdout.write(`${JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, code })}\n`);
  })
  .catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
