// Pagefind writes its whole runtime into pagefind/: the Default, Modular and Component UIs, the worker, the
// highlight script. The site's search (src/search/engine.ts) is its own UI on pagefind.js, which it runs without a
// worker (`noWorker`), and marks landed-on words itself (src/components/search/landing.ts); pagefind.js then
// fetches only the entry, each language's meta, WASM and the index, fragment and filter chunks. The rest would
// ship unused (about 420 KB), so it is removed (by ./pagefind-index.ts, once the shards are combined).
// tests/search/pagefind-files.spec.ts checks the list against what the browser fetches.
// pagefind.js, which every first query fetches, comes with its spacing stripped but its names whole; minified
// with the same minifier as the site's own scripts (Vite's), it is about 2 KB lighter gzipped.
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'vite';

/** The names in pagefind/ that the site loads: the runtime, the index's files, and the folders of shards. */
const loaded = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index|fragment|filter|shard-\d+)$/;

/** Removes from `dir` (pagefind/) what the site never loads; returns the names removed. */
export async function pruneUnloaded(dir: string): Promise<string[]> {
  const removed = (await readdir(dir)).filter((name) => !loaded.test(name)).sort();
  for (const name of removed) await rm(join(dir, name), { recursive: true });
  return removed;
}

/** Minifies the runtime (pagefind.js) in `dir`; returns its sizes before and after, in bytes. */
export async function minifyRuntime(dir: string): Promise<[before: number, after: number]> {
  const file = join(dir, 'pagefind.js');
  const source = await readFile(file, 'utf8');
  const { code, errors } = await minify('pagefind.js', source, { compress: true, mangle: true, module: true });
  if (errors.length > 0) throw new Error(`pagefind: could not minify ${file}: ${errors.map((e) => e.message).join('; ')}`);
  await writeFile(file, code);
  return [Buffer.byteLength(source), Buffer.byteLength(code)];
}
