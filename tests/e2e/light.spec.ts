// Light and private: the page budget, no request to another host, and pages that read on a phone, in the dark
// and on paper.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type BrowserType, type Request } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../../scripts/support/browser.ts';
import { readAnswers, readArticles, readTopics } from './support/content.ts';

const topics = readTopics();
/** Every page that carries an article: a topic page or an article's own page. */
const articlePages = readArticles().map((a) => a.page).sort();
const answers = readAnswers();
const KB = 1024;

/** A fresh browser per measured page: headless Chromium shares its favicon cache between contexts. */
async function freshBrowser(browserType: BrowserType): Promise<Browser> {
  const executablePath = await findBrowser();
  return browserType.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
}

interface Weight {
  requests: number;
  bytes: number;
  scriptBytes: number;
  urls: string[];
}

async function weigh(browserType: BrowserType, url: string): Promise<Weight> {
  const browser = await freshBrowser(browserType);
  try {
    const page = await browser.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => void requests.push(r));
    await page.goto(url, { waitUntil: 'networkidle' });
    let bytes = 0;
    let scriptBytes = 0;
    for (const r of requests) {
      const { responseBodySize } = await r.sizes();
      bytes += responseBodySize;
      if (r.resourceType() === 'script') scriptBytes += responseBodySize;
    }
    return { requests: requests.length, bytes, scriptBytes, urls: requests.map((r) => r.url()) };
  } finally {
    await browser.close();
  }
}

/** The heaviest answer page stands for all of them: they share one template. */
function heaviestAnswerPath(): string {
  const size = (id: string) => gzipSync(readFileSync(`dist/a/${id}/index.html`)).length;
  const heaviest = answers.reduce((a, b) => (size(b.id) > size(a.id) ? b : a));
  return `/a/${heaviest.id}/`;
}

const measured = ['/', ...articlePages, heaviestAnswerPath()];
// The Traditional twins (/zh-hant/) keep the same budget.
for (const path of [...measured, ...measured.map((p) => `/zh-hant${p}`)]) {
  test(`page budget before interaction: ${path}`, async ({ playwright, baseURL }) => {
    const w = await weigh(playwright.chromium, new URL(path, baseURL).href);
    expect(w.bytes, `${w.urls.join('\n')}\n${w.bytes} bytes`).toBeLessThanOrEqual(12 * KB);
    expect(w.scriptBytes).toBeLessThanOrEqual(2 * KB);
    expect(w.requests, w.urls.join('\n')).toBeLessThanOrEqual(4);
    expect(w.urls.some((u) => u.endsWith('/favicon.ico'))).toBe(false);
  });
}

test('no request leaves 127.0.0.1, while reading, copying, searching and browsing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const offsite: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offsite.push(r.url());
  });
  await page.goto('/');
  await page.getByRole('searchbox').focus();
  await page.getByRole('link', { name: topics[0]!.name }).first().click();
  await page.getByRole('button', { name: '复制链接' }).first().click();
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.mouse.wheel(0, 4000);
  await page.getByRole('navigation', { name: '本页目录' }).getByRole('link').last().click();
  await page.goto(`/a/${answers[0]!.id}/`);
  await page.getByRole('link', { name: '在完整文章中阅读' }).click();
  await page.goto('/search/?q=%E5%82%AC%E6%94%B6');
  await page.goto('/no-such-page/');
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const path of ['/', ...articlePages, `/a/${answers[0]!.id}/`, '/search/', '/no-such-page/', `/zh-hant${articlePages[0]}`, '/zh-hant/search/']) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});

test('dark mode follows the system setting', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/topics/${topics[0]!.id}/`);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
});

test('print shows the text and its source without navigation', async ({ page }) => {
  await page.goto(`/topics/${topics[0]!.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本页目录' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '其他话题' })).toBeHidden();
  await expect(page.locator('button.copy-link').first()).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.answer').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '来源与说明' })).toBeVisible();
});
