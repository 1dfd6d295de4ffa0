/**
 * The house rules over src's imports (issue #20): no import circles (type-only imports count: a circle is a
 * circle for the reader) and no import that runs up the layers. Read with TypeScript's own pre-processor, so
 * `import type`, `export … from` and dynamic `import()` are all seen; only relative imports are ours.
 * `npm run check:imports` prints the findings; test/architecture/imports.test.ts keeps them at none.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** What each top folder of src may import besides itself (model imports nothing of ours). */
export const LAYERS: Record<string, readonly string[]> = {
  model: [],
  data: ['model'],
  sheets: ['model', 'data'],
  parse: ['model', 'data'],
  hosts: ['sheets', 'model', 'data', 'parse'],
  taskpane: ['hosts', 'sheets', 'model', 'data', 'parse'],
  cli: ['hosts', 'sheets', 'model', 'data', 'parse'],
};

export type Graph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile() && SOURCE.test(path));
}

/** Every file under `root` and the files of ours it imports, as paths relative to `root` with `/`. */
export function importGraph(root: string): Graph {
  const key = (path: string) => relative(root, path).split(sep).join('/');
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((ref) => ref.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveImport(file, spec))
      .filter((path): path is string => path !== undefined);
    graph.set(key(file), [...new Set(targets.map(key))]);
  }
  return graph;
}

/** The import circles: strongly connected components of more than one file, or a file importing itself. */
export function circles(graph: Graph): string[][] {
  // Tarjan's algorithm, iterative so a deep tree cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++];
        if (!graph.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.includes(frame.node)) found.push(component.sort());
    }
  }
  return found;
}

/** Imports from one top folder into another that the layers do not allow, as "from → to". */
export function upwardImports(graph: Graph): string[] {
  const layerOf = (path: string) => path.split('/')[0];
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    const layer = layerOf(from);
    const allowed = LAYERS[layer];
    for (const to of targets) {
      const target = layerOf(to);
      if (target === layer) continue;
      if (!allowed?.includes(target))
        wrong.push(`${from} → ${to} (${layer} may import ${allowed?.join(', ') || 'nothing of ours'})`);
    }
  }
  return wrong;
}

if (require.main === module) {
  const root = resolve(process.argv[2] ?? 'src');
  const graph = importGraph(root);
  const found = circles(graph);
  const upward = upwardImports(graph);
  for (const circle of found) console.log(`circle (${circle.length} files): ${circle.join(' ↔ ')}`);
  for (const line of upward) console.log(`upward import: ${line}`);
  console.log(`${graph.size} files: ${found.length} circles, ${upward.length} upward imports`);
  process.exitCode = found.length || upward.length ? 1 : 0;
}
