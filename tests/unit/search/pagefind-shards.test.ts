// The Pagefind step over a site of a few pages in shards of two: six runs (three shards, two languages), each
// next run reading its pages while the one before writes (src/integrations/pagefind.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, expect, test } from 'vitest';
import pagefind from '../../../src/integrations/pagefind.ts';

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

const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

async function index(dir: string, pages: readonly string[]): Promise<void> {
  const step = pagefind({ searchData: {}, mirrors: ['zh-hant/'], shardSize: 2 });
  const done = step.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await done({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
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

