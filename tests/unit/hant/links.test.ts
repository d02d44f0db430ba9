import { describe, expect, test } from 'vitest';
import { createLinkRewriter } from '../../../src/hant/links.ts';

const pages = new Set(['index.html', '404.html', 'topics/theft/index.html', 'a/theft-by-others/index.html', 'search/index.html']);

describe.each([
  { base: '/', root: '' },
  { base: '/kb/', root: '/kb' },
  { base: '/kb', root: '/kb' },
])('links of a Traditional page, base $base', ({ base, root }) => {
  const link = createLinkRewriter({ base, site: 'http://site.test', pages });
  const on = (url: string) => link(url, `${root}/topics/theft/`);

  test('a link to one of the site’s pages leads to its twin, keeping query and fragment', () => {
    expect(on(`${root}/`)).toBe(`${root}/zh-hant/`);
    expect(on(`${root}/topics/theft/#theft-remedies`)).toBe(`${root}/zh-hant/topics/theft/#theft-remedies`);
    expect(on(`${root}/search/?q=%E5%82%AC%E6%94%B6`)).toBe(`${root}/zh-hant/search/?q=%E5%82%AC%E6%94%B6`);
    expect(on(`http://site.test${root}/a/theft-by-others/`)).toBe(`http://site.test${root}/zh-hant/a/theft-by-others/`);
  });

  test('a URL template is kept as written (JSON-LD SearchAction)', () => {
    expect(on(`http://site.test${root}/search/?q={q}`)).toBe(`http://site.test${root}/zh-hant/search/?q={q}`);
  });

  test('assets, data, missing pages, fragments, other hosts and twins stay as they are', () => {
    for (const url of [
      `${root}/_astro/page.css`,
      `${root}/pagefind/pagefind.js`,
      `${root}/sitemap.xml`,
      `${root}/topics/no-such-topic/`,
      '#page_main',
      '',
      'data:,',
      'mailto:someone@example.org',
      'https://other.test/topics/theft/',
      '//other.test/topics/theft/',
      `${root}/zh-hant/topics/theft/`,
    ]) {
      expect(on(url), url).toBe(url);
    }
  });

  test('a relative link to a page stays relative (it lands on the twin); one to an asset is pinned', () => {
    expect(on('../../a/theft-by-others/')).toBe('../../a/theft-by-others/');
    expect(on('?page=2')).toBe('?page=2');
    expect(on('../../_astro/page.css')).toBe(`${root}/_astro/page.css`);
  });
});

test('a link outside the base path is not the site’s', () => {
  const link = createLinkRewriter({ base: '/kb/', site: 'http://site.test', pages });
  expect(link('/topics/theft/', '/kb/')).toBe('/topics/theft/');
});
