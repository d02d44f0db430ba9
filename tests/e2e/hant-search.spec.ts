// Search from a Traditional page: queries in either script find answers, shown in Traditional and linking to the
// /zh-hant/ pages, from the Traditional pages' own index, without OpenCC in the browser unless a query holds a
// character the site never writes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectRecall, runSuite } from '../search/suite.ts';
import { createConverter } from '../../src/hant/convert.ts';
import { readArticles, readTopics } from './support/content.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { scriptBridge, type ScriptBridge } from '../../src/search/script-tables.ts';
import { needsConverter } from '../../src/search/query.ts';
import { dev, searchPages } from '../../scripts/support/relevance.ts';
import { searchFor } from '../search/search-page.ts';

const topics = readTopics();

const searchCode = /\/pagefind\/|\/search\/data\.json|\/_astro\/(entry|t2cn)-/;

function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const panel = (page: Page) => page.locator('[data-search-panel]');

for (const query of ['上門催收怎麼應對', '上门催收怎么应对']) {
  test(`from a Traditional topic page, "${query}" finds answers in Traditional on /zh-hant/ pages, from the Traditional index`, async ({ page }) => {
    const urls = requestsOf(page);
    await page.goto('/zh-hant/topics/theft/', { waitUntil: 'networkidle' });
    expect(urls.filter((u) => searchCode.test(u))).toEqual([]);
    await page.getByRole('searchbox', { name: '搜索本站' }).fill(query);
    await expect(panel(page)).toHaveAttribute('data-query', query);
    await expect(panel(page).getByRole('status')).toContainText('個相關答案（搜索詞：上門、催收、應對）');
    const first = panel(page).locator('a[data-answer]').first();
    await expect(first).toHaveAttribute('href', /^\/zh-hant\/topics\/home-visits\/#/);
    await expect(panel(page).locator('.search-result-topic').first()).toHaveText('上門催收');
    // Marks are the index's words (both indexes cut 催收 as 催|收): each a Traditional piece of the query.
    await expect(panel(page).locator('.search-result-excerpt mark').first()).toBeVisible();
    for (const mark of await panel(page).locator('.search-result-excerpt mark').allTextContents()) expect(mark).toMatch(/^[上門催收應對]+$/);
    expect(urls.some((u) => u.includes('/zh-hant/search/data.json'))).toBe(true);
    expect(urls.some((u) => /\/pagefind\/index\/zh-hant_/.test(u))).toBe(true);
    expect(urls.filter((u) => /\/pagefind\/(index|fragment)\/zh-cn_|\/search\/data\.json|\/t2cn-/.test(u) && !u.includes('/zh-hant/'))).toEqual([]);

    const id = await first.getAttribute('data-answer');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant/topics/home-visits/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator('mark.search-landing', { hasText: '催收' }).first()).toBeVisible();
  });
}

test('the Traditional search page runs the query in the URL; nothing found says so in Traditional and offers the topics', async ({ page }) => {
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('花唄被盜用怎麼辦')}`);
  const results = page.locator('[data-search-results] a[data-answer]');
  await expect(results.first()).toHaveAttribute('href', /^\/zh-hant\/topics\/theft\//);
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('外星人')}`);
  await expect(page.getByRole('status')).toContainText('沒有找到與「外星人」相關的答案');
  const offered = page.locator('[data-search-results] .search-topics a');
  // Pages that list topics list the first twelve (src/lib/topic-listing.ts).
  await expect(offered).toHaveCount(Math.min(topics.length, 12));
  await expect(offered.first()).toHaveAttribute('href', `/zh-hant/topics/${topics[0]!.id}/`);
  await expect(offered.first()).toHaveText(createConverter()(topics[0]!.name));
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a query typed into the Traditional search page is searched with the Traditional data and index', async ({ page }) => {
  const urls = requestsOf(page);
  await page.goto('/zh-hant/search/');
  const input = page.getByRole('searchbox', { name: '輸入你想問的問題或詞語' });
  await input.focus();
  await input.fill('上門催收怎麼應對');
  await expect(page.getByRole('status')).toContainText('個相關答案（搜索詞：上門、催收、應對）');
  await expect(page.locator('[data-search-results] .search-result-topic').first()).toHaveText('上門催收');
  expect(urls.some((u) => u.includes('/zh-hant/search/data.json'))).toBe(true);
  expect(urls.filter((u) => /\/search\/data\.json/.test(u) && !u.includes('/zh-hant/'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box of a Traditional page submits to the Traditional search page', async ({ page }) => {
    await page.goto('/zh-hant/topics/theft/');
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('催收');
    await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
    await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=%E5%82%AC%E6%94%B6$/);
    await expect(page.getByText('搜索需要啟用 JavaScript')).toBeVisible();
  });
});

let bridge: ScriptBridge | undefined;
/** The Traditional pages' script tables, as the built site ships them: read once. */
const hantBridge = () => (bridge ??= scriptBridge(JSON.parse(readFileSync('dist/zh-hant/search/data.json', 'utf8')).script));

/** The status line of a search page for `query`, in Simplified: what the two pages say, comparable. */
async function statusOf(page: Page, path: string, query: string): Promise<string> {
  await page.goto(path);
  const panel = await searchFor(page, query, searchPages.find((p) => p.path === path)!.inputName);
  return hantBridge().toSimplified((await panel.getByRole('status').textContent()) ?? '');
}

test('a question in Traditional is read alike on both search pages, also with characters the site never writes', async ({ page }) => {
  // The Traditional pages' table knows the characters of the site; a reader's 東 of 買東西 or 壞 of 弄壞 is not
  // among them. The development questions that hold such a character, as a reader typed them.
  const queries = dev.map((q) => q.q).filter((q) => needsConverter(hantBridge().toSimplified(q)));
  test.skip(queries.length === 0, 'no development question holds a character the site never writes');
  for (const query of queries) expect(await statusOf(page, '/zh-hant/search/', query), query).toBe(await statusOf(page, '/search/', query));
});

test('a word the site lacks is named on both search pages, also one whose Traditional form is no single word', async ({ page }) => {
  // 着用 (of 被人偷着用了) is one word to the segmenter, 著用 two: whether a missing word is a word to name is asked of
  // its Simplified form on both pages, and the results follow from the same words.
  const simplified = await statusOf(page, '/search/', '被人偷着用了');
  test.skip(!simplified.includes('正文中没有出现的词'), 'the site holds every word of the query');
  expect(await statusOf(page, '/zh-hant/search/', '被人偷着用了')).toBe(simplified);
});

test('a Taiwan reader\'s word is searched as the articles\' word, not named as missing', async ({ page }) => {
  // 聯絡 (Taiwan) is 联系 on the mainland (OpenCC's Taiwan phrases); readers.json adds the articles' word.
  // The articles' text, without their front matter (readers' questions are not searched).
  const text = readdirSync('content/articles').map((f) => readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('')).join('');
  test.skip(!text.includes('联系') || text.includes('联络'), 'the articles do not say 联系 alone');
  const status = await statusOf(page, '/zh-hant/search/', '聯絡客服');
  expect(status).toContain('联系');
  expect(status).not.toContain('正文中没有出现的词');
});

test('each variant’s index holds its own pages of articles, and its search data their sections', async ({ request }) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  // One page carries each article: its topic page or its own.
  const pages = new Set(readArticles().map((a) => a.page)).size;
  expect(entry.languages['zh-hant'].page_count).toBe(pages);
  expect(entry.languages['zh-cn'].page_count).toBe(pages);
  for (const [prefix, data] of [['/zh-hant/', await (await request.get('/zh-hant/search/data.json')).json()], ['/', await (await request.get('/search/data.json')).json()]] as const) {
    const pages = Object.values(data.pages as Record<string, { url: string; sections: [string, number][] }>);
    expect(pages.every((p) => p.url.startsWith(prefix) && (prefix === '/zh-hant/' || !p.url.startsWith('/zh-hant/')))).toBe(true);
    expect(pages.flatMap((p) => p.sections.map(([id]) => id)).sort()).toEqual(Object.keys(data.answers).sort());
  }
});

test('the relevance suite, typed into the Traditional search page, finds every answer in the top 3 and ≥ 90% first', async ({ page }) => {
  test.setTimeout(180_000);
  const rows = await runSuite(page, '/zh-hant/search/', '輸入你想問的問題或詞語');
  expect(rows.filter((r) => !r.hrefs.every((href) => href.startsWith('/zh-hant/'))).map((r) => r.query.q), 'results leaving /zh-hant/').toEqual([]);
  expectRecall(rows, 'relevance (Traditional pages)');
});
