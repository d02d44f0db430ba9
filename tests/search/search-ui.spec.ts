// The search UI as a reader uses it, against the built site.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readArticles, readTopics } from '../e2e/support/content.ts';

const searchCode = /\/pagefind\/|\/search\/data\.json|\/_astro\/(entry|t2cn)-/;

function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('a topic page loads no search code until the box is focused', async ({ page }) => {
  const urls = requestsOf(page);
  await page.goto('/topics/theft/', { waitUntil: 'networkidle' });
  expect(urls.filter((u) => searchCode.test(u))).toEqual([]);
  await page.getByRole('searchbox', { name: '搜索' }).focus();
  await expect.poll(() => urls.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('on the search page, what is typed before the search code arrives is kept, searched and put in the URL', async ({ page }) => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/entry-[^/]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: '输入你想问的问题或词语' });
  await input.fill('上门催收怎么应对');
  release();
  await expect(page.getByRole('status')).toContainText('个相关答案');
  await expect(input).toHaveValue('上门催收怎么应对');
  // …and it is in the address to share, like a query typed later.
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe('上门催收怎么应对');
});

test('"/" focuses the box; arrow keys move through the answers; Esc closes them', async ({ page }) => {
  await page.goto('/topics/theft/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await expect(box).toBeFocused();
  await page.keyboard.type('花呗逾期会通知家人吗');
  const links = page.locator('[data-search-panel] a[data-answer]');
  await expect(links.first()).toHaveAttribute('data-answer', 'notify-family');
  await expect(page.locator('[data-search-panel]')).toBeVisible();
  await expect(page.locator('[data-search-panel] .search-result-excerpt mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('花呗逾期会通知家人吗');
});

test('a result leads to its answer and marks the matched words there, without sending them', async ({ page }) => {
  const urls = requestsOf(page);
  await page.goto('/topics/theft/');
  await page.getByRole('searchbox', { name: '搜索' }).fill('上门催收怎么应对');
  const first = page.locator('[data-search-panel] a[data-answer]').first();
  const id = await first.getAttribute('data-answer');
  await first.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/topics/home-visits/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator('mark.search-landing', { hasText: '催收' }).first()).toBeVisible();
  expect(urls.filter((u) => decodeURIComponent(u).includes('催收'))).toEqual([]);
  // Marks are for the page the result led to, once: the next page read is not marked.
  await page.goto('/topics/theft/');
  await page.goto('/topics/home-visits/');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('mark.search-landing')).toHaveCount(0);
});

test('a result on the page being read marks its words there too', async ({ page }) => {
  await page.goto('/topics/home-visits/');
  await page.getByRole('searchbox', { name: '搜索' }).fill('上门催收怎么应对');
  const first = page.locator('[data-search-panel] a[data-answer]').first();
  await expect(first).toHaveAttribute('href', /^\/topics\/home-visits\/#/);
  const id = await first.getAttribute('data-answer');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/topics/home-visits/#${id}$`));
  await expect(page.locator('mark.search-landing', { hasText: '催收' }).first()).toBeVisible();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator('[data-search-panel]')).toBeHidden();
});

test('restored words are marked on landing even where the restoration splits them (措<ins>施</ins>)', async ({ page }) => {
  await page.goto(`/topics/contact-exposure/?highlight=${encodeURIComponent('预防措施')}#avoid-overdue`);
  const pieces = page.locator('.answer:has(> .answer-heading #avoid-overdue) mark.search-landing');
  await expect(pieces.first()).toBeVisible();
  expect((await pieces.allTextContents()).join('')).toContain('预防措施');
});

test('the search page runs the query in the URL and keeps the URL in step; Back returns to the last query', async ({ page }) => {
  await page.goto(`/search/#q=${encodeURIComponent('花唄被盜用怎麼辦')}`);
  const input = page.getByRole('searchbox', { name: '输入你想问的问题或词语' });
  await expect(input).toHaveValue('花唄被盜用怎麼辦');
  const results = page.locator('[data-search-results] a[data-answer]');
  await expect(results.first()).toHaveAttribute('href', /\/topics\/theft\//);
  await page.waitForTimeout(1100);
  await input.fill('爆通讯录');
  await expect(page).toHaveURL(/\/search\/#q=%E7%88%86%E9%80%9A%E8%AE%AF%E5%BD%95$/);
  await expect(results.first()).toHaveAttribute('data-answer', 'contact-list-exposure-risk');
  await page.goBack();
  await expect(input).toHaveValue('花唄被盜用怎麼辦');
  await expect(results.first()).toHaveAttribute('href', /\/topics\/theft\//);
});

test('nothing found: says so in Chinese and offers the topics', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('外星人')}`);
  await expect(page.getByRole('status')).toContainText('没有找到与「外星人」相关的答案');
  await expect(page.locator('[data-search-results] .search-topics a')).toHaveText(readTopics().map((t) => t.name));
});

test('a Simplified query does not load the Traditional converter; a Traditional one does', async ({ page }) => {
  const urls = requestsOf(page);
  await page.goto('/search/?q=上门催收怎么办');
  await expect(page.locator('[data-search-results] a[data-answer]').first()).toBeVisible();
  expect(urls.some((u) => u.includes('/t2cn-'))).toBe(false);
  await page.getByRole('searchbox', { name: '输入你想问的问题或词语' }).fill('上門催收怎麼辦');
  await expect.poll(() => urls.some((u) => u.includes('/t2cn-'))).toBe(true);
});

test('no accessibility violations: search page with results, topic page with the results panel open', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('催收')}`);
  await expect(page.locator('[data-search-results] a[data-answer]').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/topics/home-visits/');
  await page.getByRole('searchbox', { name: '搜索' }).fill('维权');
  await expect(page.locator('[data-search-panel] a[data-answer]').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).include('form[data-search-box]').analyze()).violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box is a plain form to /search/, which says search needs JavaScript and lists the topics', async ({ page }) => {
    // The only way a query reaches the host: search cannot run here, and the page says so.
    await page.goto('/topics/theft/');
    await page.getByRole('searchbox', { name: '搜索' }).fill('催收');
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E5%82%AC%E6%94%B6$/);
    await expect(page.getByText('搜索需要启用 JavaScript')).toBeVisible();
    // The topics the page lists: the first twelve (src/lib/topic-listing.ts).
    await expect(page.locator('[data-search-results] a[href*="/topics/"]')).toHaveCount(Math.min(readTopics().length, 12));
  });
});

test('only the pages of articles are indexed, and every answer heading is a section', async ({ request }) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(entry.languages['zh-cn'].page_count).toBe(new Set(readArticles().map((a) => a.page)).size);
  const data = await (await request.get('/search/data.json')).json();
  const sections = Object.values(data.pages as Record<string, { sections: [string, number][] }>).flatMap((p) => p.sections.map(([id]) => id));
  expect(sections.sort()).toEqual(Object.keys(data.answers).sort());
});
