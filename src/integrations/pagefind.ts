// Builds the Pagefind index of the finished site inside `astro build`, through Pagefind's Node API
// (the `pagefind` package ships the extended binary, which segments Chinese with jieba at index time).
// Only elements marked `data-pagefind-body` (the topic pages' articles) are indexed.
//
// One index per `<html lang>`: the Simplified pages and their Traditional twins (/zh-hant/) each get theirs, and
// Pagefind in the browser loads the one of the page's language.
// Pagefind holds every page it indexes in memory until it writes the index, so a large site is indexed in
// shards of at most `shardSize` pages per language, each language of a shard one Pagefind run in a process of
// its own (pagefind-run.ts), `parallel` at a time: the memory of a run stays bounded however large the site
// grows. A shard holds some topics in every script. Shard 0 is pagefind/ (with the runtime); shard k is
// pagefind/shard-k/, listed in the search data, and the browser merges them (mergeIndex). A site of up to
// `shardSize` indexed pages per language (the real one) is one index.
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { addSections } from './pagefind-search-data.ts';

export interface PagefindOptions {
  /**
   * Per index language (the lower-cased `<html lang>`), the built search data (relative to the output folder)
   * that gets the section boundaries of that language's pages and the list of shards.
   */
  searchData: Record<string, string>;
  /** Folders (relative to the output folder) holding a converted twin of every page, indexed with it: ['zh-hant/']. */
  mirrors?: readonly string[];
  /**
   * The pages that hold indexed text (`data-pagefind-body`), by their path in the site ("topics/theft/").
   * Pagefind is given only these: the answer pages (ten per article) would cost it time and memory for nothing.
   * tests/e2e/crawl.spec.ts checks that no other page has a body to index.
   */
  indexed?: RegExp;
  /**
   * Most pages of one language per Pagefind run; a larger site gets more shards, of equal size. Each shard costs
   * a first query a chunk per word, each page about 2.4 MB of Pagefind's memory while it runs (the synthetic topic
   * pages of bench:scale): 1,300 pages keep a run near 3 GB, and 10,000 articles (2,504 topic pages) in two
   * shards. KB_PAGEFIND_SHARD_SIZE overrides it (bench:scale).
   */
  shardSize?: number;
  /**
   * Pagefind runs at a time, each in a process of its own. One: a run already keeps two cores busy (two runs side
   * by side took as long as one after the other here, 57 s against 50 s), and each holds its pages in memory.
   * KB_PAGEFIND_PARALLEL sets more for a machine with more cores.
   */
  parallel?: number;
  /**
   * Indexed pages of one language from which its search data is split into a file per page (SearchData.pageFiles):
   * one file of every page's sections and every answer's title would make the first query grow with the site.
   */
  pageFilesFrom?: number;
}

/** Files a merged shard needs; the rest of what writeFiles puts in every folder (runtime, UI, WASM) is pagefind/'s. */
const shardFiles = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * A folder holding only `files` (site paths), at their paths, as links to the site's files (copies where the
 * file system has no hard links): Pagefind finds the files of a run by walking the folder it is given, and a
 * walk of a large site (200,000 files, most of them pages it is not given) cost a run of 1,250 pages 20 of its
 * 26 s of indexing.
 */
async function stagePages(site: string, files: readonly string[], dir: string): Promise<void> {
  for (const file of files) {
    const target = join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(join(site, file), target);
    } catch {
      await copyFile(join(site, file), target);
    }
  }
}

/** One Pagefind run over `files` (site paths of HTML files) into `outputPath`, in a process of its own. */
async function indexFiles(site: string, files: readonly string[], outputPath: string): Promise<void> {
  const list = `${outputPath}.files`;
  const pages = `${outputPath}.pages`;
  await mkdir(dirname(list), { recursive: true });
  await writeFile(list, files.join('\n'));
  await stagePages(site, files, pages);
  const child = spawn(process.execPath, [fileURLToPath(new URL('./pagefind-run.ts', import.meta.url)), pages, outputPath, list], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  await rm(list);
  await rm(pages, { recursive: true });
  if (code !== 0) throw new Error(`pagefind: the run into ${outputPath} failed (exit ${code}):\n${errors}`);
}

/** Runs `tasks`, at most `limit` at a time. */
async function inParallel(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
}

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
 */
async function buildIndex(site: string, pagePaths: readonly string[], copies: readonly string[], shardSize: number, parallel: number, logger: AstroIntegrationLogger): Promise<string[]> {
  const pages = [...pagePaths].sort();
  const shards = Math.max(1, Math.ceil(pages.length / shardSize));
  // Equal shards: 2,504 pages at 1,250 a shard are three of 835, not two full ones and a shard of four pages.
  const size = Math.ceil(pages.length / shards);
  const shardDirs = Array.from({ length: shards }, (_, k) => (k === 0 ? join(site, 'pagefind') : join(site, 'pagefind', `shard-${k}`)));
  const runDir = (k: number, c: number) => join(site, 'pagefind-runs', `${k}-${c}`);
  const runs = shardDirs.flatMap((_, k) =>
    copies.map((copy, c) => () => indexFiles(site, pages.slice(k * size, (k + 1) * size).map((page) => `${copy}${page}index.html`), runDir(k, c))),
  );
  await inParallel(runs, parallel);
  for (const [k, dir] of shardDirs.entries()) await combineRuns(copies.map((_, c) => runDir(k, c)), dir, k === 0);
  await rm(join(site, 'pagefind-runs'), { recursive: true });
  if (shards > 1) logger.info(`indexed in ${shards} shards of ${size} pages per language (at most ${shardSize})`);
  return shardDirs;
}

export default function pagefindIntegration({
  searchData,
  mirrors = [],
  indexed = /(^|\/)topics\/[^/]+\/$/,
  shardSize = Number(process.env.KB_PAGEFIND_SHARD_SIZE) || 1300,
  pageFilesFrom = Number(process.env.KB_PAGE_FILES_FROM) || 200,
  parallel = Number(process.env.KB_PAGEFIND_PARALLEL) || 1,
}: PagefindOptions): AstroIntegration {
  return {
    name: 'huabei-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const paths = pages.map((p) => p.pathname).filter((p) => indexed.test(p));
        if (paths.length === 0) throw new Error(`pagefind: no built page matches ${indexed}; nothing to index`);
        const copies = ['', ...mirrors];
        const shardDirs = await buildIndex(site, paths, copies, shardSize, parallel, logger);
        for (const [language, file] of Object.entries(searchData)) await addSections(join(site, file), site, shardDirs, language, pageFilesFrom);
        // scripts/bench-scale.ts reads the time off this line.
        logger.info(`indexed ${paths.length * copies.length} HTML files into ${join(site, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
