// Mangled links still arrive: chats and forums glue a trailing 。，）」 onto a pasted link (the browser sends it
// %-encoded, as a chat's link arrives), upper-case it, cut its id short or drop its last slash. Every registered
// id, mangled each way, leads from the 404 page (or the host's redirect) to its answer.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readPermalinks, readTopics } from './support/content.ts';

const registry = Object.entries(readPermalinks());

const trailing = ['。', '，', '）', '」'];

/** The ways a link to /a/<id>/ arrives mangled (the `n`th id: the trailing marks take turns). */
function mangled(id: string, n: number): string[] {
  return [
    `/a/${id}/${trailing[n % trailing.length]}`,
    `/a/${id}${trailing[(n + 1) % trailing.length]}`,
    `/A/${id.toUpperCase()}/`,
    `/a/${id}`,
    `/a/${id.slice(0, Math.max(3, id.length - 4))}`,
  ];
}

/**
 * Where `path` arrives: the answer itself (the host's redirect), or the 404 page offering a link to `answer`,
 * which, when `click`, leads there.
 */
async function follow(page: Page, path: string, answer: string, { dir = '', click = true } = {}): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
  if (response?.status() === 404) {
    const offered = page.locator('#found_answers');
    await expect(offered, path).toBeVisible();
    await expect(offered.locator('p:visible'), path).toContainText('你要找的');
    const link = offered.locator(`a[href="/${dir}a/${answer}/"]`);
    await expect(link, path).toHaveCount(1);
    if (!click) return;
    await link.click();
  }
  await expect(page, path).toHaveURL(`/${dir}a/${answer}/`);
  await expect(page.locator('h1'), path).toHaveId(answer);
}

for (const topic of readTopics()) {
  const ids = registry.filter(([, entry]) => entry.topic === topic.id);

  test(`every id published under ${topic.id}, mangled each way, leads to its answer`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(ids.length).toBeGreaterThan(0);
    for (const [n, [id, { aliasOf }]] of ids.entries()) {
      // Each way is followed to the answer for some id; for the others, the link it offers is checked.
      const paths = mangled(id, n);
      for (const [i, path] of paths.entries()) await follow(page, path, aliasOf ?? id, { click: i === n % paths.length });
    }
  });
}

test('a link mangled beyond one answer offers the few it can be, and one that names none offers nothing', async ({ page }) => {
  const ids = registry.map(([id]) => id);
  const common = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return a.slice(0, n);
  };
  // The longest start that two ids share, itself no id.
  const shared = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => common(a, b))).filter((s) => !ids.includes(s)).sort((a, b) => b.length - a.length)[0] ?? '';
  test.skip(shared.length < 3, 'no two ids share a start long enough to guess from');
  await page.goto(`/a/${shared}`);
  const offered = page.locator('#found_answers li a');
  await expect(offered.first()).toBeVisible();
  expect(await offered.count()).toBeGreaterThan(1);
  await page.goto('/a/zzz-no-such-answer/');
  await expect(page.locator('#found_answers')).toBeHidden();
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the answers offered for a mangled link pass axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/a/${registry[0]![0].slice(0, 3)}`);
    await expect(page.locator('#found_answers')).toBeVisible();
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('a mangled Traditional link leads to the Traditional answer', async ({ page }) => {
  const [id, { aliasOf }] = registry[0]!;
  await follow(page, `/zh-hant/a/${id}。`, aliasOf ?? id, { dir: 'zh-hant/' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page lists every answer, titled to stand alone, so a mangled link still leads there', async ({ page }) => {
    const [id, { aliasOf }] = registry[0]!;
    await page.goto(`/a/${id}。`);
    await page.locator('summary', { hasText: '个回答' }).click();
    const links = page.locator('#all_answers a');
    expect(await links.count()).toBe(registry.filter(([, e]) => e.aliasOf === undefined).length);
    await page.locator(`#all_answers a[href="/a/${aliasOf ?? id}/"]`).click();
    await expect(page).toHaveURL(`/a/${aliasOf ?? id}/`);
  });
});
