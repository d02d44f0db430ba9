// The search page as a reader uses it in the states an audit found broken: words that are also names of every
// JavaScript object, a query that holds a right-to-left override, a long list of results walked with the arrow
// keys, and a query that must stay out of the host's logs. Against the built site.
import { expect, test, type Page } from '@playwright/test';

const pageInput = (page: Page) => page.getByRole('searchbox', { name: '输入你想问的问题或词语' });
const status = (page: Page) => page.locator('[data-search-results] [role="status"]');
const pageResults = (page: Page) => page.locator('[data-search-results] a[data-answer]');

function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

test('names of every object’s prototype are words like any other, alone or beside real ones', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/search/');
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    await pageInput(page).fill(name);
    await expect(status(page), name).toContainText(`没有找到与「${name}」相关的答案`);
    await pageInput(page).fill(`${name} 上门催收`);
    await expect(status(page), name).toContainText('个相关答案');
    await expect(pageResults(page).first()).toBeVisible();
  }
  // The header box, on another page: the same engine, the same answer.
  await page.goto('/topics/theft/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('constructor');
  await expect(page.locator('[data-search-panel] [role="status"]')).toContainText('没有找到与「constructor」相关的答案');
  expect(errors).toEqual([]);
});

test('a right-to-left override in the query stays inside its echo: the status line reads in order', async ({ page }) => {
  const query = '\u202e外星人abc';
  await page.goto(`/search/#q=${encodeURIComponent(query)}`);
  await expect(status(page)).toContainText('相关的答案');
  const echo = status(page).locator('bdi').first();
  await expect(echo).toHaveText(query);
  // The text after the echo (」相关的答案…) starts right of it, as it does for any query; an override that
  // escaped its echo would lay that text out from right to left, to the echo's left.
  const layout = await echo.evaluate((bdi) => {
    const after = document.createRange();
    after.setStart(bdi.nextSibling!, 0);
    after.setEnd(bdi.nextSibling!, 1);
    const before = document.createRange();
    before.setStart(bdi.previousSibling!, 0);
    before.setEnd(bdi.previousSibling!, 1);
    return { echo: bdi.getBoundingClientRect().toJSON(), after: after.getBoundingClientRect().toJSON(), first: before.getBoundingClientRect().toJSON() };
  });
  expect(layout.first.left).toBeLessThan(layout.echo.left);
  expect(layout.after.left).toBeGreaterThanOrEqual(layout.echo.right - 1);
  expect(await status(page).evaluate((s) => s.textContent!.startsWith('没有找到与「'))).toBe(true);
});

test('on /search/ the arrow keys walk through every result and back to the box; Home and End reach the ends', async ({ page }) => {
  await page.goto(`/search/#q=${encodeURIComponent('催收')}`);
  const links = pageResults(page);
  await expect(links.first()).toBeVisible();
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  await pageInput(page).focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(i)).toBeFocused();
  }
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(count - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.nth(count - 1)).toBeFocused();
  for (let i = count - 2; i >= 0; i--) {
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(i)).toBeFocused();
  }
  await page.keyboard.press('ArrowUp');
  await expect(pageInput(page)).toBeFocused();
});

test('the site’s own search never sends the query: typed on /search/, or submitted from the header box', async ({ page }) => {
  const urls = requestsOf(page);
  const query = '催收打电话给我妈';
  await page.goto('/topics/theft/');
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page).toHaveURL(`/search/#q=${encodeURIComponent(query)}`);
  await expect(pageInput(page)).toHaveValue(query);
  await expect(pageResults(page).first()).toBeVisible();
  await pageInput(page).fill('上门催收');
  await expect(page).toHaveURL(`/search/#q=${encodeURIComponent('上门催收')}`);
  await expect(status(page)).toContainText('个相关答案');
  await page.reload();
  await expect(pageResults(page).first()).toBeVisible();
  const leaked = urls.filter((url) => url.includes(query) || url.includes('上门催收'));
  expect(leaked).toEqual([]);
});

test('a shared /search/?q= link still works, and its query moves into the fragment', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('花唄被盜用怎麼辦')}`);
  await expect(page).toHaveURL(`/search/#q=${encodeURIComponent('花唄被盜用怎麼辦')}`);
  await expect(pageInput(page)).toHaveValue('花唄被盜用怎麼辦');
  await expect(pageResults(page).first()).toHaveAttribute('href', /\/topics\/theft\//);
});

test('/search/ shows one search box, the header has none there', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveCount(1);
});
