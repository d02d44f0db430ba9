// The 简/繁 switch: one click to the same page and answer in the other script, remembered without a cookie;
// and the offer, on a first visit, to readers whose browser prefers the other script. Never a redirect.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { readArticles } from './support/content.ts';

const theft = readArticles().find((a) => a.topic === 'theft')!;
const answer = theft.answers[3]!;
const switchLink = (page: Page) => page.locator('header a.script-switch');
const offerBar = (page: Page) => page.getByRole('complementary');

test('the switch keeps the path and the answer, both ways, and remembers the choice without a cookie', async ({ page, context }) => {
  await page.goto(`/topics/theft/#${answer.id}`);
  await expect(switchLink(page)).toHaveText('繁體中文');
  await expect(switchLink(page)).toHaveAttribute('lang', 'zh-Hant');
  await switchLink(page).click();
  await expect(page).toHaveURL(`/zh-hant/topics/theft/#${answer.id}`);
  await expect(page.locator(':target')).toHaveId(answer.id);
  await expect(page.locator(`[id="${answer.id}"]`)).toBeInViewport();
  expect(await page.evaluate(() => localStorage.getItem('huabei-kb:variant'))).toBe('hant');

  await expect(switchLink(page)).toHaveText('简体中文');
  await switchLink(page).click();
  await expect(page).toHaveURL(`/topics/theft/#${answer.id}`);
  expect(await page.evaluate(() => localStorage.getItem('huabei-kb:variant'))).toBe('hans');
  expect(await context.cookies()).toEqual([]);
});

test('on an answer page and on the search page the switch leads to the same answer and the same query', async ({ page }) => {
  await page.goto(`/a/${answer.id}/`);
  await switchLink(page).click();
  await expect(page).toHaveURL(`/zh-hant/a/${answer.id}/`);
  await expect(page.locator('h1')).toHaveId(answer.id);

  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('上門催收')}`);
  await switchLink(page).click();
  await expect(page).toHaveURL(`/search/#q=${encodeURIComponent('上門催收')}`);
  await expect(page.getByRole('searchbox', { name: '输入你想问的问题或词语' })).toHaveValue('上門催收');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is a plain link to the same page in the other script', async ({ page }) => {
    await page.goto('/topics/home-visits/');
    await switchLink(page).click();
    await expect(page).toHaveURL('/zh-hant/topics/home-visits/');
    await expect(page.locator('h1')).toHaveText('上門催收');
    await switchLink(page).click();
    await expect(page).toHaveURL('/topics/home-visits/');
  });
});

test.describe('a first visit from a browser that prefers Traditional (zh-TW)', () => {
  test.use({ locale: 'zh-TW' });

  test('is offered Traditional, not sent there: no redirect, no layout shift, no focus taken', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/topics/theft/#${answer.id}`);
    await expect(offerBar(page)).toBeVisible();
    await expect(offerBar(page)).toHaveAttribute('lang', 'zh-Hant');
    await expect(offerBar(page)).toContainText('本頁也有繁體中文版');
    await expect(page).toHaveURL(`/topics/theft/#${answer.id}`);
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await offerBar(page).getByRole('link', { name: '改看繁體中文' }).click();
    await expect(page).toHaveURL(`/zh-hant/topics/theft/#${answer.id}`);
    await expect(offerBar(page)).toHaveCount(0);
  });

  test('with the offer shown, the heaviest page still loads ≤ 2 KB of JavaScript in ≤ 4 requests', async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (r) => void requests.push(r));
    await page.goto('/topics/home-visits/', { waitUntil: 'networkidle' });
    await expect(offerBar(page)).toBeVisible();
    let scriptBytes = 0;
    for (const r of requests) if (r.resourceType() === 'script') scriptBytes += (await r.sizes()).responseBodySize;
    expect(scriptBytes).toBeLessThanOrEqual(2 * 1024);
    expect(requests.map((r) => r.url()).length, requests.map((r) => r.url()).join('\n')).toBeLessThanOrEqual(4);
  });

  test('the offer is reached by keyboard after the header, and Esc dismisses it for good', async ({ page }) => {
    await page.goto('/topics/theft/');
    await expect(offerBar(page)).toBeVisible();
    // Skip link, site name, switch, search box, search button: then the offer.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await expect(offerBar(page).getByRole('link', { name: '改看繁體中文' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(offerBar(page)).toHaveCount(0);
    await expect(switchLink(page)).toBeFocused();
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(offerBar(page)).toHaveCount(0);
  });

  test('不用，謝謝 dismisses it too, and it is never offered on the Traditional pages themselves', async ({ page }) => {
    await page.goto('/zh-hant/topics/theft/');
    await page.waitForLoadState('networkidle');
    await expect(offerBar(page)).toHaveCount(0);
    await page.goto('/');
    await offerBar(page).getByRole('button', { name: '不用，謝謝' }).click();
    await expect(offerBar(page)).toHaveCount(0);
    await page.goto('/topics/legal-affairs/');
    await page.waitForLoadState('networkidle');
    await expect(offerBar(page)).toHaveCount(0);
  });
});

test.describe('a reader whose browser prefers Simplified (zh-CN), on a shared Traditional link', () => {
  test.use({ locale: 'zh-CN' });

  test('sees what the sharer saw, with an offer of Simplified in Simplified', async ({ page }) => {
    await page.goto('/topics/theft/');
    await page.waitForLoadState('networkidle');
    await expect(offerBar(page)).toHaveCount(0);
    await page.goto(`/zh-hant/topics/theft/#${answer.id}`);
    await expect(page).toHaveURL(`/zh-hant/topics/theft/#${answer.id}`);
    await expect(offerBar(page)).toHaveAttribute('lang', 'zh-Hans');
    await expect(offerBar(page)).toContainText('本页也有简体中文版');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await offerBar(page).getByRole('link', { name: '改看简体中文' }).click();
    await expect(page).toHaveURL(`/topics/theft/#${answer.id}`);
  });
});

test('a browser without Chinese preferences is offered nothing', async ({ page }) => {
  for (const path of ['/', '/zh-hant/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(offerBar(page)).toHaveCount(0);
  }
});
