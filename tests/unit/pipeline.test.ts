// A sixth article and a hostile one go through the whole pipeline: normalize, then astro build.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse5Tokens, scanTokens } from '../../src/hant/html-tokens.ts';
import { buildSite, copyContent, normalize, removeCopies } from '../support/fixture-content.ts';
import { htmlText } from '../support/html-text.ts';
import { answerPagesOf, mirrorOfBuild } from '../support/mirror-of.ts';
import { readArticles } from '../e2e/support/content.ts';
import { tokensOf, type HtmlToken } from '../e2e/support/html-tokens.ts';

let content: string;
let dist: string;

beforeAll(() => {
  content = copyContent([
    'tests/fixtures/sixth-article/006_fixture.txt',
    'tests/fixtures/sixth-article/006_fixture.yaml',
    'tests/fixtures/hostile/007_hostile.txt',
    'tests/fixtures/hostile/007_hostile.yaml',
  ]);
  const run = normalize(content);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  dist = build.dist;
}, 180_000);

afterAll(removeCopies);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a sixth article needs only its raw file and metadata', () => {
  test('normalize writes it and registers its answer ids', () => {
    expect(existsSync(join(content, 'articles', 'negotiation-tips.mdx'))).toBe(true);
    const permalinks = JSON.parse(readFileSync(join(content, 'permalinks.json'), 'utf8'));
    expect(permalinks['fixture-verify-amount']).toEqual({ topic: 'legal-affairs' });
    expect(permalinks['fixture-keep-records']).toEqual({ topic: 'legal-affairs' });
  });

  test('its own page shows it, in Simplified, with its answers linkable', () => {
    const html = page('topics/legal-affairs/negotiation-tips');
    const text = htmlText(html);
    expect(text).toContain('花呗逾期后协商还款的注意事项');
    expect(text).toContain('随着越来越多的使用者选择分期');
    expect(text).toContain('作为维权证据');
    expect(html).toMatch(/id="fixture-verify-amount"/);
    expect(html).toMatch(/id="fixture-keep-records"/);
    for (const chrome of ['某某新闻网 >', '精彩评论', '頭像', '来源:测试编辑']) expect(text).not.toContain(chrome);
  });

  test('its topic page keeps the article named after the topic, and leads to the new one', () => {
    const html = page('topics/legal-affairs');
    expect(html).toContain('href="/topics/legal-affairs/negotiation-tips/"');
    expect(htmlText(html)).not.toContain('随着越来越多的使用者选择分期');
    // The named article's answers stay where their links were published.
    const named = readArticles(content).find((a) => a.page === '/topics/legal-affairs/')!;
    expect(named.answers.length).toBeGreaterThan(0);
    for (const { id } of named.answers) expect(html).toContain(`id="${id}"`);
  });
});

describe('source text is data, never code', () => {
  test('hostile characters arrive as the same visible characters', () => {
    const html = page('topics/contact-exposure/hostile');
    const text = htmlText(html);
    for (const literal of [
      '<script>alert("xss")</script> 和 {1+1} 和 {props.show} 都应原样显示。',
      "import fs from 'node:fs'",
      'export const pwned = 1',
      '> 这不是引用',
      '- 这不是列表',
      '1) 这不是编号',
      '*星号* _下划线_ # 井号 \\ 反斜杠 `代码` [链接](http://example.com) &amp; &lt;b&gt; $x$ ~删~ | 竖线 <!-- 注释 --> </Section> {/* 注释 */}',
      '标签<b>:{x}列表项内容',
      '标题 {#evil} <i>斜体</i> *星* #',
    ]) {
      expect(text).toContain(literal);
    }
  });

  test('nothing was evaluated or turned into markup', async () => {
    const html = page('topics/contact-exposure/hostile');
    // Read as the browser reads it: source text may stand in text or in an attribute (a link's aria-label), but
    // never as an element of its own.
    const tokens = await tokensOf(html);
    const elements = (tag: string) => tokens.flatMap((t, i) => (t.kind === 'start' && t.tag === tag ? [{ attrs: t.attrs, text: textAfter(tokens, i) }] : []));
    expect(elements('script').filter((e) => e.text.includes('alert'))).toEqual([]);
    expect(elements('i').filter((e) => e.text.startsWith('斜体'))).toEqual([]);
    expect(elements('b').filter((e) => e.text.startsWith('粗体'))).toEqual([]);
    expect(elements('blockquote').filter((e) => e.text.startsWith('这不是引用'))).toEqual([]);
    expect(elements('a').filter((e) => e.attrs['href'] === 'http://example.com')).toEqual([]);
    expect(htmlText(html)).not.toContain('和 2 和');
    const ids = tokens.flatMap((t) => (t.kind === 'start' && t.attrs['id'] ? [t.attrs['id']] : []));
    expect(ids).toContain('hostile-heading');
    expect(ids).not.toContain('evil');
  });
});

describe('answer pages, cut from the pages of their articles after the build', () => {
  test('the page of the hostile answer shows its literal text, as its article\'s page does', () => {
    const text = htmlText(page('a/hostile-heading'));
    expect(text).toContain('标题 {#evil} <i>斜体</i> *星* #');
    expect(text).toContain('<script>alert("xss")</script> 和 {1+1} 和 {props.show} 都应原样显示。');
  });

  test('every Traditional answer page is what the mirror makes of its Simplified page', async () => {
    const mirror = await mirrorOfBuild(dist, 'http://localhost:4321');
    const files = answerPagesOf(dist);
    expect(files).toContain('a/hostile-heading/index.html');
    for (const file of files) expect(readFileSync(join(dist, 'zh-hant', file), 'utf8'), file).toBe(await mirror(file));
  });
});

test('the mirror reads every page of the build with its own scan, token for token as parse5 reads it', async () => {
  const files = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(100);
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    // A page the scan gave up on would still mirror right (through parse5), only slower: none of the site's may.
    expect(scanTokens(html), file).toEqual(await parse5Tokens(html));
  }
});

/** The first words after start token `i` (its element's first non-blank text), trimmed. */
function textAfter(tokens: readonly HtmlToken[], i: number): string {
  const next = tokens.slice(i + 1).find((t) => t.kind === 'text' && t.text.trim() !== '');
  return next?.kind === 'text' ? next.text.trim() : '';
}

test('broken frontmatter in a generated article fails the build, naming the entry', () => {
  const broken = copyContent();
  const file = join(broken, 'articles', 'theft.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('restoredCount: 12', 'restoredCount: "twelve"'));
  const build = buildSite(broken);
  expect(build.status).not.toBe(0);
  // The `articles` collection checks what it compiles; the site-wide pages check every article's frontmatter
  // themselves (src/lib/article-files.ts), naming the file as well.
  expect(build.output).toMatch(/articles → theft/);
  expect(build.output).toMatch(/content\/articles\/theft\.mdx/);
  expect(build.output).toMatch(/restoredCount/);
}, 120_000);
