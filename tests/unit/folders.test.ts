// The direction of the code: every folder of src/ depends on folders below it, never back (no folder cycle), and
// the core a reader of the site's pages meets (pages, components, layouts, the browser's search) knows nothing of
// the large-site path (src/scale/) or of the build steps that run after Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = 'src';

/** Every source file under src/, with the files it imports by relative path (types included). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|astro|mjs)$/.test(e.name))
    .map((e) => relative('.', join(e.parentPath, e.name)).split('\\').join('/'));
  const specifier = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g;
  return new Map(files.map((file) => [file, [...readFileSync(file, 'utf8').matchAll(specifier)].map((m) => posix.normalize(posix.join(dirname(file), m[1]!)))]));
}

/** The top folder of src/ a file belongs to ("src/lib/x.ts" → "lib"; a file directly in src/ → its name). */
const folderOf = (file: string) => file.split('/')[1]!;

function folderEdges(graph: Map<string, string[]>): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    for (const target of imports) {
      if (!target.startsWith(`${src}/`)) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** A cycle of folders, as a path that returns to its start, or undefined. */
function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | undefined => {
    if (state.get(folder) === 'done') return undefined;
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder];
    state.set(folder, 'open');
    path.push(folder);
    for (const next of edges.get(folder) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(folder, 'done');
    return undefined;
  };
  for (const folder of edges.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Files of `from` (folders under src/) that reach a file of `forbidden`, directly or through others. */
function reaching(graph: Map<string, string[]>, from: readonly string[], forbidden: readonly string[]): string[] {
  const bad = (file: string) => forbidden.some((f) => file.startsWith(`${src}/${f}/`));
  const found: string[] = [];
  for (const start of graph.keys()) {
    if (!from.some((f) => start.startsWith(`${src}/${f}/`))) continue;
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (bad(file)) {
        found.push(`${start} → ${file}`);
        break;
      }
      stack.push(...(graph.get(file) ?? []));
    }
  }
  return found;
}

describe('folders of src/', () => {
  const graph = importGraph();

  test('the graph is read (every folder of the site is in it)', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    for (const folder of ['pages', 'components', 'lib', 'search', 'scale']) expect(folders).toContain(folder);
  });

  test('no folder imports, through any chain, a folder that imports it back', () => {
    expect(findCycle(folderEdges(graph))).toBeUndefined();
  });

  test('pages, components, layouts and the browser search never reach the large-site path', () => {
    expect(reaching(graph, ['pages', 'components', 'layouts', 'search'], ['scale'])).toEqual([]);
  });

  // Shared helpers live in scripts/support/; a bench may read a test's data (the relevance suite), not its helpers.
  test('scripts never import from tests/support/', () => {
    const scripts = readdirSync('scripts', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
    const offending = scripts.map((e) => join(e.parentPath, e.name)).filter((file) => /from '(\.\.\/)+tests\/support\//.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  test('the browser search never reaches build code', () => {
    expect(reaching(graph, ['search', 'components'], ['search-build', 'ingest', 'hant', 'answer-pages', 'integrations', 'steps', 'scale'])).toEqual([]);
  });
});
