// The Traditional Chinese mirror (issue 6): every page has a twin at /zh-hant/<same path> that differs from it
// only in its text for readers (converted character for character), its links to the site's pages (now their
// twins) and what says which variant it is. Checked on the built files and in the browser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createConverter } from '../../src/hant/convert.ts';
import { answerPagesOf, mirrorOfBuild } from '../support/mirror-of.ts';
import { simplifiedOnlyIn } from '../support/simplified-only.ts';
import pitfalls from '../unit/hant/pitfalls.json' with { type: 'json' };
import { readAnchorPages, readAnswers, readArticles, readPermalinks, readTopics, siteUrl, sourceBoxRows } from './support/content.ts';
import { crawlBuild, htmlFiles } from './support/crawl.ts';
import { textOf, tokensOf, type HtmlToken } from './support/html-tokens.ts';

const dist = 'dist';
const pages = htmlFiles(dist)
  .map((f) => f.slice(dist.length + 1))
  .filter((f) => !f.startsWith('zh-hant/'))
  .sort();
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const twin = (file: string) => `zh-hant/${file}`;
/** A link to one of the site's pages, moved to its twin (this build has base "/"). */
const inHant = (url: string) => url.replace(/^((?:https?:\/\/[^/]+)?\/)/, '$1zh-hant/');
const convert = createConverter();
const topics = readTopics();
const articles = readArticles();

/** Whether a link of the page at `from` leads to one of the site's pages (an HTML file of the build). */
function isPage(url: string, from: string): boolean {
  const target = new URL(url, `${siteUrl}/${from}`);
  if (target.origin !== new URL(siteUrl).origin) return false;
  const file = join(dist, decodeURIComponent(target.pathname));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html'));
  return file.endsWith('.html') && existsSync(file);
}

test('an answer page twin, cut from its topic page twin, is what the mirror makes of the Simplified answer page', async () => {
  const mirror = await mirrorOfBuild(dist, siteUrl);
  const files = answerPagesOf(dist);
  expect(files.length).toBeGreaterThanOrEqual(readAnswers().length);
  for (const file of files) expect(read(twin(file)), file).toBe(await mirror(file));
});

test('every page has its Traditional twin at /zh-hant/<same path>', () => {
  expect(pages.length).toBeGreaterThanOrEqual(readAnswers().length + 8);
  for (const file of pages) expect(existsSync(join(dist, twin(file))), file).toBe(true);
  expect(htmlFiles(join(dist, 'zh-hant')).length).toBe(pages.length);
});

/** JSON values alike but for converted strings (same length) and URLs of pages (their twins). */
function expectSameShape(page: unknown, twin: unknown, where: string): void {
  if (typeof page === 'string') {
    if (/^https?:\/\//.test(page)) expect(twin, where).toBe(isPage(page, '') ? inHant(page) : page);
    else if (page === 'zh-CN') expect(twin, where).toBe('zh-Hant');
    else expect([...(twin as string)].length, where).toBe([...page].length);
  } else if (page !== null && typeof page === 'object') {
    expect(Object.keys(twin as object), where).toEqual(Object.keys(page));
    for (const [key, value] of Object.entries(page)) expectSameShape(value, (twin as Record<string, unknown>)[key], `${where}.${key}`);
  } else expect(twin, where).toEqual(page);
}

const textAttributes = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder']);

function expectTwinAttributes(page: Extract<HtmlToken, { kind: 'start' }>, twinToken: Extract<HtmlToken, { kind: 'start' }>, file: string): void {
  const where = `${file} <${page.tag}>`;
  if (page.attrs['data-variant'] === 'hant') {
    // The switch: on the twin it leads back to the Simplified page.
    expect(twinToken.attrs, where).toEqual({ ...page.attrs, href: page.attrs['href']!.replace('/zh-hant/', '/'), hreflang: 'zh-Hans', lang: 'zh-Hans', 'data-variant': 'hans' });
    return;
  }
  expect(Object.keys(twinToken.attrs), where).toEqual(Object.keys(page.attrs));
  const meta = page.attrs['property'] ?? page.attrs['name'];
  for (const [name, value] of Object.entries(page.attrs)) {
    const other = twinToken.attrs[name]!;
    if (name === 'lang' && page.tag === 'html') expect(other, where).toBe('zh-Hant');
    else if ((name === 'href' || name === 'action') && !('hreflang' in page.attrs)) expect(other, `${where} ${name}`).toBe(isPage(value, file) ? inHant(value) : value);
    else if (textAttributes.has(name)) expect([...other].length, `${where} ${name}`).toBe([...value].length);
    else if (name === 'content' && meta === 'og:locale') expect(other, where).toBe('zh_TW');
    else if (name === 'content' && meta === 'og:url') expect(other, where).toBe(inHant(value));
    else if (name === 'content' && /description|title|site_name/.test(meta ?? '')) expect([...other].length, where).toBe([...value].length);
    else expect(other, `${where} ${name}`).toBe(value);
  }
}

test('a twin differs from its page only in text for readers, links to twins, and what says it is Traditional', async () => {
  for (const file of pages) {
    const [page, other] = await Promise.all([tokensOf(read(file)), tokensOf(read(twin(file)))]);
    expect(other.map((t) => t.kind), file).toEqual(page.map((t) => t.kind));
    page.forEach((token, i) => {
      const twinToken = other[i]!;
      if (token.kind === 'start' && twinToken.kind === 'start') expectTwinAttributes(token, twinToken, file);
      else if (token.kind === 'text' && twinToken.kind === 'text') {
        if (token.parent === 'script' && token.text.startsWith('{')) expectSameShape(JSON.parse(token.text), JSON.parse(twinToken.text), `${file} JSON-LD`);
        else if (token.parent === 'script' || token.parent === 'style') expect(twinToken.text, file).toBe(token.text);
        else expect([...twinToken.text].length, `${file}: ${token.text}`).toBe([...token.text].length);
      } else expect(twinToken, file).toEqual(token);
    });
  }
});

test('a Traditional page’s text holds no Simplified-only character (by OpenCC’s tables); its Simplified page does', async () => {
  for (const file of pages) {
    const tokens = await tokensOf(read(twin(file)));
    const main = textOf(tokens, (tag) => tag === 'main');
    const head = textOf(tokens, (tag) => tag === 'title') + tokens.flatMap((t) => (t.kind === 'start' && t.tag === 'meta' && t.attrs['content'] ? [t.attrs['content']] : [])).join('');
    expect(main.length, file).toBeGreaterThan(10);
    expect(simplifiedOnlyIn(main + head), file).toEqual([]);
    if (file.startsWith('topics/')) expect(simplifiedOnlyIn(textOf(await tokensOf(read(file)), (tag) => tag === 'main')).length, file).toBeGreaterThan(0);
  }
});

test('the reviewed conversions read as reviewed on the built pages, in their sentences', async () => {
  const mainText = async (file: string) => textOf(await tokensOf(read(file)), (tag) => tag === 'main');
  const topicPages = pages.filter((f) => f.startsWith('topics/'));
  const texts = new Map(await Promise.all(topicPages.map(async (f) => [f, [await mainText(f), await mainText(twin(f))]] as const)));
  for (const { simplified, traditional } of pitfalls.entries) {
    const found = [...texts].find(([, [page]]) => page.includes(simplified));
    if (!found) continue; // Topic descriptions are checked in the head tests; every entry is in content/ (unit tests).
    const [file, [page, other]] = found;
    const at = [...page.slice(0, page.indexOf(simplified))].length;
    expect([...other].slice(at, at + [...simplified].length).join(''), `${file}: ${simplified}`).toBe(traditional);
  }
});

test('each twin names itself as canonical, and both name the same alternates: zh-Hans, zh-Hant and x-default', () => {
  const link = (html: string, rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"([^>]*)>`, 'g'))].map((m) => m[1]!.trim());
  for (const file of pages) {
    const [page, other] = [read(file), read(twin(file))];
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(page)?.[1];
    if (!canonical) {
      expect(other, file).toContain('<meta name="robots" content="noindex">');
      expect(link(other, 'alternate'), file).toEqual([]);
      continue;
    }
    expect(other, file).toContain(`<link rel="canonical" href="${inHant(canonical)}">`);
    expect(other, file).toContain(`<meta property="og:url" content="${inHant(canonical)}">`);
    expect(link(page, 'alternate'), file).toEqual([
      `hreflang="zh-Hans" href="${canonical}"`,
      `hreflang="zh-Hant" href="${inHant(canonical)}"`,
      `hreflang="x-default" href="${canonical}"`,
    ]);
    expect(link(other, 'alternate'), file).toEqual(link(page, 'alternate'));
  }
});

test('a crawl of /zh-hant/ finds no broken link or anchor', () => {
  const report = crawlBuild(dist, { base: '/', site: siteUrl });
  expect(report.problems.filter((p) => p.startsWith('/zh-hant/'))).toEqual([]);
  expect(report.pages).toBe(pages.length * 2);
});

test('the sitemap lists every page in both variants, each naming both and x-default', () => {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const ownPages = articles.map((a) => a.page).filter((p) => !topics.some((t) => p === `/topics/${t.id}/`));
  const paths = ['/', ...topics.map((t) => `/topics/${t.id}/`), ...ownPages, ...readAnswers().map((a) => `/a/${a.id}/`)];
  expect(entries).toHaveLength(paths.length * 2);
  for (const path of paths) {
    for (const loc of [siteUrl + path, siteUrl + inHant(path)]) {
      const entry = entries.find((e) => e.includes(`<loc>${loc}</loc>`));
      expect(entry, loc).toBeDefined();
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${siteUrl}${path}"/>`);
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hant" href="${siteUrl}${inHant(path)}"/>`);
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${siteUrl}${path}"/>`);
    }
  }
});

test.describe('in the browser', () => {
  const anchorPages = readAnchorPages();
  for (const article of articles) {
    const topic = topics.find((t) => t.id === article.topic)!;
    test(`/zh-hant${article.page}: Traditional text, marks and source box, every published id lands`, async ({ page }) => {
      await page.goto(`/zh-hant${article.page}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(page.locator('h1')).toHaveText(convert(topic.name));
      {
        // Each mark leads to its entry in the list of edits, on the Traditional page.
        const marks = page.locator(`[aria-labelledby="article_${article.slug}"] .answer ins.restored > a`);
        for (const href of await marks.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) expect(href).toMatch(new RegExp(`^/zh-hant${article.page}#edit_${article.slug}_\\d+$`));
        const box = page.locator(`#source_${article.slug}`);
        await expect(box.getByRole('heading', { name: '來源與說明' })).toBeVisible();
        const rows = sourceBoxRows(article.source);
        await expect(box.locator('dt')).toHaveText(rows.map(([label]) => convert(label)));
        for (const [i, [label, value]] of rows.entries()) if (value !== null) await expect(box.locator('dd').nth(i), label).toHaveText(convert(value));
        if (article.source.published) await expect(box.locator('time')).toHaveAttribute('datetime', article.source.published);
        // The Traditional page must not claim to show Simplified text: it says its text was converted back.
        const converted = box.getByText('原文為繁體中文，已轉換為簡體；繁體版再由簡體轉換');
        await (article.source.script === 'hant' ? expect(converted).toBeVisible() : expect(converted).toHaveCount(0));
        if (article.restoredCount > 0) await expect(box).toContainText(`補回了 ${article.restoredCount} 處`);
        await expect(box.getByText('信息僅供參考，不構成法律意見。')).toBeVisible();
      }
      const mdx = readFileSync(`content/articles/${article.slug}.mdx`, 'utf8');
      await expect(page.locator('article a.gap')).toHaveCount(mdx.match(/<Gap /g)?.length ?? 0);
      // The whole page: an editor's note and the 先做什么 steps quote with their marks too.
      expect(await page.locator('ins.restored > a').count()).toBe(await (await page.request.get(article.page)).text().then((html) => html.match(/<ins class="restored"><a /g)?.length ?? 0));

      // The ids that land on this page: its answers' (renamed ones too); on a topic page, also those of answers
      // that moved to another topic or were removed.
      for (const [id, { aliasOf, retired }] of Object.entries(readPermalinks()).filter(([key]) => anchorPages.get(key) === article.page)) {
        await page.goto(`/zh-hant${article.page}#${id}`);
        await expect(page.locator(':target'), id).toHaveId(id);
        await expect(page.locator(`[id="${aliasOf ?? id}"]`), id).toBeInViewport();
        await page.goto(`/zh-hant/a/${id}/`);
        if (retired) {
          await expect(page.locator('h1'), id).toHaveText('這個回答已刪除');
          continue;
        }
        await expect(page, id).toHaveURL(`/zh-hant/a/${aliasOf ?? id}/`);
        await expect(page.locator('h1'), id).toHaveId(aliasOf ?? id);
      }
    });
  }

  test('the copy button of a Traditional page copies the Traditional answer page, and says so in Traditional', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const answer = articles.find((a) => a.topic === 'theft')!.answers[1]!;
    await page.goto('/zh-hant/topics/theft/');
    const button = page.locator('.answer-heading', { has: page.locator(`[id="${answer.id}"]`) }).getByRole('button', { name: '複製鏈接' });
    await expect(button).toHaveAccessibleDescription(convert(answer.title));
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/zh-hant/a/${answer.id}/`, page.url()).href);
    await expect(page.getByRole('status')).toHaveText('已複製鏈接');
  });

  test('an unknown address under /zh-hant/ gets the Traditional 404 page, with ways back in Traditional', async ({ page }) => {
    const response = await page.goto('/zh-hant/topics/no-such-topic/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到這個頁面');
    await expect(page.getByRole('link', { name: '返回首頁' })).toHaveAttribute('href', '/zh-hant/');
    await expect(page.locator('main').getByRole('link', { name: convert(topics[0]!.name) })).toHaveAttribute('href', `/zh-hant/topics/${topics[0]!.id}/`);
  });
});
