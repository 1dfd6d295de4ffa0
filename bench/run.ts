/**
 * npm run bench: every figure measured in this run, printed as one table and written to
 * bench/results.json. Targets are reported, not asserted (timings belong here, not in tests).
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SCOTLAND_2018 } from '../src/data/scotland2018';
import { writeBlueprint } from '../src/hosts/excel';
import { writeXlsx } from '../src/hosts/xlsx';
import { Area, DEFAULT_ASSUMPTIONS, computePlan, coverageScenarios } from '../src/model';
import { buildWorkbook } from '../src/sheets';
import { createFakeExcel } from '../test/fake-excel';
import { chromiumPath } from '../test/browser/support/chromium';
import { bundleSizes } from './bundle';
import { keystrokeTimes } from './keystroke';
import { medianMs, syntheticAreas } from './measure';
import { naiveWrite } from './naiveWriter';
import { readyTimes } from './ready';
import { scaleFigures } from './scale';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = 5;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Row {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

function oneScenario(areas: readonly Area[]) {
  return buildWorkbook({
    areas: [...areas],
    base: DEFAULT_ASSUMPTIONS,
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]),
    generated: new Date(),
    version: 'bench',
  });
}

async function writerFigures(rows: Row[], results: Record<string, unknown>) {
  const writes: Record<string, unknown> = {};
  const syncCounts: number[] = [];
  for (const n of [14, 1000, 10000]) {
    const blueprint = oneScenario(n === 14 ? SCOTLAND_2018 : syntheticAreas(n));
    const fake = createFakeExcel();
    await writeBlueprint(fake.context, blueprint, { supports: fake.supports });
    const naive = createFakeExcel({ maxRequestBytes: Number.MAX_SAFE_INTEGER });
    await naiveWrite(naive.context, blueprint);
    const ours = { syncs: fake.syncCount, largestRequest: Math.max(...fake.requestPayloadSizes) };
    // Full 2-D arrays (the documented form) repeat formulas in every row: requests follow the bytes.
    const totalBytes = fake.requestPayloadSizes.reduce((a, b) => a + b, 0);
    const syncBound = 2 + Math.ceil(totalBytes / (2 * 1024 * 1024));
    const yardstick = { syncs: naive.syncCount, largestRequest: Math.max(...naive.requestPayloadSizes) };
    writes[n] = { ours, naive: yardstick };
    syncCounts.push(ours.syncs);
    rows.push({
      measure: `syncs to write 1 scenario, ${n} areas (naive: ${yardstick.syncs})`,
      value: String(ours.syncs),
      target: `≤ 2 + ⌈${mb(totalBytes)} ÷ 2 MB⌉ = ${syncBound}`,
      met: ours.syncs <= syncBound,
    });
    rows.push({
      measure: `largest request, ${n} areas (naive: ${kb(yardstick.largestRequest)})`,
      value: mb(ours.largestRequest),
      target: '< 4 MB',
      met: ours.largestRequest < 4 * 1024 * 1024,
    });
  }
  const constant = syncCounts.every((s) => s === syncCounts[0]);
  rows.push({
    measure: 'sync count constant in areas',
    value: constant ? 'yes' : `no (${syncCounts.join(', ')})`,
    target: '— (grows with the bytes written, not the actions)',
    met: null,
  });
  results.writer = writes;
}

function bundleFigures(rows: Row[], results: Record<string, unknown>) {
  const sizes = bundleSizes(DIST);
  results.bundle = sizes;
  const excelJsInitial = sizes.initial.files.some((f) => f.includes('exceljs'));
  rows.push({
    measure: `initial task-pane JS, raw (${sizes.initial.files.join(', ')})`,
    value: kb(sizes.initial.raw),
    target: '—',
    met: null,
  });
  rows.push({
    measure: 'initial task-pane JS, gzipped',
    value: kb(sizes.initial.gzip),
    target: '≤ 150 KB, ExcelJS outside',
    met: sizes.initial.gzip <= 150 * 1024 && !excelJsInitial,
  });
  for (const chunk of sizes.lazy) {
    rows.push({
      measure: `lazy chunk ${chunk.file}`,
      value: `${kb(chunk.raw)} (${kb(chunk.gzip)} gz)`,
      target: '—',
      met: null,
    });
  }
}

async function readyFigures(rows: Row[], results: Record<string, unknown>) {
  if (!chromiumPath()) {
    rows.push({ measure: 'task pane ready', value: 'not measured: Chromium not found', target: '≤ 1 s', met: null });
    return;
  }
  const times = await readyTimes(DIST, RUNS);
  results.ready = times;
  rows.push({
    measure: `task pane ready in simulated Excel (create enabled), median of ${RUNS}`,
    value: `${median(times.excel).toFixed(0)} ms`,
    target: '≤ 1 s',
    met: median(times.excel) <= 1000,
  });
  rows.push({
    measure: `task pane ready standalone (download enabled), median of ${RUNS}`,
    value: `${median(times.standalone).toFixed(0)} ms`,
    target: '≤ 1 s',
    met: median(times.standalone) <= 1000,
  });
}

/** Typing in an assumption with many areas: the pane pages its table, so the preview keeps up. */
async function keystrokeFigures(rows: Row[], results: Record<string, unknown>) {
  const target = '≤ 100 ms median (reads as instant)';
  if (!chromiumPath()) {
    rows.push({ measure: 'keystroke to preview', value: 'not measured: Chromium not found', target, met: null });
    return;
  }
  const runs = await keystrokeTimes(DIST, [14, 1_300]);
  results.keystroke = runs;
  for (const { areas, ms } of runs) {
    rows.push({
      measure: `keystroke to preview, ${areas.toLocaleString('en-GB')} areas (custom coverage), median of ${ms.length}`,
      value: `${median(ms).toFixed(0)} ms (worst ${Math.max(...ms).toFixed(0)})`,
      target,
      met: median(ms) <= 100,
    });
  }
}

async function modelAndXlsxFigures(rows: Row[], results: Record<string, unknown>) {
  const boards = await medianMs(RUNS, () => computePlan(SCOTLAND_2018, DEFAULT_ASSUMPTIONS));
  rows.push({
    measure: `model: the 14 Scottish boards (what the pane recomputes per keystroke), median of ${RUNS}`,
    value: `${boards.toFixed(2)} ms`,
    target: '—',
    met: null,
  });
  const input = {
    areas: [...SCOTLAND_2018],
    base: DEFAULT_ASSUMPTIONS,
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25, 0.5, 1]),
    generated: new Date(),
    version: 'bench',
  };
  const build = await medianMs(RUNS, () => buildWorkbook(input));
  const blueprint = buildWorkbook(input);
  let bytes = 0;
  const write = await medianMs(RUNS, async () => (bytes = (await writeXlsx(blueprint)).byteLength));
  rows.push({
    measure: `blueprint for the default 3-scenario workbook, median of ${RUNS}`,
    value: `${build.toFixed(1)} ms`,
    target: '—',
    met: null,
  });
  rows.push({
    measure: `.xlsx write, default 3-scenario workbook (${kb(bytes)}), median of ${RUNS}`,
    value: `${write.toFixed(0)} ms`,
    target: '—',
    met: null,
  });
  results.model = { boardsMs: boards };
  results.xlsx = { blueprintMs: build, writeMs: write, bytes };
}

function print(rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r.measure.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  const lines = [
    `| ${'measure'.padEnd(width)} | ${'value'.padEnd(valueWidth)} | target | met |`,
    `|${'-'.repeat(width + 2)}|${'-'.repeat(valueWidth + 2)}|---|---|`,
  ];
  for (const r of rows)
    lines.push(
      `| ${r.measure.padEnd(width)} | ${r.value.padEnd(valueWidth)} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : 'NO'} |`,
    );
  return lines.join('\n');
}

async function main() {
  const started = performance.now();
  const rows: Row[] = [];
  const results: Record<string, unknown> = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
    date: new Date().toISOString(),
  };
  await writerFigures(rows, results);
  bundleFigures(rows, results);
  await readyFigures(rows, results);
  await keystrokeFigures(rows, results);
  await modelAndXlsxFigures(rows, results);
  // Sub-board geographies: ~1,300 intermediate zones or primary care networks; 10,000 and 100,000 for headroom.
  const scale = scaleFigures([1_300, 10_000, 100_000]);
  rows.push(...scale.rows);
  results.scale = scale.results;
  results.rows = rows;
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Machine: ${results.machine}\n`);
  console.log(print(rows));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s; written to bench/results.json)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
