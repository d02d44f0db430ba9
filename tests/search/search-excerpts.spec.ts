// Excerpts under the results: text as the article shows it (escaped once, even where the source text holds
// markup), and something to read for every answer, a heading-only one (the parent of numbered steps) included.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readAnswers } from '../e2e/support/content.ts';
import { fixturePort, serve, type Server } from '../e2e/support/fixture-site.ts';
import { isolatedBuild, removeBuild } from '../e2e/support/isolated-build.ts';

const pageInput = (page: Page) => page.getByRole('searchbox', { name: '输入你想问的问题或词语' });
const resultFor = (page: Page, id: string) => page.locator('[data-search-results] .search-result', { has: page.locator(`a[data-answer="${id}"]`) });

test('every answer that ranks among the first results for its own title shows an excerpt to read', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const bare: string[] = [];
  let checked = 0;
  for (const answer of readAnswers()) {
    await pageInput(page).fill(answer.title);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', answer.title);
    const rank = (await page.locator('[data-search-results] a[data-answer]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['answer']))).indexOf(answer.id);
    if (rank < 0 || rank > 2) continue;
    checked++;
    const excerpt = (await resultFor(page, answer.id).locator('.search-result-excerpt').textContent().catch(() => null)) ?? '';
    if (excerpt.replace(/[\s…]/g, '').length < 10) bare.push(`${answer.id}: "${excerpt}"`);
  }
  expect(checked).toBeGreaterThan(readAnswers().length / 2);
  expect(bare).toEqual([]);
});

test.describe('an article whose text holds markup', () => {
  test.describe.configure({ timeout: 180_000 });
  let root = '';
  let server: Server | undefined;

  test.beforeAll(async () => {
    const build = isolatedBuild('hostile-search', (root) => {
      for (const file of ['007_hostile.txt', '007_hostile.yaml']) cpSync(join('tests/fixtures/hostile', file), join(root, 'content/sources', file));
      const run = spawnSync(process.execPath, ['scripts/normalize.ts'], { cwd: root, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`normalize failed: ${run.stdout}${run.stderr}`);
    });
    root = build.root;
    expect(build.ok, build.log).toBe(true);
    server = await serve(build.outDir, fixturePort(13));
  });
  test.afterAll(() => {
    server?.stop();
    removeBuild(root);
  });

  test('its excerpt shows <script> as the characters <script>, once escaped, and runs nothing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server!.origin}/search/#q=${encodeURIComponent('斜体')}`);
    const excerpt = resultFor(page, 'hostile-heading').locator('.search-result-excerpt');
    await expect(excerpt).toContainText('<script>alert("xss")</script>');
    expect(await excerpt.textContent()).not.toMatch(/&lt;|&gt;|&#\d+;/);
    await expect(excerpt.locator('script, b, i')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
