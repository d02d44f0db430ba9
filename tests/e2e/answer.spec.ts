import { expect, test } from '@playwright/test';
import { readAnswers, readArticles, readTopics, siteUrl, withoutListNumber } from './support/content.ts';

const answers = readAnswers();
const topics = readTopics();
const articles = readArticles();

function meta(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An answer page's title: its heading, after the context a heading that cannot stand alone gets (answer-titles.spec.ts). */
const titled = (title: string) => new RegExp(`${escapeRegExp(withoutListNumber(title))}$`);
const unescape = (s: string | undefined) => s?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// What a forum or chat preview reads: the HTML head, fetched without running anything.
test('every /a/<id>/ carries its own title, description and Open Graph tags', async ({ request }) => {
  const seen = new Set<string>();
  for (const answer of answers) {
    const html = await (await request.get(`/a/${answer.id}/`)).text();
    const url = new URL(`/a/${answer.id}/`, siteUrl).href;
    const ogTitle = unescape(meta(html, 'property', 'og:title'))!;
    expect(ogTitle, answer.id).toMatch(titled(answer.title));
    expect(unescape(meta(html, 'property', 'og:description')), answer.id).toBe(answer.excerpt);
    expect(unescape(meta(html, 'name', 'description')), answer.id).toBe(answer.excerpt);
    expect(answer.excerpt.length).toBeLessThanOrEqual(120);
    expect(meta(html, 'property', 'og:url'), answer.id).toBe(url);
    expect(html, answer.id).toContain(`<link rel="canonical" href="${url}">`);
    expect(meta(html, 'property', 'og:type')).toBe('article');
    expect(meta(html, 'property', 'og:site_name')).toBe('花呗逾期知识库');
    expect(meta(html, 'property', 'og:locale')).toBe('zh_CN');
    expect(meta(html, 'name', 'twitter:card')).toBe('summary');
    expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1])).toMatch(new RegExp(`^${escapeRegExp(ogTitle)}｜`));
    seen.add(meta(html, 'property', 'og:url')!);
  }
  expect(seen.size).toBe(answers.length);
});

test('an answer page shows the answer alone, its topic, and the way to the whole article', async ({ page }) => {
  const article = articles.find((a) => a.answers.some((x) => x.level === 2) && a.answers.some((x) => x.level === 3))!;
  const index = article.answers.findIndex((a, i) => a.level === 2 && article.answers[i + 1]?.level === 3);
  const answer = article.answers[index]!;
  const following = article.answers.slice(index + 1);
  const end = following.findIndex((a) => a.level <= answer.level);
  const owned = end < 0 ? following : following.slice(0, end);
  const topic = topics.find((t) => t.id === article.topic)!;

  await page.goto(`/a/${answer.id}/`);
  await expect(page.locator('h1')).toHaveText(titled(answer.title));
  await expect(page.locator('h1')).toHaveId(answer.id);
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: topic.name })).toHaveAttribute('href', `/topics/${topic.id}/`);
  // The answers it owns come with it, one level down; nothing else of the article does.
  const shown = await page.locator('.answer-heading :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => h.id));
  expect(shown).toEqual([answer.id, ...owned.map((a) => a.id)]);
  if (owned[0]) await expect(page.locator(`[id="${owned[0].id}"]`)).toHaveJSProperty('tagName', 'H2');

  await page.getByRole('link', { name: '在完整文章中阅读' }).click();
  await expect(page).toHaveURL(`${article.page}#${answer.id}`);
  await expect(page.locator(':target')).toHaveId(answer.id);
});

test('previous and next answer follow the reading order', async ({ page }) => {
  const [first, second, third] = answers;
  await page.goto(`/a/${second!.id}/`);
  const pager = page.getByRole('navigation', { name: '其他回答' });
  await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', `/a/${first!.id}/`);
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`/a/${third!.id}/`);
  await expect(page.locator('h1')).toHaveText(titled(third!.title));
});

test('an answer page names its source and the disclaimer', async ({ page }) => {
  const answer = answers.at(-1)!;
  await page.goto(`/a/${answer.id}/`);
  await expect(page.getByRole('heading', { name: '来源与说明' })).toBeVisible();
  await expect(page.getByText('信息仅供参考，不构成法律意见。').first()).toBeVisible();
});
