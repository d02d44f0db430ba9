// The search data's part of indexing (./pagefind-index.ts): after the Pagefind runs, each language's search data
// gets its pages' section boundaries (from Pagefind's fragments) and the list of shards; a large site's data is
// split into a file per page, with the index's most common words listed for the query planner.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { listedTopics } from '../lib/topic-listing.ts';
import type { PageFile, PageSections, SearchData } from './search-data.ts';
import { readSections } from './pagefind-sections.ts';
import { commonWords, countWords } from '../scale/pagefind-words.ts';

/**
 * The share of all word occurrences from which a word counts as common on a large site: on this site's text,
 * 花呗, 逾期, 还款, 支付, 使用, 客户 and single characters such as 的 and 在 (SearchData.common).
 */
const commonShare = 0.005;

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
      sections: page.sections.map(([id, start]) => [id, start, data.answers[id]![0], data.answers[id]![2]]),
    };
    await writeFile(join(dir, `${pageId}.json`), JSON.stringify(file));
  }
  data.answers = {};
  data.topics = Object.fromEntries(Object.entries(data.topics).slice(0, listedTopics));
  data.pageFiles = sitePath(site, dir);
}

/** What one Pagefind run indexed in one language: its pages' anchors and, on a large site, its words' occurrences. */
export interface IndexedRun {
  pages: Record<string, PageSections>;
  counts?: Map<string, number>;
}

/**
 * Reads the pages (and, with `count`, the word occurrences) of `language` out of the index at `pagefindDir`: the
 * folder of one run, read as soon as the run has ended, while the next one indexes (otherwise this part of
 * indexing would come after the last run, on one core).
 */
export async function readIndexedRun(pagefindDir: string, language: string, count: boolean): Promise<IndexedRun> {
  const pages = await readSections(pagefindDir, language);
  if (!count) return { pages };
  const counts = new Map<string, number>();
  await countWords(pagefindDir, language, counts);
  return { pages, counts };
}

/**
 * Adds the shards and the section boundaries of every page of `language` (what its `runs` indexed, in the order
 * of the shards) to that language's search data, which goes to `dataFile` (the caller writes it; a large site's
 * page files are written here, beside it).
 */
export async function addSections(data: SearchData, dataFile: string, site: string, shardDirs: readonly string[], language: string, runs: readonly IndexedRun[], pageFilesFrom: number): Promise<SearchData> {
  const answerIds = new Set(Object.keys(data.answers));
  const pages: Record<string, PageSections> = {};
  for (const run of runs) {
    for (const [pageId, page] of Object.entries(run.pages)) pages[pageId] = { ...page, sections: page.sections.filter(([id]) => answerIds.has(id)) };
  }
  if (Object.keys(pages).length === 0) throw new Error(`pagefind: no ${language} page was indexed for ${dataFile}`);
  const empty = Object.values(pages).filter((p) => p.sections.length === 0);
  if (empty.length > 0) throw new Error(`pagefind: no answer headings found on ${empty.map((p) => p.url).join(', ')}`);
  if (Object.keys(pages).length >= pageFilesFrom) {
    await writePageFiles(data, dataFile, site, pages);
    const counts = new Map<string, number>();
    for (const run of runs) {
      if (!run.counts) throw new Error(`pagefind: the words of ${language} were not counted, yet its ${Object.keys(pages).length} pages get page files`);
      for (const [word, n] of run.counts) counts.set(word, (counts.get(word) ?? 0) + n);
    }
    data.common = commonWords(counts, commonShare);
  } else data.pages = pages;
  const merged = shardDirs.slice(1).map((dir) => sitePath(site, dir));
  if (merged.length > 0) data.indexes = merged;
  return data;
}
