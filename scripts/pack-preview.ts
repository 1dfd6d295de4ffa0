/**
 * npm run pack-preview: the default workbook (25%, 50%, 100% coverage) printed to PDF by LibreOffice,
 * and page 1 of each sheet as a PNG, in test-artifacts/pack/, for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scotlandBoards } from '../src/data/scotland2018';
import { writeXlsx } from '../src/hosts/xlsx/writeXlsx';
import { DEFAULT_ASSUMPTIONS } from '../src/model/assumptions';
import { coverageScenarios } from '../src/model/scenarios';
import { buildWorkbook } from '../src/sheets';
import { printToPdf, readPdf, typeSize } from '../test/print/support/pdf';

async function main(): Promise<void> {
  const out = resolve(__dirname, '..', 'test-artifacts', 'pack');
  mkdirSync(out, { recursive: true });
  const base = { ...DEFAULT_ASSUMPTIONS };
  const blueprint = buildWorkbook({
    areas: scotlandBoards(),
    base,
    scenarios: coverageScenarios(base, [0.25, 0.5, 1]),
    generated: new Date(),
    version: 'preview',
  });
  const xlsx = await writeXlsx(blueprint);
  writeFileSync(join(out, 'ips-plan.xlsx'), xlsx);
  const pdf = printToPdf(xlsx, 'ips-plan');
  execFileSync('cp', [pdf, join(out, 'ips-plan.pdf')]);
  const pages = readPdf(pdf);
  const seen = new Set<string>();
  pages.forEach((page, i) => {
    if (seen.has(page.sheet)) return;
    seen.add(page.sheet);
    const name = page.sheet.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      '-f',
      `${i + 1}`,
      '-l',
      `${i + 1}`,
      pdf,
      join(out, name),
    ]);
    console.log(`${page.sheet}: page ${i + 1} → test-artifacts/pack/${name}.png`);
  });
  // What README's "The pack on paper" table reports: pages and the smallest type on paper, per sheet.
  for (const sheet of seen) {
    const own = pages.filter((p) => p.sheet === sheet);
    const smallest = Math.min(...own.flatMap((p) => p.words.map(typeSize)));
    console.log(`${sheet}: ${own.length} page${own.length === 1 ? '' : 's'}, smallest type ${smallest.toFixed(1)} pt`);
  }
  console.log(`${pages.length} pages: test-artifacts/pack/ips-plan.pdf`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
