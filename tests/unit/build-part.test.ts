// A large site is built in parts (src/scale/parts.ts): which topics a part renders, and what the merge keeps.
import { describe, expect, test } from 'vitest';
import { mergeAction, parseBuildPart, topicsOfPart, wholeSite } from '../../src/scale/build-part.ts';
import { partCount, scaleOptions } from '../../src/scale/options.ts';

const topics = (counts: number[]) => counts.map((articles, i) => ({ id: `t${i}`, articles }));
const partsOf = (list: ReturnType<typeof topics>, count: number) =>
  Array.from({ length: count }, (_, i) => [...topicsOfPart(list, { index: i + 1, count })]);

describe('parseBuildPart', () => {
  test('no part is the whole site', () => {
    expect(parseBuildPart(undefined)).toEqual(wholeSite);
    expect(parseBuildPart('')).toEqual(wholeSite);
  });
  test('reads index/count', () => expect(parseBuildPart('2/8')).toEqual({ index: 2, count: 8 }));
  test.each(['3/2', '2', 'a/b', '1/0', '-1/2', '0/8'])('"%s" fails, saying what is expected', (value) => {
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
});

describe('mergeAction', () => {
  test('part 1 keeps everything, assets included', () => {
    expect(mergeAction('index.html', 1)).toBe('keep');
    expect(mergeAction('sitemap.xml', 1)).toBe('keep');
    expect(mergeAction('topics/page/2/index.html', 1)).toBe('keep');
    expect(mergeAction('_astro/entry-abc.js', 1)).toBe('asset');
  });
  test('a part of topics adds its topic, article and answer pages and its assets, and drops its copies of site-wide files', () => {
    expect(mergeAction('topics/theft/index.html', 2)).toBe('keep');
    expect(mergeAction('topics/theft/stolen-card-checklist/index.html', 2)).toBe('keep');
    expect(mergeAction('a/theft-by-others/index.html', 2)).toBe('keep');
    expect(mergeAction('_astro/BaseLayout.x.css', 2)).toBe('asset');
    expect(mergeAction('a/theft-by-others/index.html', 3)).toBe('keep');
    for (const path of ['index.html', '404.html', 'search/index.html', 'sitemap.xml', 'robots.txt', '_headers', 'topics/page/2/index.html']) {
      expect(mergeAction(path, 2), path).toBe('drop');
    }
  });
});

describe('scaleOptions', () => {
  test('defaults without the environment', () => {
    expect(scaleOptions({})).toMatchObject({ articlesPerPart: 1000, parallel: 2, shardSize: 1300, pagefindParallel: 1 });
  });
  test('reads each setting from its variable', () => {
    expect(scaleOptions({ KB_ARTICLES_PER_PART: '700', KB_BUILD_PARTS: '3', KB_PAGEFIND_SHARD_SIZE: '2' })).toMatchObject({ articlesPerPart: 700, parts: 3, shardSize: 2 });
  });
  test('a bad value names its variable', () => {
    expect(() => scaleOptions({ KB_BUILD_PARALLEL: 'two' })).toThrow(/KB_BUILD_PARALLEL="two"/);
    expect(() => scaleOptions({ KB_BUILD_PART: '2' })).toThrow(/KB_BUILD_PART="2".*index\/count/);
  });
});

describe('partCount', () => {
  const options = scaleOptions({});
  test('a small site is one part', () => expect(partCount(500, options)).toBe(1));
  test('from 500 articles, at least as many parts as lanes', () => expect(partCount(501, options)).toBe(2));
  test('parts that take several rounds fill every round, the search data taking one lane', () => {
    expect(partCount(10_000, options)).toBe(11);
    expect((partCount(10_000, options) + 1) % options.parallel).toBe(0);
  });
  test('KB_BUILD_PARTS forces a count', () => expect(partCount(5, scaleOptions({ KB_BUILD_PARTS: '3' }))).toBe(3));
});
