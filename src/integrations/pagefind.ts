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
import { readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { addSections, readIndexedRun, type IndexedRun } from '../search-build/pagefind-search-data.ts';

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
      await copyFile(join(site, file), target).catch((error: Error) => {
        throw new Error(`pagefind: cannot give ${file} to Pagefind (${error.message})`);
      });
    }
  }
}

/** Resident memory of process `pid` and its descendants, in bytes; undefined where Linux's /proc does not tell. */
function treeMemory(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    return children.reduce((sum, child) => sum + (treeMemory(child) ?? 0), Number(kb ?? 0) * 1024);
  } catch {
    return undefined;
  }
}

/** A Pagefind run in a process of its own (pagefind-run.ts). */
interface Run {
  /** Resolves when the run has read its pages; it then waits for `write`. */
  indexed: Promise<void>;
  /** Lets the run build and write its index. */
  write(): void;
  /**
   * Resolves when the run, writing, holds no more than two thirds of its peak memory (about when it compresses
   * its files, on one core), or when it ends: from then on the next run may read its pages beside it.
   */
  tailing: Promise<void>;
  ended: Promise<void>;
  stop(): void;
}

/** Starts a Pagefind run over `files` (site paths of HTML files) into `outputPath`. */
async function startRun(site: string, files: readonly string[], outputPath: string): Promise<Run> {
  const list = `${outputPath}.files`;
  const pages = `${outputPath}.pages`;
  await mkdir(dirname(list), { recursive: true });
  await writeFile(list, files.join('\n'));
  try {
    await stagePages(site, files, pages);
  } catch (error) {
    await rm(list);
    await rm(pages, { recursive: true, force: true });
    throw error;
  }
  const child = spawn(process.execPath, [fileURLToPath(new URL('../scale/pagefind-run.ts', import.meta.url)), pages, outputPath, list], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const indexed = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const ended = (async () => {
    const [code] = (await once(child, 'close')) as [number | null];
    await rm(list);
    await rm(pages, { recursive: true });
    if (code !== 0) throw new Error(`pagefind: the run into ${outputPath} failed (exit ${code}):\n${errors}`);
  })();
  let writing = false;
  const tailing = new Promise<void>((resolve, reject) => {
    let peak = 0;
    const watch = setInterval(() => {
      const memory = child.pid === undefined ? undefined : treeMemory(child.pid);
      if (memory === undefined) return clearInterval(watch);
      peak = Math.max(peak, memory);
      if (writing && memory < (peak * 2) / 3) {
        clearInterval(watch);
        resolve();
      }
    }, 250);
    ended.then(resolve, reject).finally(() => clearInterval(watch));
  });
  // A failure reaches the caller through `ended`.
  tailing.catch(() => {});
  return {
    indexed,
    write: () => {
      writing = true;
      if (child.connected) child.send('write');
    },
    tailing,
    ended,
    stop: () => child.kill(),
  };
}

/**
 * Runs `runs` one after another, each next one reading its pages while the one before writes its index: the
 * last seconds of a run compress its files on one core, time the next run's reading can use. A run builds its
 * index (its peak of memory) only after the one before has ended, so the memory of two runs side by side stays
 * under the peak of one (a run reads its pages into about a third of its peak: 0.9 of 3.1 GB at 1,252 pages).
 */
async function runInTurn(runs: readonly (() => Promise<Run>)[]): Promise<void> {
  const started: Run[] = [];
  let fail!: (error: unknown) => void;
  // The first run to fail ends the turn, even one that failed while another was waited for.
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  try {
    let previous: Run | undefined;
    for (const start of runs) {
      if (previous) await Promise.race([previous.tailing, failed]);
      const run = await Promise.race([start(), failed]);
      started.push(run);
      run.ended.catch(fail);
      const before = previous;
      // A run whose predecessor failed never writes: it is stopped below.
      run.indexed.then(() => before?.ended).then(run.write, () => {});
      previous = run;
    }
    await Promise.race([Promise.all(started.map((run) => run.ended)), failed]);
  } catch (error) {
    for (const run of started) run.stop();
    await Promise.allSettled(started.map((run) => run.ended));
    throw error;
  }
}

/** Runs `lanes` of runs side by side, the runs of each lane in turn. */
async function runLanes(runs: readonly (() => Promise<Run>)[], lanes: number): Promise<void> {
  const count = Math.max(1, Math.min(lanes, runs.length));
  await Promise.all(Array.from({ length: count }, (_, lane) => runInTurn(runs.filter((_, i) => i % count === lane))));
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
 * Each run's pages and words (in every one of `languages`) are read as soon as it has ended, while the runs
 * after it index; returns them per language, in the order of the shards.
 */
async function buildIndex(site: string, pagePaths: readonly string[], copies: readonly string[], languages: readonly string[], shardSize: number, parallel: number, countFrom: number, logger: AstroIntegrationLogger): Promise<{ shardDirs: string[]; read: Map<string, IndexedRun[]> }> {
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
  if (shards > 1) logger.info(`indexed in ${shards} shards of ${size} pages per language (at most ${shardSize})`);
  return { shardDirs, read: new Map(languages.map((language, l) => [language, runsRead.map((run) => run[l]!)])) };
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
        const languages = Object.keys(searchData);
        const { shardDirs, read } = await buildIndex(site, paths, copies, languages, shardSize, parallel, pageFilesFrom, logger);
        for (const [language, file] of Object.entries(searchData)) await addSections(join(site, file), site, shardDirs, language, read.get(language)!, pageFilesFrom);
        // scripts/bench-scale.ts reads the time off this line.
        logger.info(`indexed ${paths.length * copies.length} HTML files into ${join(site, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
