import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { mirrorSite, simplifiedPages, urlPathOf } from '../../../src/hant/mirror-site.ts';
import { switchLinkHtml } from '../../../src/lib/switch-link.ts';

const out = mkdtempSync(join(tmpdir(), 'huabei-kb-mirror-'));
// Pages of no real content: no answer pages cut from these topic pages (tests/e2e/hant.spec.ts covers those).
const answerPages = false;
afterAll(() => rmSync(out, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), text);
}

const page = (path: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>花呗</title><link rel="stylesheet" href="/kb/_astro/a.css"></head><body>${switchLinkHtml('hant', `/kb/zh-hant/${path}`)}${body}</body></html>`;

write('index.html', page('', '<a href="/kb/topics/theft/">盗用</a><a href="/kb/sitemap.xml">地图</a>'));
write('topics/theft/index.html', page('topics/theft/', '<a href="/kb/">首页</a><a href="../../">首页</a>'));
write('404.html', page('', '<p>找不到这个页面</p>'));
write('_astro/a.css', 'body{}');
write('pagefind/ui.html', '<p>not a page</p>');
write('sitemap.xml', '<urlset/>');

test('the pages of a build: HTML files outside asset folders', async () => {
  expect(await simplifiedPages(out)).toEqual(['404.html', 'index.html', 'topics/theft/index.html']);
  expect(urlPathOf('topics/theft/index.html', '/kb/')).toBe('/kb/topics/theft/');
  expect(urlPathOf('404.html', '/')).toBe('/404.html');
});

test('every page gets its Traditional twin under zh-hant/, links and switch included', async () => {
  const report = await mirrorSite({ outDir: out, base: '/kb/', site: 'http://site.test', answerPages });
  expect(report.pages).toBe(3);
  const twin = readFileSync(join(out, 'zh-hant/topics/theft/index.html'), 'utf8');
  expect(twin).toContain('<html lang="zh-Hant">');
  expect(twin).toContain('<a href="/kb/zh-hant/">首頁</a><a href="../../">首頁</a>');
  expect(twin).toContain('href="/kb/_astro/a.css"');
  expect(twin).toContain(switchLinkHtml('hans', '/kb/topics/theft/'));
  expect(readFileSync(join(out, 'zh-hant/index.html'), 'utf8')).toContain('<a href="/kb/zh-hant/topics/theft/">盜用</a><a href="/kb/sitemap.xml">地圖</a>');
  expect(readFileSync(join(out, 'zh-hant/404.html'), 'utf8')).toContain('找不到這個頁面');
  expect(existsSync(join(out, 'zh-hant/pagefind'))).toBe(false);
  // A second build over the same output does not mirror the mirror.
  expect((await mirrorSite({ outDir: out, base: '/kb/', answerPages })).pages).toBe(3);
});

test('worker threads write the same twins as one thread, and report what they converted', async () => {
  const single = readFileSync(join(out, 'zh-hant/topics/theft/index.html'), 'utf8');
  const home = readFileSync(join(out, 'zh-hant/index.html'), 'utf8');
  rmSync(join(out, 'zh-hant'), { recursive: true });
  const seen: unknown[] = [];
  const report = await mirrorSite({ outDir: out, base: '/kb/', site: 'http://site.test', workers: 2, addForms: (counts) => seen.push(...counts), answerPages });
  expect(report.pages).toBe(3);
  expect(readFileSync(join(out, 'zh-hant/topics/theft/index.html'), 'utf8')).toBe(single);
  expect(readFileSync(join(out, 'zh-hant/index.html'), 'utf8')).toBe(home);
  expect(report.converter.stats.misses).toBeGreaterThan(0);
  expect(seen).toContainEqual(['页', [['頁', expect.any(Number)]]]);
});
