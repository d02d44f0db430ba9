import { createServer } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { readArticles, siteUrl } from './support/content.ts';
import { serve } from './support/fixture-site.ts';

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
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/a/${answer.id}/`, page.url()).href);
  await expect(page.getByRole('status')).toHaveText('已复制链接');
});

test('the copy button on an answer page copies that page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answer = theft.answers[0]!;
  await page.goto(`/a/${answer.id}/`);
  await (await copyButtonOf(page, answer)).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/a/${answer.id}/`, page.url()).href);
  await expect(page.getByRole('status')).toContainText('已复制');
});

/** A port nobody listens on now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

test('served from another address than the one it was built for, the copy button copies links to where the reader is', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const server = await serve('dist', await freePort());
  try {
    const answer = theft.answers[1]!;
    for (const path of ['/topics/theft/', `/zh-hant/a/${answer.id}/`]) {
      await page.goto(`${server.origin}${path}`);
      // The build's own address stays in the canonical link; the copied link is the reader's.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${siteUrl}`));
      // The button of the answer's heading, whatever the script of its label.
      await page.locator(`.answer-heading:has([id="${answer.id}"]) button.copy-link`).click();
      const variant = path.startsWith('/zh-hant/') ? '/zh-hant' : '';
      expect(await page.evaluate(() => navigator.clipboard.readText()), path).toBe(`${server.origin}${variant}/a/${answer.id}/`);
    }
  } finally {
    server.stop();
  }
});

test('when copying fails, the message points to a link the reader can see', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const answer = theft.answers.find((a, i) => (theft.answers[i + 1]?.level ?? 0) > a.level)!;
  const nested = theft.answers[theft.answers.indexOf(answer) + 1]!;
  await page.goto(`/a/${answer.id}/`);
  // The page's own answer has no # link beside its heading: the address bar holds its link.
  await expect(page.locator('h1 + .heading-tools .anchor-link')).toHaveCount(0);
  await (await copyButtonOf(page, { id: answer.id, title: await page.locator('h1').textContent() as string })).click();
  await expect(page.getByRole('status')).toHaveText(/地址栏/);
  // An answer it owns has one.
  await (await copyButtonOf(page, nested)).click();
  await expect(page.getByRole('status')).toHaveText(/#/);
  await expect(page.getByRole('link', { name: `链接到「${nested.title}」` })).toBeVisible();
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
