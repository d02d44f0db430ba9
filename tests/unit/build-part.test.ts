// A large site is built in parts (scripts/build.ts): which topics a part renders, and what the merge keeps.
import { describe, expect, test } from 'vitest';
import { mergeAction, parseBuildPart, topicsOfPart, wholeSite, writesSiteWidePages } from '../../src/scale/build-part.ts';

const topics = (counts: number[]) => counts.map((articles, i) => ({ id: `t${i}`, articles }));
const partsOf = (list: ReturnType<typeof topics>, count: number) =>
  Array.from({ length: count }, (_, i) => [...topicsOfPart(list, { index: i + 1, count })]);

describe('parseBuildPart', () => {
  test('no KB_BUILD_PART is the whole site', () => {
    expect(parseBuildPart(undefined)).toEqual(wholeSite);
    expect(parseBuildPart('')).toEqual(wholeSite);
  });
  test('reads index/count', () => expect(parseBuildPart('2/8')).toEqual({ index: 2, count: 8 }));
  test('part 0 is the part of the site-wide pages', () => expect(parseBuildPart('0/8')).toEqual({ index: 0, count: 8 }));
  test.each(['3/2', '2', 'a/b', '1/0', '-1/2'])('"%s" fails, saying what is expected', (value) => {
    expect(() => parseBuildPart(value)).toThrow(/index\/count/);
  });
});

describe('topicsOfPart', () => {
  test('every topic lands in exactly one part, parts in reading order', () => {
    const list = topics([4, 1, 7, 2, 2, 5, 3, 4, 4, 1]);
    const parts = partsOf(list, 3);
    expect(parts.flat()).toEqual(list.map((t) => t.id));
  });
  test('parts hold about equal numbers of articles', () => {
    const list = topics(Array.from({ length: 2500 }, (_, i) => 3 + (i % 3)));
    const sizes = partsOf(list, 7).map((ids) => ids.reduce((sum, id) => sum + list.find((t) => t.id === id)!.articles, 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    for (const size of sizes) expect(Math.abs(size - total / 7)).toBeLessThanOrEqual(5);
  });
  test('five topics of one article each in three parts: none empty', () => {
    expect(partsOf(topics([1, 1, 1, 1, 1]), 3)).toEqual([['t0', 't1'], ['t2'], ['t3', 't4']]);
  });
  test('one part is every topic', () => expect([...topicsOfPart(topics([1, 2]), wholeSite)]).toEqual(['t0', 't1']));
  test('the part of the site-wide pages renders no topic', () => expect(topicsOfPart(topics([1, 2, 3]), { index: 0, count: 2 }).size).toBe(0));
});

describe('writesSiteWidePages', () => {
  test('the whole site, or part 0 of a build in parts', () => {
    expect(writesSiteWidePages(wholeSite)).toBe(true);
    expect(writesSiteWidePages({ index: 0, count: 3 })).toBe(true);
    for (const index of [1, 2, 3]) expect(writesSiteWidePages({ index, count: 3 })).toBe(false);
  });
});

describe('mergeAction', () => {
  test('part 0 keeps everything, assets included', () => {
    expect(mergeAction('index.html', 0)).toBe('keep');
    expect(mergeAction('search/data.json', 0)).toBe('keep');
    expect(mergeAction('topics/page/2/index.html', 0)).toBe('keep');
    expect(mergeAction('_astro/entry-abc.js', 0)).toBe('asset');
  });
  test('a part of topics adds its topic and answer pages and its assets, and drops its copies of site-wide files', () => {
    expect(mergeAction('topics/theft/index.html', 2)).toBe('keep');
    expect(mergeAction('a/theft-by-others/index.html', 2)).toBe('keep');
    expect(mergeAction('_astro/BaseLayout.x.css', 2)).toBe('asset');
    expect(mergeAction('a/theft-by-others/index.html', 1)).toBe('keep');
    for (const path of ['index.html', '404.html', 'search/index.html', 'search/data.json', 'sitemap.xml', 'robots.txt', '_headers', 'topics/page/2/index.html']) {
      expect(mergeAction(path, 2), path).toBe('drop');
    }
  });
});
