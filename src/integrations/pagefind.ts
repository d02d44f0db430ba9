// Builds the Pagefind index of the finished site inside `astro build`, through Pagefind's Node API
// (the `pagefind` package ships the extended binary, which segments Chinese with jieba at index time).
// Only elements marked `data-pagefind-body` (the topic pages' articles) are indexed.
//
// One index per `<html lang>`: the Simplified pages and their Traditional twins (/zh-hant/) each get theirs, and
// Pagefind in the browser loads the one of the page's language.
// Pagefind holds every page it indexes in memory until it writes the index, so a large site is indexed in
// shards of at most `shardSize` pages, one Pagefind run each (its process ends before the next starts): the
// memory of a build stays bounded however large the site grows. A shard holds some topics in every script.
// Shard 0 is pagefind/ (with the runtime); shard k is pagefind/shard-k/, listed in the search data, and the
// browser merges them (mergeIndex). A site of up to `shardSize` indexed pages (the real one) is one index.
import { fileURLToPath } from 'node:url';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { listedTopics } from '../lib/topic-listing.ts';
import type { PageFile, PageSections, SearchData } from '../search/search-data.ts';
import { readSections } from './pagefind-sections.ts';

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
  /** HTML pages per Pagefind run; a larger site gets more shards. KB_PAGEFIND_SHARD_SIZE overrides it (bench:scale). */
  shardSize?: number;
  /**
   * Indexed pages of one language from which its search data is split into a file per page (SearchData.pageFiles):
   * one file of every page's sections and every answer's title would make the first query grow with the site.
   */
  pageFilesFrom?: number;
}

/** Files a merged shard needs; the rest of what writeFiles puts in every folder (runtime, UI, WASM) is pagefind/'s. */
const shardFiles = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** One Pagefind run over `files` (site paths of HTML files), written to `outputPath`. */
async function indexShard(site: string, files: readonly string[], outputPath: string): Promise<void> {
  try {
    // No forceLanguage: each page's <html lang> picks its index.
    const { index, errors } = await pagefind.createIndex({});
    failOn('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex returned no index');
    // One glob naming the shard's files: Pagefind reads them itself, twice as fast as handing it their text.
    const glob = `{${files.map((file) => file.replace(/[{}[\]*?,\\]/g, '\\$&')).join(',')}}`;
    const added = await index.addDirectory({ path: site, glob });
    failOn('addDirectory', added.errors);
    if (added.page_count !== files.length) throw new Error(`pagefind indexed ${added.page_count} pages of the ${files.length} given`);
    const written = await index.writeFiles({ outputPath });
    failOn('writeFiles', written.errors);
  } finally {
    // Ends the Pagefind process, and with it the memory of this shard.
    await pagefind.close();
  }
}

/** Site path of a folder of the output, for the browser ("pagefind/shard-1/"). */
const sitePath = (site: string, dir: string) => `${relative(site, dir).split(sep).join('/')}/`;

/**
 * Writes a file per page (its sections, titles and topic) next to the search data, which keeps only what every
 * query needs: the shards, the Traditional tables and the first topics (offered when nothing is found).
 */
async function writePageFiles(data: SearchData, dataFile: string, site: string, pages: Record<string, PageSections>): Promise<void> {
  const dir = join(dirname(dataFile), 'pages');
  await mkdir(dir, { recursive: true });
  for (const [pageId, page] of Object.entries(pages)) {
    const topic = data.answers[page.sections[0]![0]]![1];
    const file: PageFile = {
      url: page.url,
      words: page.words,
      topic,
      topicName: data.topics[topic] ?? topic,
      sections: page.sections.map(([id, start]) => [id, start, data.answers[id]![0]]),
    };
    await writeFile(join(dir, `${pageId}.json`), JSON.stringify(file));
  }
  data.answers = {};
  data.topics = Object.fromEntries(Object.entries(data.topics).slice(0, listedTopics));
  data.pageFiles = sitePath(site, dir);
}

/** Adds the shards and the section boundaries of every page of `language` to that language's search data. */
async function addSections(dataFile: string, site: string, shardDirs: readonly string[], language: string, pageFilesFrom: number): Promise<void> {
  const data = JSON.parse(await readFile(dataFile, 'utf8')) as SearchData;
  const answerIds = new Set(Object.keys(data.answers));
  const pages: Record<string, PageSections> = {};
  for (const dir of shardDirs) Object.assign(pages, await readSections(dir, answerIds, language));
  if (Object.keys(pages).length === 0) throw new Error(`pagefind: no ${language} page was indexed for ${dataFile}`);
  const empty = Object.values(pages).filter((p) => p.sections.length === 0);
  if (empty.length > 0) throw new Error(`pagefind: no answer headings found on ${empty.map((p) => p.url).join(', ')}`);
  if (Object.keys(pages).length >= pageFilesFrom) await writePageFiles(data, dataFile, site, pages);
  else data.pages = pages;
  const merged = shardDirs.slice(1).map((dir) => sitePath(site, dir));
  if (merged.length > 0) data.indexes = merged;
  await writeFile(dataFile, JSON.stringify(data));
}

async function buildIndex(site: string, pagePaths: readonly string[], copies: readonly string[], shardSize: number, logger: AstroIntegrationLogger): Promise<string[]> {
  const pages = [...pagePaths].sort();
  const perShard = Math.max(1, Math.floor(shardSize / copies.length));
  const shardDirs: string[] = [];
  for (let k = 0; k * perShard < pages.length || k === 0; k++) {
    const outputPath = k === 0 ? join(site, 'pagefind') : join(site, 'pagefind', `shard-${k}`);
    const files = pages.slice(k * perShard, (k + 1) * perShard).flatMap((page) => copies.map((copy) => `${copy}${page}index.html`));
    await indexShard(site, files, outputPath);
    if (k > 0) {
      for (const name of await readdir(outputPath)) if (!shardFiles.test(name)) await rm(join(outputPath, name), { recursive: true });
    }
    shardDirs.push(outputPath);
  }
  if (shardDirs.length > 1) logger.info(`indexed in ${shardDirs.length} shards of up to ${perShard * copies.length} pages`);
  return shardDirs;
}

export default function pagefindIntegration({
  searchData,
  mirrors = [],
  indexed = /(^|\/)topics\/[^/]+\/$/,
  shardSize = Number(process.env.KB_PAGEFIND_SHARD_SIZE) || 500,
  pageFilesFrom = Number(process.env.KB_PAGE_FILES_FROM) || 200,
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
        const shardDirs = await buildIndex(site, paths, copies, shardSize, logger);
        for (const [language, file] of Object.entries(searchData)) await addSections(join(site, file), site, shardDirs, language, pageFilesFrom);
        // scripts/bench-scale.ts reads the time off this line.
        logger.info(`indexed ${paths.length * copies.length} HTML files into ${join(site, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
