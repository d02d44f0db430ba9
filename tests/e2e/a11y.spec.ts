import { expect, test } from '@playwright/test';
import { axeViolations as violations } from './support/axe.ts';
import { readAnswers, readArticles } from './support/content.ts';

/** The pages that carry the articles: each topic page (the article named after its topic) and every other article's own page. */
const topicPaths = readArticles().map((a) => a.page).sort();
// An answer page is its article's page's markup cut at the answer's marks (src/lib/cut-marks.ts) and re-levelled
// under the page's h1, in one frame. Those pages are checked whole, so what is left to check is the frame at each
// depth a cut starts from: one answer of each heading level of each topic.
const answerPaths = readAnswers()
  .filter((a, i, all) => all.findIndex((b) => b.topic === a.topic && b.level === a.level) === i)
  .map((a) => `/a/${a.id}/`);
// Traditional twins have their page's structure token for token (tests/e2e/hant.spec.ts): each kind of page once.
const traditional = ['/', ...topicPaths, `/a/${readAnswers()[0]!.id}/`, `/a/${readAnswers().at(-1)!.id}/`, '/search/', '/no-such-page/'].map((p) => `/zh-hant${p}`);
const paths = ['/', ...topicPaths, ...answerPaths, '/search/', '/no-such-page/', ...traditional];

for (const path of paths) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

// Dark mode on a phone, with the offer of the other script shown (its bar is on every page of a reader whose
// browser prefers the other script): each kind of page, in both scripts.
const darkPaths = ['/', ...topicPaths, `/a/${readAnswers()[0]!.id}/`, '/search/', '/no-such-page/', `/zh-hant${topicPaths[0]}`, '/zh-hant/search/'];
for (const path of darkPaths) {
  const traditionalPage = path.startsWith('/zh-hant/');
  test.describe(`dark mode at 390 px, offered ${traditionalPage ? 'Simplified' : 'Traditional'}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, locale: traditionalPage ? 'zh-CN' : 'zh-TW' });
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('keyboard: the skip link leads to the main content', async ({ page }) => {
  await page.goto('/topics/theft/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
