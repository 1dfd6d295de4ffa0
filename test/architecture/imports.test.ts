/**
 * The house rules (issue #20): no import circles in src (type imports count), no import up the layers, one
 * folder per sheet kind with its index.ts, and a task pane whose top holds at most 15 files.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { circles, importGraph, upwardImports } from '../../scripts/importGraph';

const SRC = join(__dirname, '..', '..', 'src');

describe('the imports of src', () => {
  const graph = importGraph(SRC);

  it('reads every source file and the imports between them', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('sheets/workbook/workbook.ts')).toContain('sheets/scenario/index.ts');
  });

  it('form no circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('never run up the layers', () => {
    expect(upwardImports(graph)).toEqual([]);
  });
});

describe('the check itself', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ips-imports-'));
    write('model/plan.ts', "import { yearLabels } from './years';\nexport const plan = yearLabels;\n");
    write('model/years.ts', 'export const yearLabels = 1;\n');
    write('sheets/kind/index.ts', "export { build } from './build';\n");
    write('sheets/kind/build.ts', "import { plan } from '../../model/plan';\nexport const build = plan;\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds nothing in a clean tree', () => {
    const graph = importGraph(root);
    expect(circles(graph)).toEqual([]);
    expect(upwardImports(graph)).toEqual([]);
  });

  it('finds a circle made by a type-only import', () => {
    write(
      'model/years.ts',
      "import type { plan } from './plan';\nexport const yearLabels = 1 as unknown as typeof plan;\n",
    );
    expect(circles(importGraph(root))).toEqual([['model/plan.ts', 'model/years.ts']]);
  });

  it('finds a circle through a folder index and an export … from', () => {
    write('sheets/kind/build.ts', "export { other } from '../kind';\nexport const build = 1;\n");
    expect(circles(importGraph(root))).toEqual([['sheets/kind/build.ts', 'sheets/kind/index.ts']]);
  });

  it('finds an import that runs up the layers, dynamic ones too', () => {
    write('model/years.ts', "export const yearLabels = () => import('../sheets/kind');\n");
    expect(upwardImports(importGraph(root))).toEqual([
      'model/years.ts → sheets/kind/index.ts (model may import nothing of ours)',
    ]);
  });
});

describe('the folders', () => {
  const SHEETS = join(SRC, 'sheets');
  const kinds = readdirSync(SHEETS).filter((name) => statSync(join(SHEETS, name)).isDirectory() && name !== 'shared');

  it('give each sheet kind a folder with an index.ts, and no *Sheet.ts at the top of src/sheets', () => {
    expect(kinds).toEqual(
      expect.arrayContaining(['inputs', 'scenario', 'summary', 'sensitivity', 'monitoring', 'notes']),
    );
    for (const kind of kinds) expect(readdirSync(join(SHEETS, kind))).toContain('index.ts');
    expect(readdirSync(SHEETS).filter((name) => /Sheet\.ts$/.test(name))).toEqual([]);
  });

  it('keep at most 15 files at the top of src/taskpane', () => {
    const top = readdirSync(join(SRC, 'taskpane')).filter((name) => statSync(join(SRC, 'taskpane', name)).isFile());
    expect(top.length).toBeLessThanOrEqual(15);
  });
});
