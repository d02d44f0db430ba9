// Answer pages cut from their topic page (src/answer-pages/): a small topic page in the markup of the site's
// components, and what a reader of /a/<id>/ gets from it, in both scripts.
import { describe, expect, test } from 'vitest';
import { answerPageHtml } from '../../src/answer-pages/answer-page.ts';
import { cutMarks } from '../../src/lib/cut-marks.ts';
import { hantAnswerPageHtml } from '../../src/answer-pages/hant.ts';
import { readTemplatePage, sectionsOf } from '../../src/answer-pages/template-page.ts';
import { createConverter } from '../../src/hant/convert.ts';
import { mirrorHtml } from '../../src/hant/mirror-html.ts';
import { mirrorRules } from '../../src/hant/mirror-site.ts';
import { switchLinkHtml } from '../../src/lib/switch-link.ts';
import { breadcrumbsHtml } from '../../src/lib/navigation-html.ts';
import { pageHeadHtml } from '../../src/lib/page-head.ts';
import { siteModel, type Article } from '../../src/lib/site-model.ts';
import { siteUrls } from '../../src/lib/site-urls.ts';

const urls = siteUrls('/', 'https://kb.test');

const answers = [
  { id: 'why', title: '为什么会被爆通讯录', level: 2, excerpt: '原因 <说明>', question: true },
  { id: 'law', title: '法律怎么说', level: 3, excerpt: '法律', question: false },
  { id: 'what-now', title: '现在怎么办 & 下一步', level: 2, excerpt: '步骤', question: true },
];
const article = {
  id: 'exposure',
  data: {
    topic: 'exposure',
    title: '标题',
    answers,
    source: { file: '001.txt', site: null, author: '作者甲', published: '2024-11-19', script: 'hans' },
    edits: [{ find: '措', replace: '措施', gap: false, count: 1, reason: '补字' }],
  },
} as unknown as Article;
const nextArticle = { id: 'visits', data: { ...article.data, topic: 'visits', source: { ...article.data.source, file: '002.txt' }, answers: [{ id: 'visit', title: '上门', level: 2, excerpt: '上门', question: false }] } } as unknown as Article;
const content = siteModel({
  topics: [
    { id: 'exposure', data: { id: 'exposure', name: '爆通讯录', description: '简介', order: 1 } },
    { id: 'visits', data: { id: 'visits', name: '上门催收', description: '简介', order: 2 } },
  ],
  articles: [article, nextArticle],
  permalinks: { why: { topic: 'exposure' }, law: { topic: 'exposure' }, 'what-now': { topic: 'exposure' }, visit: { topic: 'visits' }, 'old-why': { topic: 'exposure', aliasOf: 'why' } },
});

/** An answer section as AnswerHeading and Section render it on a topic page (one level below the MDX). */
const section = (id: string, level: number, title: string, text: string, aliases: string[] = []) =>
  `${cutMarks.sectionStart(id)}<div class="answer"><div class="answer-heading">${aliases.map((a) => `<span class="alias-anchor" id="${a}"></span>`).join('')}<h${level + 1} id="${id}">${title}</h${level + 1}><span class="heading-tools" data-pagefind-ignore><a class="anchor-link" href="#${id}" aria-label="链接到「${title}」">#</a></span></div><p>${text}</p></div>${cutMarks.sectionEnd}`;

const topicHtml = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
  cutMarks.headStart,
  pageHeadHtml({ title: '爆通讯录', description: '简介', canonical: 'https://kb.test/topics/exposure/', alternates: urls.alternatesOf('/topics/exposure/'), ogType: 'article', graph: [] }),
  cutMarks.headEnd,
  '<script type="module" src="/_astro/page.js"></script></head><body><header class="site-header"><a class="site-name" href="/">花呗逾期知识库</a>',
  cutMarks.switchStart,
  switchLinkHtml('hant', '/zh-hant/topics/exposure/'),
  cutMarks.switchEnd,
  '</header><main id="page_main" class="page" tabindex="-1">',
  cutMarks.mainStart,
  breadcrumbsHtml([{ label: '首页', href: '/' }, { label: '爆通讯录' }]),
  '<h1>爆通讯录</h1><article class="article" aria-labelledby="article_exposure"><header class="article-header"><h2 id="article_exposure">标题</h2></header>',
  cutMarks.textStart('exposure'),
  '\n',
  `${cutMarks.sectionStart(undefined)}<div class="answer"><p>引言，没有标题。</p></div>${cutMarks.sectionEnd}\n`,
  section('why', 2, '为什么会被爆通讯录', '因为逾期了。', ['old-why']),
  '\n',
  section('law', 3, '法律怎么说', '个人信息受保护，&lt;不可&gt;泄露。'),
  '\n',
  section('what-now', 2, '现在怎么办 &amp; 下一步', '协商还款。'),
  cutMarks.textEnd('exposure'),
  '<footer class="article-footer" data-pagefind-ignore>',
  cutMarks.sourceStart('exposure'),
  '<section class="source-box" id="source_exposure" aria-labelledby="source_exposure_title" data-pagefind-ignore><h3 id="source_exposure_title">来源与说明</h3><dl><dt>作者</dt><dd>作者甲</dd></dl>',
  '<details class="edit-list"><summary>补回的字词（1 处）</summary><ul><li>「措」→「措施」</li></ul></details><p class="disclaimer">信息仅供参考，不构成法律意见。</p></section>',
  cutMarks.sourceEnd('exposure'),
  '</footer></article>',
  '<nav class="pager" aria-label="其他话题"></nav>',
  cutMarks.toolsStart,
  '<p id="copy_status" class="copy-status" role="status"></p></main><footer class="site-footer"><p>本站不使用 Cookie。</p></footer></body></html>',
].join('');

const topicPage = readTemplatePage('topics/exposure/index.html', topicHtml, ['exposure']);
const pageOf = (id: string) => answerPageHtml(topicPage, content.answerById.get(id)!, content, urls);
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('an answer page cut from its topic page', () => {
  test('carries none of the cut marks of its topic page', () => {
    for (const answer of content.answersOf('exposure')) expect(pageOf(answer.id)).not.toContain('<!--kb:');
  });

  test('shows the answer and the answers it owns, the first as the page h1 without a link to itself', () => {
    const html = pageOf('why');
    expect(html).toContain('<h1 id="why">为什么会被爆通讯录</h1><span class="heading-tools" data-pagefind-ignore></span>');
    expect(html).toContain('<h2 id="law">法律怎么说</h2><span class="heading-tools" data-pagefind-ignore><a class="anchor-link" href="#law"');
    expect(html).toContain('<span class="alias-anchor" id="old-why"></span>');
    expect(html).toContain('&lt;不可&gt;泄露');
    expect(html).not.toContain('引言');
    expect(html).not.toContain('协商还款');
  });

  test('leaves out the other sections, keeping the text between them as the MDX renders it', () => {
    const html = pageOf('what-now');
    expect(html).toContain('<article class="article answer-page">\n\n\n\n<div class="answer"><div class="answer-heading"><h1 id="what-now">现在怎么办 &amp; 下一步</h1>');
    expect(html).not.toContain('因为逾期了');
  });

  test('has a head of its own: title, description, canonical URL, alternates and JSON-LD', () => {
    const html = pageOf('what-now');
    expect(html).toContain('<title>现在怎么办 &amp; 下一步｜花呗逾期知识库</title>');
    expect(html).toContain('<meta name="description" content="步骤">');
    expect(html).toContain('<link rel="canonical" href="https://kb.test/a/what-now/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-Hant" href="https://kb.test/zh-hant/a/what-now/">');
    expect(html).toContain('"@type":"Article","headline":"现在怎么办 & 下一步"');
    expect(html).toContain('"author":{"@type":"Person","name":"作者甲"}');
    expect(html).not.toContain('https://kb.test/topics/exposure/"><link rel="alternate"');
    expect(pageOf('why')).toContain('<meta name="description" content="原因 <说明>">');
    // What the topic page shares with it stays: its page script.
    expect(html).toContain('<script type="module" src="/_astro/page.js"></script>');
  });

  test('leads to its own Traditional twin, its place in the topic, its source and its neighbours across topics', () => {
    const html = main(pageOf('what-now'));
    expect(pageOf('what-now')).toContain(switchLinkHtml('hant', '/zh-hant/a/what-now/'));
    expect(html).toContain(breadcrumbsHtml([{ label: '首页', href: '/' }, { label: '爆通讯录', href: '/topics/exposure/' }, { label: '现在怎么办 & 下一步' }]));
    expect(html).toContain('<p class="read-in-topic"><a href="/topics/exposure/#what-now">在完整文章中阅读</a>（爆通讯录）</p>');
    expect(html).toContain('<h2 id="source_exposure_title">来源与说明</h2>');
    expect(html).toContain('<p><a href="/topics/exposure/#source_exposure">逐条查看补回的字词</a></p><p class="disclaimer">');
    expect(html).not.toContain('edit-list');
    expect(html).toContain('<a class="pager-prev" href="/a/law/" rel="prev">');
    expect(html).toContain('<a class="pager-next" href="/a/visit/" rel="next">');
    expect(html).toContain('<p id="copy_status" class="copy-status" role="status"></p>');
  });

  test('its Traditional twin, cut from the topic page twin, is the mirror of the Simplified answer page', async () => {
    const pages = new Set(['topics/exposure/index.html', 'topics/visits/index.html', 'a/why/index.html', 'a/law/index.html', 'a/what-now/index.html', 'a/visit/index.html', 'index.html']);
    const rules = mirrorRules({ base: '/', site: 'https://kb.test', pages }, createConverter());
    const twin = readTemplatePage('zh-hant/topics/exposure/index.html', await mirrorHtml(topicHtml, rules('/topics/exposure/')), ['exposure']);
    for (const answer of content.answersOf('exposure')) {
      const cut = await hantAnswerPageHtml(twin, answer, content, urls, (html, path) => mirrorHtml(html, rules(path)));
      expect(cut).toBe(await mirrorHtml(pageOf(answer.id), rules(`/a/${answer.id}/`)));
      expect(cut).toContain('<html lang="zh-Hant">');
      expect(cut).toContain(switchLinkHtml('hans', `/a/${answer.id}/`));
    }
  });
});

describe('reading a topic page', () => {
  test('sections are found at their cut marks, whatever their markup', () => {
    const html = `x${cutMarks.sectionStart('a')}<div class="answer"><h3 id="a">A</h3><div><p>1</p></div></div>${cutMarks.sectionEnd}\n${cutMarks.sectionStart(undefined)}<section><p>2</p></section>${cutMarks.sectionEnd}y`;
    expect(sectionsOf({ file: 'f', html }, 1, html.length - 1).map((s) => [s.id, html.slice(s.start, s.end)])).toEqual([
      ['a', '<div class="answer"><h3 id="a">A</h3><div><p>1</p></div></div>'],
      [undefined, '<section><p>2</p></section>'],
    ]);
  });

  test('a missing cut mark is an error naming the page, the mark and the component that writes it', () => {
    const open = `${cutMarks.sectionStart('a')}<div class="answer"><p>1</p></div>`;
    expect(() => sectionsOf({ file: 'topics/t/index.html', html: open }, 0, open.length)).toThrow(/topics\/t\/index\.html: .*Section\.astro/);
    expect(() => readTemplatePage('topics/t/index.html', topicHtml.replace(cutMarks.mainStart, ''), ['exposure'])).toThrow(/kb:main.*BaseLayout\.astro/);
    expect(() => readTemplatePage('topics/t/index.html', topicHtml, ['other'])).toThrow(/topics\/t\/index\.html: no cut mark .*text other.*TopicArticle\.astro/);
  });

  test('a change to the markup around the marks does not move the cut', () => {
    const restyled = topicHtml.replace('<main id="page_main" class="page" tabindex="-1">', '<main class="page wide" id="page_main" tabindex="-1" data-x>');
    const page = readTemplatePage('topics/exposure/index.html', restyled, ['exposure']);
    expect(main(answerPageHtml(page, content.answerById.get('why')!, content, urls))).toBe(main(pageOf('why')).replace('<main id="page_main" class="page" tabindex="-1">', '<main class="page wide" id="page_main" tabindex="-1" data-x>'));
  });
});
