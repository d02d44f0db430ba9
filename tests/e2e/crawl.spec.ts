// Checks of the built files themselves (dist/), as a crawler or a strict Content-Security-Policy sees them.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readAnswers, siteUrl } from './support/content.ts';
import { crawlBuild, htmlFiles } from './support/crawl.ts';

const dist = 'dist';
const pages = htmlFiles(dist).map((file) => ({ file, html: readFileSync(file, 'utf8') }));

test('a crawl of dist/ finds no broken link or anchor', () => {
  const report = crawlBuild(dist, { base: '/', site: siteUrl });
  expect(report.problems).toEqual([]);
  // Home, the topics, an answer page per id, search, 404: a crawl that saw less proves nothing.
  expect(report.pages).toBeGreaterThanOrEqual(readAnswers().length + 8);
  expect(report.links).toBeGreaterThan(report.pages * 10);
});

test('every page has lang, title, description, Open Graph and well-formed JSON-LD', () => {
  for (const { file, html } of pages) {
    // The Traditional twins (dist/zh-hant/) say so; tests/e2e/hant.spec.ts checks them further.
    const [lang, locale] = file.startsWith(`${dist}/zh-hant/`) ? ['zh-Hant', 'zh_TW'] : ['zh-CN', 'zh_CN'];
    expect(html, file).toContain(`<html lang="${lang}">`);
    expect(html, file).toMatch(/<title>[^<]+<\/title>/);
    expect(html, file).toMatch(/<meta name="description" content="[^"]+">/);
    expect(html, file).toContain(`<meta property="og:locale" content="${locale}">`);
    expect(html, file).toMatch(/<meta property="og:title" content="[^"]+">/);
    if (!file.endsWith('404.html')) expect(html, file).toMatch(new RegExp(`<link rel="canonical" href="${siteUrl}/[^"]*">`));
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(ld.length, file).toBe(1);
    expect(JSON.parse(ld[0]![1]!)['@graph'].length, file).toBeGreaterThan(0);
  }
});

test('the pages of articles carry Article JSON-LD, and FAQPage where their headings are questions', () => {
  const questionPages = new Set(readAnswers().filter((a) => a.question).map((a) => a.page));
  for (const { file, html } of pages.filter((p) => p.file.includes('/topics/'))) {
    const graph = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!)['@graph'] as { '@type': string }[];
    const types = graph.map((t) => t['@type']);
    expect(types, file).toContain('Article');
    const path = file.slice(dist.length).replace(/^\/zh-hant/, '').replace(/index\.html$/, '');
    expect(types.includes('FAQPage'), file).toBe(questionPages.has(path));
  }
});

test('no page has an inline script or event handler (ready for script-src without unsafe-inline)', () => {
  for (const { file, html } of pages) {
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      expect(/\bsrc="/.test(m[1]!) || m[1]!.includes('type="application/ld+json"'), `${file}: <script${m[1]}>`).toBe(true);
    }
    expect(html, file).not.toMatch(/\son[a-z]+="/);
  }
});

test('only the pages of articles are indexed for search, each with its topic as filter and meta', () => {
  for (const { file, html } of pages) {
    const bodies = [...html.matchAll(/<[a-z]+ [^>]*data-pagefind-body[^>]*>/g)].map((m) => m[0]);
    if (!file.includes('/topics/')) {
      expect(bodies, file).toEqual([]);
      continue;
    }
    expect(bodies.length, file).toBeGreaterThan(0);
    for (const tag of bodies) expect(tag, file).toMatch(/data-pagefind-filter="topic:[^"]+" data-pagefind-meta="topic:[^"]+"/);
  }
});
