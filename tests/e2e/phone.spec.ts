// A reader on a 390 px phone: every answer reachable from the contents, the contents at hand deep in a long page,
// controls large enough to tap (WCAG 2.5.5), and nothing fixed or sticky hiding what has the keyboard focus
// (WCAG 2.4.11), with or without the offer of the other script.
import { expect, test, type Page } from '@playwright/test';
import { readArticles, readTopics } from './support/content.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const longest = readTopics()
  .map((t) => ({ id: t.id, answers: readArticles().filter((a) => a.topic === t.id).flatMap((a) => a.answers) }))
  .reduce((a, b) => (b.answers.length > a.answers.length ? b : a));

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
  ['a long topic page', `/topics/${longest.id}/`, 'en-US'],
  ['a long Traditional page with the offer of Simplified', `/zh-hant/topics/${longest.id}/`, 'zh-CN'],
  ['a long page with the offer of Traditional', `/topics/${longest.id}/`, 'zh-TW'],
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
    await page.goto(`/topics/${longest.id}/`);
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
