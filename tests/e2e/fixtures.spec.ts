// Builds of the site other than dist/: a renamed answer id, a removed answer whose id is retired, a registry entry
// that resolves nowhere, and the whole site under BASE_PATH=/kb. Each builds in seconds; they run one after another in one worker.
import { expect, test } from '@playwright/test';
import { publishUnder, registerGhostId, removeAnswer, renameAnswer } from '../fixtures/rename-answer.ts';
import { readArticles, readPermalinks, readTopics, siteUrl, withoutListNumber } from './support/content.ts';
import { crawlBuild } from './support/crawl.ts';
import { buildSite, fixtureContent, fixturePort, removeFixture, serve, type Server } from './support/fixture-site.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const theft = readArticles().find((a) => a.topic === 'theft')!;
const homeVisits = readArticles().find((a) => a.topic === 'home-visits')!;

test.describe('an answer id renamed with an alias, and an answer removed with its id retired', () => {
  const renamed = theft.answers.find((a) => a.level === 4) ?? theft.answers.at(-1)!;
  const newId = `${renamed.id}-renamed`;
  // An answer first published on the theft page that has since moved to home-visits under a new id.
  const moved = homeVisits.answers[1]!;
  const movedId = `${moved.id}-moved`;
  // An answer the editors removed: its id is marked retired, with the reason readers see.
  const removed = homeVisits.answers.findLast((a) => a.level > 2 && a.id !== moved.id)!;
  const reason = '原文已删除这部分内容';
  const removedTopic = readTopics().find((t) => t.id === homeVisits.topic)!;
  let root = '';
  let server: Server;

  test.beforeAll(async () => {
    const fixture = fixtureContent('renamed', (dir) => {
      renameAnswer(dir, renamed.id, newId);
      renameAnswer(dir, moved.id, movedId);
      publishUnder(dir, moved.id, 'theft');
      removeAnswer(dir, removed.id, reason);
    });
    root = fixture.root;
    const build = buildSite(fixture.root, fixture.contentDir);
    expect(build.ok, build.log).toBe(true);
    expect(readPermalinks(fixture.contentDir)[renamed.id]).toEqual({ topic: 'theft', aliasOf: newId });
    server = await serve(build.outDir, fixturePort(1));
  });
  test.afterAll(() => {
    server?.stop();
    removeFixture(root);
  });

  test('/a/<old-id>/ forwards to the new answer, keeping the fragment', async ({ page }) => {
    await page.goto(`${server.origin}/a/${renamed.id}/#${newId}`);
    await expect(page).toHaveURL(`${server.origin}/a/${newId}/#${newId}`);
    // The heading, after the context a numbered step gets (tests/e2e/answer-titles.spec.ts).
    await expect(page.locator('h1')).toHaveText(new RegExp(`${withoutListNumber(renamed.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('h1')).toHaveId(newId);
  });

  test('a mangled link to the old id leads to the new answer', async ({ page }) => {
    await page.goto(`${server.origin}/A/${renamed.id.toUpperCase()}%E3%80%82`);
    await page.locator('#found_answers').getByRole('link').click();
    await expect(page).toHaveURL(`${server.origin}/a/${newId}/`);
    await expect(page.locator('h1')).toHaveId(newId);
  });

  test('/topics/theft/#<old-id> lands on the renamed answer and marks it', async ({ page }) => {
    await page.goto(`${server.origin}/topics/theft/#${renamed.id}`);
    await expect(page.locator(':target')).toHaveId(renamed.id);
    await expect(page.locator(`[id="${newId}"]`)).toBeInViewport();
    const marked = page.locator(`.answer:has(> .answer-heading [id="${newId}"])`);
    expect(await marked.evaluate((s) => getComputedStyle(s).borderLeftColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('/topics/theft/#<id> of an answer that moved to another topic says where it went and leads there', async ({ page }) => {
    await page.goto(`${server.origin}/topics/theft/#${moved.id}`);
    const note = page.locator(':target');
    await expect(note).toHaveId(moved.id);
    await expect(note).toBeInViewport();
    await expect(note).toContainText(moved.title);
    await note.getByRole('link', { name: '上门催收' }).click();
    await expect(page).toHaveURL(`${server.origin}/topics/home-visits/#${movedId}`);
    await page.goto(`${server.origin}/a/${moved.id}/`);
    await expect(page).toHaveURL(`${server.origin}/a/${movedId}/`);
  });

  test('the forwarding page works without JavaScript and points search engines at the new answer', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/a/${renamed.id}/`);
    await expect(page).toHaveURL(`${server.origin}/a/${renamed.id}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(`/a/${newId}/`, siteUrl).href);
    await page.getByRole('link', { name: withoutListNumber(renamed.title) }).click();
    await expect(page).toHaveURL(`${server.origin}/a/${newId}/`);
    await context.close();
  });

  test('/a/<retired-id>/ says the answer was removed, why, and leads to its topic', async ({ page }) => {
    const response = await page.goto(`${server.origin}/a/${removed.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('这个回答已删除');
    await expect(page.locator('main')).toContainText(reason);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await page.locator('main').getByRole('link', { name: removedTopic.name }).click();
    await expect(page).toHaveURL(`${server.origin}/topics/${removedTopic.id}/`);
    await page.goto(`${server.origin}/zh-hant/a/${removed.id}/`);
    await expect(page.locator('h1')).toHaveText('這個回答已刪除');
  });

  test('/topics/<topic>/#<retired-id> lands on a note that says the answer was removed and leads to its page', async ({ page }) => {
    await page.goto(`${server.origin}/topics/${removedTopic.id}/#${removed.id}`);
    const note = page.locator(':target');
    await expect(note).toHaveId(removed.id);
    await expect(note).toBeInViewport();
    await expect(note).toContainText('已删除');
    await expect(note).toContainText(reason);
    await note.getByRole('link').click();
    await expect(page).toHaveURL(`${server.origin}/a/${removed.id}/`);
    await expect(page.locator('h1')).toHaveText('这个回答已删除');
  });

  test('the fixture build passes the crawl', () => {
    const report = crawlBuild(`${root}/dist`, { base: '/', site: siteUrl });
    expect(report.problems).toEqual([]);
  });
});

test('the build fails, naming the id, when a published id resolves nowhere', () => {
  const fixture = fixtureContent('ghost', (dir) => registerGhostId(dir, 'answer-that-was-deleted', 'theft'), false);
  try {
    const build = buildSite(fixture.root, fixture.contentDir);
    expect(build.ok).toBe(false);
    expect(build.log).toContain('"answer-that-was-deleted"');
    // Both ways out: an alias on the answer that replaced it, or the id marked retired.
    expect(build.log).toMatch(/"answer-that-was-deleted"[^\n]*aliases[^\n]*"retired"/);
  } finally {
    removeFixture(fixture.root);
  }
});

test.describe('the whole site under BASE_PATH=/kb', () => {
  let root = '';
  let server: Server;

  test.beforeAll(async () => {
    const fixture = fixtureContent('base-path', () => {}, false);
    root = fixture.root;
    const build = buildSite(fixture.root, fixture.contentDir, { BASE_PATH: '/kb' });
    expect(build.ok, build.log).toBe(true);
    server = await serve(build.outDir, fixturePort(2), '/kb');
  });
  test.afterAll(() => {
    server?.stop();
    removeFixture(root);
  });

  test('the crawl finds no broken link, asset or anchor, and nothing outside /kb/', () => {
    const report = crawlBuild(`${root}/dist`, { base: '/kb/', site: siteUrl });
    expect(report.problems).toEqual([]);
    expect(report.pages).toBeGreaterThan(theft.answers.length);
  });

  test('pages load their stylesheet and script, and links stay under /kb/', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const failed: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    await page.goto(`${server.origin}/kb/`);
    await page.getByRole('link', { name: '花呗被盗用导致逾期' }).first().click();
    await expect(page).toHaveURL(`${server.origin}/kb/topics/theft/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    await page.getByRole('button', { name: '复制链接' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/kb/a/${theft.answers[0]!.id}/`);
    await page.getByRole('navigation', { name: '本页目录' }).getByRole('link').nth(1).click();
    await expect(page).toHaveURL(`${server.origin}/kb/topics/theft/#${theft.answers[1]!.id}`);
    await page.goto(`${server.origin}/kb/a/${theft.answers[0]!.id}/`);
    await page.getByRole('link', { name: '在完整文章中阅读' }).click();
    await expect(page).toHaveURL(`${server.origin}/kb/topics/theft/#${theft.answers[0]!.id}`);
    expect(failed).toEqual([]);
  });
});
