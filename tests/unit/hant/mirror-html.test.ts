import { describe, expect, test } from 'vitest';
import { createConverter } from '../../../src/hant/convert.ts';
import { mirrorHtml, type MirrorRules } from '../../../src/hant/mirror-html.ts';
import { switchLinkHtml } from '../../../src/lib/switch-link.ts';

const convert = createConverter();
const link = (url: string) => url.replace(/^(http:\/\/site\.test)?\/(topics|a|search)\//, '$1/zh-hant/$2/');
const rules: MirrorRules = { convert, link, switchBack: (href) => switchLinkHtml('hans', href.replace('/zh-hant/', '/')) };

// Shaped like the site's pages: head with metas and JSON-LD, the switch, an article with restored words.
const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>上门催收｜花呗逾期知识库</title>
<meta name="description" content="遇到上门催收时如何核实身份。"><link rel="canonical" href="http://site.test/topics/home-visits/">
<link rel="alternate" hreflang="zh-Hant" href="http://site.test/zh-hant/topics/home-visits/"><meta property="og:locale" content="zh_CN">
<meta property="og:url" content="http://site.test/topics/home-visits/"><meta property="og:title" content="上门催收"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"上门催收","url":"http://site.test/topics/home-visits/","inLanguage":"zh-CN","name":"\\u003c/script> 后"}]}</script>
<script type="module" src="/_astro/page.js"></script><style>.后{content:"发"}</style><link rel="stylesheet" href="/_astro/page.css"></head>
<body><header><a class="site-name" href="/">花呗逾期知识库</a>${switchLinkHtml('hant', '/zh-hant/topics/home-visits/')}</header>
<main id="page_main"><article class="article" data-pagefind-body data-pagefind-filter="topic:上门催收" data-answer="后来">
<h3 id="verify-identity">核实<ins class="restored" title="编者补回的字词：原网页的过滤删去了「催收」">催收</ins>人员身份</h3>
<p>剪了头<ins class="restored" title="补回">发</ins>以后<img src="/后.png" alt="头发"><span aria-label="里面">这里</span></p>
<p>代码<code>var 后 = 1</code>和<pre>发</pre><span lang="zh-Hans">简体</span><span lang="en">English 后</span></p>
<nav aria-label="网站导航"><a href="/topics/theft/#后">盗用</a><a href="#verify-identity">本页</a><a href="https://other.test/topics/theft/">别处</a></nav>
<form action="/search/" method="get"><input name="q" placeholder="搜索，例如：上门催收"></form>
<template id="copy_link"><button type="button" class="copy-link">复制链接</button></template></article></main></body></html>`;

describe('the Traditional twin of a page', async () => {
  const twin = await mirrorHtml(page, rules);

  test('the page says it is Traditional: lang, og:locale, JSON-LD inLanguage', () => {
    expect(twin).toContain('<html lang="zh-Hant">');
    expect(twin).toContain('<meta property="og:locale" content="zh_TW">');
    expect(twin).toContain('"inLanguage":"zh-Hant"');
  });

  test('text, titles and descriptive metas are converted; restored-word marks keep their markup', () => {
    expect(twin).toContain('<title>上門催收｜花唄逾期知識庫</title>');
    expect(twin).toContain('<meta name="description" content="遇到上門催收時如何核實身份。">');
    expect(twin).toContain('<meta property="og:title" content="上門催收">');
    expect(twin).toContain('核實<ins class="restored" title="編者補回的字詞：原網頁的過濾刪去了「催收」">催收</ins>人員身份');
    expect(twin).toContain('placeholder="搜索，例如：上門催收"');
    expect(twin).toContain('<span aria-label="裡面">這裡</span>');
    expect(twin).toContain('<button type="button" class="copy-link">複製鏈接</button>');
  });

  test('a word split by a mark is converted as one word (头<ins>发</ins> is hair: 髮, not 發)', () => {
    expect(twin).toContain('剪了頭<ins class="restored" title="補回">髮</ins>以後');
    expect(twin).toContain('alt="頭髮"');
  });

  test('code, styles, scripts, ids, classes, data-*, src and other languages stay byte for byte', () => {
    for (const kept of [
      '<code>var 后 = 1</code>',
      '<pre>发</pre>',
      '<style>.后{content:"发"}</style>',
      '<span lang="zh-Hans">简体</span>',
      '<span lang="en">English 后</span>',
      'data-pagefind-filter="topic:上门催收" data-answer="后来"',
      'src="/后.png"',
      '<script type="module" src="/_astro/page.js"></script>',
      'href="/_astro/page.css"',
      'id="verify-identity"',
      'href="#verify-identity"',
      'href="https://other.test/topics/theft/"',
      '<meta name="twitter:card" content="summary">',
    ]) {
      expect(twin).toContain(kept);
    }
  });

  test('links to the site’s pages lead to their twins; alternates keep their variant', () => {
    expect(twin).toContain('<link rel="canonical" href="http://site.test/zh-hant/topics/home-visits/">');
    expect(twin).toContain('<meta property="og:url" content="http://site.test/zh-hant/topics/home-visits/">');
    expect(twin).toContain('<link rel="alternate" hreflang="zh-Hant" href="http://site.test/zh-hant/topics/home-visits/">');
    expect(twin).toContain('href="/zh-hant/topics/theft/#后"');
    expect(twin).toContain('action="/zh-hant/search/"');
    expect(twin).toContain('"url":"http://site.test/zh-hant/topics/home-visits/"');
  });

  test('the switch to Traditional becomes the switch back to Simplified', () => {
    expect(twin).toContain(switchLinkHtml('hans', '/topics/home-visits/'));
    expect(twin).not.toContain('data-variant="hant"');
  });

  test('JSON-LD is converted string by string and stays safe inside <script>', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(twin)![1]!;
    expect(json).toContain('"name":"\\u003c/script> 後"');
    expect(JSON.parse(json)['@graph'][0].headline).toBe('上門催收');
    expect(JSON.parse(json)['@context']).toBe('https://schema.org');
  });
});

test('with nothing to convert or move, the twin is the page byte for byte', async () => {
  // The page in English, without the switch: no rule applies, so no byte may change.
  const english = page.replace('lang="zh-CN"', 'lang="en"').replace('zh_CN', 'en').replace('"inLanguage":"zh-CN",', '').replace('data-variant="hant"', '');
  const identity: MirrorRules = { convert: (text) => text, link: (url) => url, switchBack: () => 'unused' };
  expect(await mirrorHtml(english, identity)).toBe(english);
});

test('attribute values are written back escaped, in any quoting', async () => {
  const twin = await mirrorHtml(`<p title='说"话"' aria-label=后></p>`, rules);
  expect(twin).toBe(`<p title='說&quot;話&quot;' aria-label=後></p>`);
});

test('invalid JSON-LD fails the build, naming the problem', async () => {
  await expect(mirrorHtml('<script type="application/ld+json">{oops</script>', rules)).rejects.toThrow(/JSON-LD/);
});
