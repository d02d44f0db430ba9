// Pagefind writes its whole runtime into pagefind/: the Default, Modular and Component UIs, the worker, the
// highlight script. The site's search (src/search/engine.ts) is its own UI on pagefind.js, which it runs without a
// worker (`noWorker`), and marks landed-on words itself (src/components/search/landing.ts); pagefind.js then
// fetches only the entry, each language's meta, WASM and the index, fragment and filter chunks. The rest would
// ship unused (about 420 KB), so it is removed (by ./pagefind-index.ts, once the shards are combined).
// tests/search/pagefind-files.spec.ts checks the list against what the browser fetches.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The names in pagefind/ that the site loads: the runtime, the index's files, and the folders of shards. */
const loaded = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index|fragment|filter|shard-\d+)$/;

/** Removes from `dir` (pagefind/) what the site never loads; returns the names removed. */
export async function pruneUnloaded(dir: string): Promise<string[]> {
  const removed = (await readdir(dir)).filter((name) => !loaded.test(name)).sort();
  for (const name of removed) await rm(join(dir, name), { recursive: true });
  return removed;
}
