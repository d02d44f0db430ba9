// What is left of Pagefind's runtime after indexing: only what the site loads, pagefind.js minified.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { minifyRuntime, pruneUnloaded } from '../../../src/search-build/pagefind-prune.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

test('the UIs and the worker go; the runtime, the index files and the shards stay', async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagefind-prune-'));
  for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.zh-cn_1.pf_meta', 'wasm.unknown.pagefind']) await writeFile(join(dir, name), '');
  for (const name of ['index', 'fragment', 'shard-1']) await mkdir(join(dir, name));
  expect(await pruneUnloaded(dir)).toEqual(['pagefind-ui.js', 'pagefind-worker.js']);
  expect((await readdir(dir)).sort()).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind.js', 'pagefind.zh-cn_1.pf_meta', 'shard-1', 'wasm.unknown.pagefind']);
});

test('pagefind.js comes out smaller and exports what it did', async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagefind-minify-'));
  const source = `const pagefind_version = "1.6.0";\nlet configuredOptions = { noWorker: false };\nexport async function options(newOptions) { configuredOptions = { ...configuredOptions, ...newOptions }; }\nexport async function search(term) { return { term, version: pagefind_version, options: configuredOptions }; }\n`;
  await writeFile(join(dir, 'pagefind.js'), source);
  const [before, after] = await minifyRuntime(dir);
  expect(after).toBeLessThan(before);
  expect((await readFile(join(dir, 'pagefind.js'), 'utf8')).length).toBe(after);
  const runtime = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as { options: (o: object) => Promise<void>; search: (t: string) => Promise<object> };
  await runtime.options({ noWorker: true });
  expect(await runtime.search('逾期')).toEqual({ term: '逾期', version: '1.6.0', options: { noWorker: true } });
});
