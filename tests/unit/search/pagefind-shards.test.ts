// The Pagefind step over a site of a few pages in shards of two: six runs (three shards, two languages), each
// next run reading its pages while the one before writes (src/search-build/pagefind-index.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { indexSite } from '../../../src/search-build/pagefind-index.ts';
import { addSections } from '../../../src/search-build/pagefind-search-data.ts';
import { readSections } from '../../../src/search-build/pagefind-sections.ts';
import { commonWords, countWords } from '../../../src/scale/pagefind-words.ts';
import type { PageFile, SearchData } from '../../../src/search-build/search-data.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const topics = ['t1', 't2', 't3', 't4', 't5'];
const words = ['通知家人', '上门催收', '盗用', '爆通讯录', '法务'];

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huabei-kb-shards-'));
  dirs.push(dir);
  topics.forEach((topic, i) => {
    for (const [prefix, lang] of [['', 'zh-CN'], ['zh-hant/', 'zh-Hant']] as const) {
      mkdirSync(join(dir, prefix, 'topics', topic), { recursive: true });
      const html = `<!DOCTYPE html><html lang="${lang}"><head><title>${words[i]}</title></head><body><main data-pagefind-body><h2 id="${topic}-a">${words[i]}</h2><p>花呗逾期以后${words[i]}怎么办</p></main></body></html>`;
      writeFileSync(join(dir, prefix, 'topics', topic, 'index.html'), html);
    }
  });
  return dir;
}

/** Indexes `pages` in shards of two; with `searchData`, adds what the runs found to those files, as the build does. */
async function index(dir: string, pages: readonly string[], options: { searchData?: Record<string, string>; pageFilesFrom?: number } = {}): Promise<void> {
  const { searchData = {}, pageFilesFrom = 200 } = options;
  const site = await indexSite({ site: dir, pages, mirrors: ['zh-hant/'], languages: Object.keys(searchData), shardSize: 2, parallel: 1, countFrom: pageFilesFrom, log: () => {} });
  for (const [language, file] of Object.entries(searchData)) {
    const target = join(dir, file);
    const data = await addSections(JSON.parse(readFileSync(target, 'utf8')) as SearchData, target, dir, site.shardDirs, language, site.runs.get(language)!, pageFilesFrom);
    writeFileSync(target, JSON.stringify(data));
  }
}

test('every shard holds its pages in both languages, as one run over them would', async () => {
  const dir = site();
  await index(dir, topics.map((t) => `topics/${t}/`));
  const shards = [join(dir, 'pagefind'), join(dir, 'pagefind', 'shard-1'), join(dir, 'pagefind', 'shard-2')];
  const counts = shards.map((shard) => {
    const entry = JSON.parse(readFileSync(join(shard, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
  });
  expect(counts).toEqual([
    { 'zh-cn': 2, 'zh-hant': 2 },
    { 'zh-cn': 2, 'zh-hant': 2 },
    { 'zh-cn': 1, 'zh-hant': 1 },
  ]);
  for (const shard of shards) expect(readdirSync(join(shard, 'fragment')).length).toBe(shard.endsWith('shard-2') ? 2 : 4);
  // The runs' working folders are gone.
  expect(existsSync(join(dir, 'pagefind-runs'))).toBe(false);
}, 60_000);

test('a run that cannot start fails the step, naming the page, and stops the runs before it', async () => {
  const dir = site();
  rmSync(join(dir, 'zh-hant', 'topics', 't3'), { recursive: true });
  await expect(index(dir, topics.map((t) => `topics/${t}/`))).rejects.toThrow(/zh-hant\/topics\/t3\/index\.html/);
  // No run is left writing into the output.
  const runs = join(dir, 'pagefind-runs');
  const left = existsSync(runs) ? readdirSync(runs).filter((name) => name.endsWith('.pages')) : [];
  expect(left).toEqual([]);
}, 60_000);

const dataFiles = { 'zh-cn': 'search/data.json', 'zh-hant': 'zh-hant/search/data.json' };

/** The search data of both languages, before indexing: every topic's answer (t1-a …) and name. */
function writeSearchData(dir: string): void {
  const data: SearchData = {
    answers: Object.fromEntries(topics.map((t, i) => [`${t}-a`, [words[i]!, t, 2]])),
    topics: Object.fromEntries(topics.map((t, i) => [t, `话题${i}`])),
    traditional: '',
  } as SearchData;
  for (const file of Object.values(dataFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(data));
  }
}

const shardDirsOf = (dir: string) => [join(dir, 'pagefind'), join(dir, 'pagefind', 'shard-1'), join(dir, 'pagefind', 'shard-2')];
const readData = (dir: string, language: keyof typeof dataFiles) => JSON.parse(readFileSync(join(dir, dataFiles[language]), 'utf8')) as SearchData;

test('the search data gets every page of its language, read from the runs, in the order of the shards', async () => {
  const dir = site();
  writeSearchData(dir);
  await index(dir, topics.map((t) => `topics/${t}/`), { searchData: dataFiles });
  for (const language of ['zh-cn', 'zh-hant'] as const) {
    const data = readData(dir, language);
    // As read from the finished shards, one after the other.
    const expected: Record<string, unknown> = {};
    for (const shard of shardDirsOf(dir)) Object.assign(expected, await readSections(shard, language));
    expect(Object.keys(data.pages!)).toEqual(Object.keys(expected));
    expect(Object.values(data.pages!).map((p) => [p.url, p.sections])).toEqual(topics.map((t) => [`${language === 'zh-cn' ? '' : '/zh-hant'}/topics/${t}/`, [[`${t}-a`, 0]]]));
    expect(data.indexes).toEqual(['pagefind/shard-1/', 'pagefind/shard-2/']);
  }
}, 60_000);

test('a large site gets a file per page and its most common words, counted in every shard', async () => {
  const dir = site();
  writeSearchData(dir);
  await index(dir, topics.map((t) => `topics/${t}/`), { searchData: dataFiles, pageFilesFrom: 2 });
  for (const language of ['zh-cn', 'zh-hant'] as const) {
    const data = readData(dir, language);
    expect(data.pages).toBeUndefined();
    const files = readdirSync(join(dir, data.pageFiles!)).sort();
    expect(files).toHaveLength(topics.length);
    const sections = files.map((f) => (JSON.parse(readFileSync(join(dir, data.pageFiles!, f), 'utf8')) as PageFile).sections[0]);
    expect(sections.map((s) => s![0]).sort()).toEqual(topics.map((t) => `${t}-a`));
    // The words of all five pages (the same text in both languages here), as counted over the finished shards.
    const counts = new Map<string, number>();
    for (const shard of shardDirsOf(dir)) await countWords(shard, language, counts);
    expect(data.common).toEqual(commonWords(counts, 0.005));
    expect(data.common).toEqual(expect.arrayContaining(['花呗', '逾期']));
  }
}, 60_000);
