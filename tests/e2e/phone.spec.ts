// A reader on a 390 px phone: every answer reachable from the contents, the contents at hand deep in a long page,
// controls large enough to tap (WCAG 2.5.5), and nothing fixed or sticky hiding what has the keyboard focus
// (WCAG 2.4.11), with or without the offer of the other script.
import { expect, test, type Page } from '@playwright/test';
import { readArticles } from './support/content.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** The page of the article with the most answers: the longest page to scroll on a phone. */
const longest = readArticles().reduce((a, b) => (b.answers.length > a.answers.length ? b : a));

/** Whether the focused element is hidden entirely by something drawn over it (WCAG 2.4.11). */
function focusedIsHidden(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const r = el.getBoundingClientRect();
    const points: [number, number][] = [];
    for (const fx of [0.1, 0.5, 0.9]) for (const fy of [0.1, 0.5, 0.9]) points.push([r.left + r.width * fx, r.top + r.height * fy]);
    const seen = points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (el.contains(hit) || hit.contains(el));
    });
    return seen ? undefined : `${el.outerHTML.slice(0, 120)} at ${Math.round(r.top)}–${Math.round(r.bottom)}`;
  });
}

async function tabThrough(page: Page): Promise<{ visited: number; hidden: string[] }> {
  const hidden: string[] = [];
  let visited = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) break;
    visited++;
    const h = await focusedIsHidden(page);
    if (h) hidden.push(h);
    if (await page.evaluate(() => document.activeElement?.closest('footer.site-footer li:last-child') !== null)) break;
  }
  return { visited, hidden };
}

for (const [name, path, locale] of [
  ['a long topic page', longest.page, 'en-US'],
  ['a long Traditional page with the offer of Simplified', `/zh-hant${longest.page}`, 'zh-CN'],
  ['a long page with the offer of Traditional', longest.page, 'zh-TW'],
] as const) {
  test.describe(name, () => {
    test.use({ locale });
    test(`Tab reaches every control of ${path} with none hidden (WCAG 2.4.11)`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (locale !== 'en-US') await expect(page.getByRole('complementary')).toBeVisible();
      const { visited, hidden } = await tabThrough(page);
      expect(visited).toBeGreaterThan(longest.answers.length);
      expect(hidden).toEqual([]);
    });
  });
}

test.describe('the offer of the other script', () => {
  test.use({ locale: 'zh-TW' });
  test('Esc dismisses it wherever the focus is, and its controls are 44 px tall', async ({ page }) => {
    await page.goto(longest.page);
    const bar = page.getByRole('complementary');
    for (const control of [bar.getByRole('link'), bar.getByRole('button')]) {
      const box = (await control.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await page.locator('article a').first().focus();
    await page.keyboard.press('Escape');
    await expect(bar).toHaveCount(0);
  });
});

test('every answer of every article is listed in the contents of its page, each entry a 44 px target', async ({ page }) => {
  for (const article of readArticles()) {
    await page.goto(article.page);
    const toc = page.getByRole('navigation', { name: '本页目录' });
    for (const answer of article.answers) {
      const entry = toc.locator(`a[href="#${answer.id}"]`);
      await expect(entry, answer.id).toBeVisible();
      expect((await entry.boundingBox())!.height, answer.id).toBeGreaterThanOrEqual(44);
    }
  }
});

test('deep in a long page a 目录 link stays in view and leads back to the contents, folded or not', async ({ page }) => {
  await page.goto(longest.page);
  const toc = page.getByRole('navigation', { name: '本页目录' });
  const jump = page.getByRole('link', { name: '目录', exact: true });
  for (const folded of [false, true]) {
    if (folded) await toc.locator('summary').click();
    await page.locator(`[id="${longest.answers.at(-1)!.id}"]`).scrollIntoViewIfNeeded();
    await expect(toc).not.toBeInViewport();
    await expect(jump).toBeInViewport();
    const box = (await jump.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await jump.click();
    // A link into a folded list unfolds it.
    await expect(toc.getByRole('link', { name: longest.answers[0]!.title, exact: true })).toBeInViewport();
  }
});

test('a restored word explains itself on a tap, and the explanation leads back', async ({ page }) => {
  const article = readArticles().find((a) => a.restoredCount > 0)!;
  await page.goto(article.page);
  const mark = page.locator(`[aria-labelledby="article_${article.slug}"] .answer ins.restored > a`).first();
  const entryId = (await mark.getAttribute('href'))!.split('#')[1]!;
  await mark.tap();
  const entry = page.locator(`[id="${entryId}"]`);
  await expect(entry).toBeInViewport();
  // The entry says why: the reason of its edit (its text after the last full-width colon).
  expect((await entry.textContent())!.trim()).toMatch(/：.+ 回到正文$/);
  await entry.getByRole('link', { name: '回到正文' }).tap();
  await expect(page.locator(':target')).toBeInViewport();
});

test('on answer pages, a restored word leads to its entry on the topic page', async ({ page }) => {
  const article = readArticles().find((a) => a.restoredCount > 0)!;
  for (const answer of article.answers) {
    await page.goto(`/a/${answer.id}/`);
    const mark = page.locator('.answer-page ins.restored > a').first();
    if ((await mark.count()) === 0) continue;
    const href = (await mark.getAttribute('href'))!;
    await mark.tap();
    await expect(page).toHaveURL(href);
    await expect(page.locator(':target')).toBeInViewport();
    return;
  }
  throw new Error(`no answer page of ${article.slug} shows a restored word`);
});

/** Links and buttons outside running text (WCAG 2.5.5 exempts links inside a sentence, as a restored word is). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, summary, input')]
      .filter((el) => el.checkVisibility() && !el.closest('p, .article li, dd, blockquote, .edit-list li, ins') && !el.matches('.skip-link, a.gap'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height < 44 || (r.width < 44 && !el.matches('input'));
      })
      .map((el) => `${el.outerHTML.slice(0, 80)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
  );
}

for (const path of ['/', longest.page, `/a/${longest.answers[1]!.id}/`, `/zh-hant${longest.page}`]) {
  test(`controls outside running text on ${path} are at least 44 × 44 px (WCAG 2.5.5)`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await smallTargets(page)).toEqual([]);
  });
}
