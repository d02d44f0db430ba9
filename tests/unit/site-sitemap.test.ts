import { describe, expect, test, vi } from 'vitest';
import { partPaths, sitemapIndex, sitemapParts, urlset, urlsPerSitemap } from '../../src/lib/sitemap.ts';
import { listedTopics, topicIndexPages, topicsPerIndexPage } from '../../src/lib/topic-listing.ts';

// The site URL the build would get from SITE_URL (astro.config.mjs).
vi.stubEnv('SITE', 'https://kb.example.org');

const paths = (n: number) => Array.from({ length: n }, (_, i) => `/a/answer-${i}/`);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe('sitemap', () => {
  test('a site within the protocol limit has one sitemap, each page in both scripts', () => {
    expect(sitemapParts(urlsPerSitemap / 2)).toBe(0);
    const xml = urlset(paths(2));
    expect(locs(xml)).toEqual([
      'https://kb.example.org/a/answer-0/',
      'https://kb.example.org/zh-hant/a/answer-0/',
      'https://kb.example.org/a/answer-1/',
      'https://kb.example.org/zh-hant/a/answer-1/',
    ]);
  });

  test('a larger site gets an index of parts, each within the limit, together listing every page once', () => {
    const all = paths(urlsPerSitemap + 7);
    const parts = sitemapParts(all.length);
    expect(parts).toBe(3);
    expect(locs(sitemapIndex(parts))).toEqual(['https://kb.example.org/sitemap-1.xml', 'https://kb.example.org/sitemap-2.xml', 'https://kb.example.org/sitemap-3.xml']);
    const listed = Array.from({ length: parts }, (_, i) => partPaths(all, i + 1));
    for (const part of listed) expect(part.length * 2).toBeLessThanOrEqual(urlsPerSitemap);
    expect(listed.flat()).toEqual(all);
  });
});

describe('topic listing', () => {
  test('a site whose pages can list every topic has no topic index; a larger one has enough pages for all', () => {
    expect(topicIndexPages(listedTopics)).toBe(0);
    expect(topicIndexPages(listedTopics + 1)).toBe(1);
    expect(topicIndexPages(2504)).toBe(Math.ceil(2504 / topicsPerIndexPage));
  });
});
