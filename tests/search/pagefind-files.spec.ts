// The site ships only the Pagefind files its search loads: every file of pagefind/ (beside the index's chunks,
// fetched by the words searched) is fetched by a search in each script, and every file fetched is there.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('pagefind/ holds the files a search fetches, and nothing else of Pagefind’s runtime', async ({ page }) => {
  const fetched = new Map<string, number>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.set(path.slice('/pagefind/'.length), response.status());
  });
  for (const [path, queries] of [
    ['/topics/home-visits/', ['花呗逾期会通知家人吗', 'cuishou', '上門催收怎麼應對']],
    ['/zh-hant/topics/home-visits/', ['上門催收怎麼應對', 'huabei']],
  ] as const) {
    await page.goto(path);
    const box = page.locator('form[data-search-box] input');
    for (const query of queries) {
      await box.fill(query);
      await expect(page.locator('[data-search-panel] a[data-answer]').first()).toBeVisible();
    }
    await page.goto(`${path}?highlight=${encodeURIComponent('催收')}`);
    await expect(page.locator('mark.search-landing').first()).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect([...fetched].filter(([, status]) => status !== 200)).toEqual([]);
  const shipped = readdirSync('dist/pagefind', { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  expect(shipped.filter((name) => !fetched.has(name))).toEqual([]);
});
