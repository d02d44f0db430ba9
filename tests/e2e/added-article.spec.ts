// An article added the editor's way (tests/support/added-article.ts: add-article, the reviewed .yaml, normalize)
// into a topic that has an article already, built in a copy of the project and served: the site shows what its
// content holds (tests/support/site-checks.ts), the added article has a page of its own that its topic page leads
// to, neither page has an accessibility violation,
// and a reader who types the new article's own words — a heading, a phrase of its text that no other article has,
// in Simplified on /search/ and in Traditional on /zh-hant/search/ — finds its answer among the first results,
// lands on it, and the link the page copies opens the answer's own page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as OpenCC from 'opencc-js/cn2t';
import { addArticle } from '../support/added-article.ts';
import { builtSiteProblems } from '../support/site-checks.ts';
import { axeViolations } from './support/axe.ts';
import { readArticles, withoutListNumber, type ExpectedArticle } from './support/content.ts';
import { fixturePort, serve, type Server } from './support/fixture-site.ts';
import { isolatedBuild, removeBuild, type IsolatedBuild } from './support/isolated-build.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** How many results count as "the first": what a reader sees without scrolling on a phone. */
const firstResults = 3;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const variants = [
  { name: 'Simplified', prefix: '', label: '输入你想问的问题或词语', query: (words: string) => words },
  { name: 'Traditional', prefix: '/zh-hant', label: '輸入你想問的問題或詞語', query: toTraditional },
] as const;

/** The clauses of `text` a reader could type: 6 to 16 characters between punctuation. */
const clauses = (text: string): string[] => text.split(/[，。；：！？、“”‘’（）《》,.;:!?()\s]+/).filter((c) => c.length >= 6 && c.length <= 16);

let build: IsolatedBuild;
let article: ExpectedArticle;
let server: Server | undefined;
/** Per answer of the added article: its heading's words, and a clause of its text found in no other article. */
let queries: { id: string; heading: string; phrase: string }[] = [];

test.beforeAll(async () => {
  let base = '';
  build = isolatedBuild('added-article', (root) => void (base = addArticle(root)));
  expect(build.ok, build.log).toBe(true);
  article = readArticles(build.contentDir).find((a) => a.source.file === `${base}.txt`)!;
  const articlesDir = join(build.contentDir, 'articles');
  const others = readdirSync(articlesDir)
    .filter((name) => name !== `${article.slug}.mdx`)
    .map((name) => readFileSync(join(articlesDir, name), 'utf8'))
    .join('\n');
  queries = article.answers.map((answer) => ({
    id: answer.id,
    heading: withoutListNumber(answer.title),
    phrase: clauses(answer.excerpt).find((clause) => !others.includes(clause)) ?? '',
  }));
  server = await serve(build.outDir, fixturePort(7));
});
test.afterAll(() => {
  server?.stop();
  if (build) removeBuild(build.root);
});

test('the built site shows what its content holds, the added article beside another in its topic', () => {
  expect(readArticles(build.contentDir).filter((a) => a.topic === article.topic).length).toBeGreaterThan(1);
  expect(builtSiteProblems(build.contentDir, build.outDir)).toEqual([]);
});

test('the topic page keeps its article and leads to the added one, on its own page', async ({ page }) => {
  const origin = server!.origin;
  expect(article.page).toBe(`/topics/${article.topic}/${article.slug}/`);
  await page.goto(`${origin}/topics/${article.topic}/`);
  const list = page.getByRole('navigation', { name: /^本话题的 \d+ 篇文章$/ });
  await list.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(`${origin}${article.page}`);
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  await expect(list.getByRole('link', { name: article.title })).toHaveCount(0);
  await expect(list.locator('[aria-current="page"]')).toHaveText(article.title);
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: /./ }).last()).toHaveAttribute('href', `/topics/${article.topic}/`);
});

// The Traditional twin has the page's structure token for token (tests/e2e/hant.spec.ts): one script is enough.
for (const which of ['topic page', 'added article\'s page'] as const) {
  test(`axe finds no violation on the ${which}`, async ({ page }) => {
    await page.goto(`${server!.origin}${which === 'topic page' ? `/topics/${article.topic}/` : article.page}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

async function searchFor(page: Page, variant: (typeof variants)[number], words: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: variant.label });
  await input.fill(words);
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-query', words);
  return results.locator('a[data-answer]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['answer']!));
}

for (const [v, variant] of variants.entries()) {
  test(`${variant.name}: the added article's headings and phrases find its answers, which link to their pages`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const origin = server!.origin;
    const searchPath = `${variant.prefix}/search/`;
    for (const [i, { id, heading, phrase }] of queries.entries()) {
      expect(phrase, `${id}: a clause of its text that no other article has`).not.toBe('');
      if (new URL(page.url()).pathname !== searchPath) await page.goto(`${origin}${searchPath}`);
      for (const words of [heading, phrase]) {
        const query = variant.query(words);
        const found = await searchFor(page, variant, query);
        expect(found.slice(0, firstResults), `"${query}" (${id})`).toContain(id);
      }
      // Every other answer, alternating between the scripts, is followed to the answer on its article's page, then to
      // the link its copy button gives to share.
      if (i % variants.length !== v) continue;
      await page.locator(`[data-search-results] a[data-answer="${id}"]`).click();
      await expect(page).toHaveURL(`${origin}${variant.prefix}${article.page}#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      await page.locator(`.answer-heading:has([id="${id}"]) button.copy-link`).click();
      const shared = await page.evaluate(() => navigator.clipboard.readText());
      expect(shared).toBe(`${origin}${variant.prefix}/a/${id}/`);
      await page.goto(shared);
      await expect(page.locator('h1')).toHaveId(id);
      await expect(page.locator('h1')).toContainText(variant.query(heading));
      await expect(page.locator('main')).toContainText(variant.query(phrase));
    }
  });
}
