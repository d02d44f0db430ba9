// Builds the Pagefind index of the finished site through Pagefind's Node API (the `pagefind` package ships the
// extended binary, which segments Chinese with jieba at index time). Only elements marked `data-pagefind-body`
// (the topic pages' articles) are indexed.
//
// One index per `<html lang>`: the Simplified pages and their Traditional twins (/zh-hant/) each get theirs, and
// Pagefind in the browser loads the one of the page's language.
// Pagefind holds every page it indexes in memory until it writes the index, so a large site is indexed in
// shards of at most `shardSize` pages per language, each language of a shard one Pagefind run in a process of
// its own (src/scale/pagefind-runs.ts), `parallel` at a time: the memory of a run stays bounded however large
// the site grows. A shard holds some topics in every script. Shard 0 is pagefind/ (with the runtime); shard k is
// pagefind/shard-k/, listed in the search data, and the browser merges them (mergeIndex). A site of up to
// `shardSize` indexed pages per language (the real one) is one index.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLanes, startRun } from '../scale/pagefind-runs.ts';
import { minifyRuntime, pruneUnloaded } from './pagefind-prune.ts';
import { readIndexedRun, type IndexedRun } from './pagefind-search-data.ts';

export interface IndexOptions {
  /** The output folder of the site. */
  site: string;
  /** Site paths of the pages that hold indexed text (`data-pagefind-body`), e.g. "topics/theft/". */
  pages: readonly string[];
  /** Folders (relative to the output folder) holding a converted twin of every page, indexed with it: ['zh-hant/']. */
  mirrors: readonly string[];
  /** Index languages (the lower-cased `<html lang>`) whose pages and words are read back for the search data. */
  languages: readonly string[];
  /**
   * Most pages of one language per Pagefind run; a larger site gets more shards, of equal size. Each shard costs
   * a first query a chunk per word, each page Pagefind's memory while it runs (src/scale/options.ts).
   */
  shardSize: number;
  /** Pagefind runs at a time, each in a process of its own. */
  parallel: number;
  /** Indexed pages of one language from which the words of every run are counted (SearchData.common). */
  countFrom: number;
  log: (message: string) => void;
}

/** The index written: its shards' folders, and what each run indexed, per language, in the order of the shards. */
export interface IndexedSite {
  shardDirs: string[];
  runs: Map<string, IndexedRun[]>;
}

/** Files a merged shard needs; the rest of what writeFiles puts in every folder (runtime, UI, WASM) is pagefind/'s. */
const shardFiles = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * Moves the runs of one shard (one per language, each in its own folder) into the shard's folder, and lists
 * every language in its pagefind-entry.json, as one run over all of them would.
 */
async function combineRuns(runDirs: readonly string[], outputPath: string, keepRuntime: boolean): Promise<void> {
  await mkdir(outputPath, { recursive: true });
  let entry: { languages: Record<string, unknown> } | undefined;
  for (const runDir of runDirs) {
    const runEntry = JSON.parse(await readFile(join(runDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    if (entry) Object.assign(entry.languages, runEntry.languages);
    else entry = runEntry;
    for (const name of await readdir(runDir)) {
      if (name === 'pagefind-entry.json' || (!keepRuntime && !shardFiles.test(name))) continue;
      if (['index', 'fragment', 'filter'].includes(name)) {
        await mkdir(join(outputPath, name), { recursive: true });
        for (const file of await readdir(join(runDir, name))) await rename(join(runDir, name, file), join(outputPath, name, file));
      } else await rename(join(runDir, name), join(outputPath, name));
    }
    await rm(runDir, { recursive: true });
  }
  entry!.languages = Object.fromEntries(Object.entries(entry!.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
}

/**
 * Indexes the pages in shards of `shardSize` pages per language: each language of a shard is its own Pagefind
 * run (a run's memory grows with its pages), `parallel` runs at a time, then the shard's runs are combined.
 * Each run's pages and words (in every one of `languages`) are read as soon as it has ended, while the runs
 * after it index.
 */
export async function indexSite({ site, pages: pagePaths, mirrors, languages, shardSize, parallel, countFrom, log }: IndexOptions): Promise<IndexedSite> {
  if (pagePaths.length === 0) throw new Error('pagefind: no page to index');
  const copies = ['', ...mirrors];
  const pages = [...pagePaths].sort();
  const shards = Math.max(1, Math.ceil(pages.length / shardSize));
  // Equal shards: 2,504 pages at 1,250 a shard are three of 835, not two full ones and a shard of four pages.
  const size = Math.ceil(pages.length / shards);
  const shardDirs = Array.from({ length: shards }, (_, k) => (k === 0 ? join(site, 'pagefind') : join(site, 'pagefind', `shard-${k}`)));
  const runDir = (k: number, c: number) => join(site, 'pagefind-runs', `${k}-${c}`);
  const count = pages.length >= countFrom;
  const reads: Promise<IndexedRun[]>[] = [];
  const runs = shardDirs.flatMap((_, k) =>
    copies.map((copy, c) => async () => {
      const run = await startRun(site, pages.slice(k * size, (k + 1) * size).map((page) => `${copy}${page}index.html`), runDir(k, c));
      const read = run.ended.then(() => Promise.all(languages.map((language) => readIndexedRun(runDir(k, c), language, count))));
      // A failed run fails the step through `ended`; its read is never awaited then.
      read.catch(() => {});
      reads[k * copies.length + c] = read;
      return run;
    }),
  );
  await runLanes(runs, parallel);
  const runsRead = await Promise.all(reads);
  for (const [k, dir] of shardDirs.entries()) await combineRuns(copies.map((_, c) => runDir(k, c)), dir, k === 0);
  await rm(join(site, 'pagefind-runs'), { recursive: true });
  log(`removed what the site never loads from pagefind/: ${(await pruneUnloaded(shardDirs[0]!)).join(', ') || 'nothing'}`);
  const [before, after] = await minifyRuntime(shardDirs[0]!);
  log(`minified pagefind/pagefind.js: ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB`);
  if (shards > 1) log(`indexed in ${shards} shards of ${size} pages per language (at most ${shardSize})`);
  return { shardDirs, runs: new Map(languages.map((language, l) => [language, runsRead.map((run) => run[l]!)])) };
}
