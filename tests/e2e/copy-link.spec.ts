import { expect, test, type Page } from '@playwright/test';
import { readArticles, siteUrl } from './support/content.ts';

const theft = readArticles().find((a) => a.topic === 'theft')!;

/** The copy button beside an answer's heading, checked to say which answer it copies. */
async function copyButtonOf(page: Page, answer: { id: string; title: string }) {
  const button = page.locator('.answer-heading', { has: page.locator(`[id="${answer.id}"]`) }).getByRole('button', { name: '复制链接' });
  await expect(button).toHaveAccessibleDescription(answer.title);
  return button;
}

test('the copy button puts the absolute /a/<id>/ URL on the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/topics/theft/');
  const answer = theft.answers[2]!;
  await (await copyButtonOf(page, answer)).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/a/${answer.id}/`, siteUrl).href);
  await expect(page.getByRole('status')).toHaveText('已复制链接');
});

test('the copy button on an answer page copies that page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answer = theft.answers[0]!;
  await page.goto(`/a/${answer.id}/`);
  await (await copyButtonOf(page, answer)).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/a/${answer.id}/`, siteUrl).href);
  await expect(page.getByRole('status')).toContainText('已复制');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('copy buttons stay hidden and the anchor links still work', async ({ page }) => {
    await page.goto('/topics/theft/');
    await expect(page.locator('button.copy-link').first()).toBeHidden();
    const answer = theft.answers[1]!;
    await page.getByRole('link', { name: `链接到「${answer.title}」` }).click();
    await expect(page).toHaveURL(new RegExp(`/topics/theft/#${answer.id}$`));
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [`/a/${theft.answers[1]!.id}/`, '/topics/theft/', `/zh-hant/a/${theft.answers[1]!.id}/`]) {
    test(`the copy buttons of ${path} arrive without moving the text (no layout shift)`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.locator('button.copy-link').first()).toBeVisible();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    });
  }
});
