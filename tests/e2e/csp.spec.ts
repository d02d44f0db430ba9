// The Content-Security-Policy of public/_headers (served by scripts/serve.ts, as a static host would) and of every
// page's <meta http-equiv>: every kind of page loads and works under it, search included (Pagefind compiles
// WebAssembly, hence 'wasm-unsafe-eval'; results are built from elements and text, so Trusted Types can be
// required), with no violation. A page's violations are collected from the
// `securitypolicyviolation` event and from the console, where Chromium reports what the policy blocked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { renameAnswer } from '../fixtures/rename-answer.ts';
import { readAnswers, readArticles } from './support/content.ts';
import { htmlFiles } from './support/crawl.ts';
import { fixturePort, serve, type Server } from './support/fixture-site.ts';
import { isolatedBuild, removeBuild } from './support/isolated-build.ts';

declare global {
  interface Window {
    cspViolations?: string[];
    inlineScriptRan?: boolean;
    injectedHtmlRan?: boolean;
    trustedTypes: { createPolicy: (name: string, rules: { createScript: (s: string) => string }) => { createScript: (s: string) => string } };
  }
}

const headerPolicy = headersFor(parseHeadersFile(readFileSync('dist/_headers', 'utf8')), '/')['content-security-policy'] ?? '';
const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
const answers = readAnswers();

/** Records the page's CSP violations (from the event, on every document it loads, and from the console). */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && fromConsole.push(m.text())));
  // Awaited: a navigation that starts before the script is registered would load a document without the listener.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => window.cspViolations ?? []))];
}

const results = (page: Page) => page.locator('[data-search-panel] a[data-answer], [data-search-results] a[data-answer]');

test('the header and every page carry one policy, with no inline script allowed', async ({ request }) => {
  expect(headerPolicy).toMatch(/(^|;\s*)script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'"]) expect(headerPolicy.split(/;\s*/)).toContain(directive);
  expect(headerPolicy).not.toContain('unsafe-inline');
  expect(headerPolicy).not.toMatch(/'unsafe-eval'/);
  // frame-ancestors is ignored (with a console error) in a <meta>; the header alone carries it.
  const pagePolicy = headerPolicy.replace(/;\s*frame-ancestors [^;]*/, '');
  for (const file of htmlFiles('dist')) expect(metaPolicy(readFileSync(file, 'utf8')), file).toBe(pagePolicy);
  const response = await request.get('/topics/theft/');
  expect(response.headers()['content-security-policy']).toBe(headerPolicy);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  expect(response.headers()['permissions-policy']).toBeTruthy();
});

test('the policy is in force: an inline script is blocked and reported', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    // Past Trusted Types (a policy of the test's own), so that script-src is what blocks it.
    script.textContent = window.trustedTypes.createPolicy('test', { createScript: (s) => s }).createScript('window.inlineScriptRan = true') as string;
    document.body.append(script);
  });
  expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined();
  await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
});

test('Trusted Types are in force: markup assigned as a string is refused and reported, not parsed', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/');
  const outcome = await page.evaluate(() => {
    const box = document.createElement('div');
    try {
      box.innerHTML = '<img src="data:," onerror="window.injectedHtmlRan = true">';
      return `parsed: ${box.children.length} element(s)`;
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
  expect(await page.evaluate(() => window.injectedHtmlRan)).toBeUndefined();
  // The report is queued as a task of its own, after the refusal: on a busy machine it may come late.
  await expect.poll(violations, { timeout: 20_000 }).toContainEqual(expect.stringContaining('require-trusted-types-for'));
});

test('home, then a search from the header box (Pagefind and its WASM), without a violation', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/');
  await page.getByRole('searchbox').first().fill('花呗逾期会通知家人吗');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('a topic page: copy a link, follow the table of contents, search in Traditional and in pinyin', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watch(page);
  await page.goto('/topics/theft/');
  await page.getByRole('button', { name: '复制链接' }).first().click();
  await page.getByRole('navigation', { name: '本页目录' }).getByRole('link').last().click();
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill('上門催收怎麼應對');
  await expect(results(page).first()).toBeVisible();
  await box.fill('cuishou');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('an answer page, the search page with queries (linked, pinyin, Traditional, nothing found), a landing with marked words and the 404 page', async ({ page }) => {
  const violations = await watch(page);
  const seen: string[] = [];
  const visit = async (path: string, ready: () => Promise<void>) => {
    await page.goto(path);
    await ready();
    await page.waitForLoadState('networkidle');
    seen.push(...(await violations()).map((v) => `${path}: ${v}`));
  };
  await visit(`/a/${answers[0]!.id}/`, () => expect(page.locator('h1')).toBeVisible());
  await visit(`/search/?q=${encodeURIComponent('催收')}`, () => expect(results(page).first()).toBeVisible());
  await visit(`/search/#q=${encodeURIComponent('yuqi')}`, () => expect(results(page).first()).toBeVisible());
  await visit(`/zh-hant/search/#q=${encodeURIComponent('上門催收怎麼應對')}`, () => expect(results(page).first()).toBeVisible());
  await visit(`/search/#q=${encodeURIComponent('外星人')}`, () => expect(page.locator('[data-search-results] .search-topics a').first()).toBeVisible());
  await visit(`/topics/home-visits/?highlight=${encodeURIComponent('催收')}`, () => expect(page.locator('mark.search-landing').first()).toBeVisible());
  await visit('/no-such-page/', () => expect(page.locator('h1')).toHaveText('找不到这个页面'));
  expect(seen).toEqual([]);
});

test.describe('the forwarding page of a retired id', () => {
  test.describe.configure({ timeout: 120_000 });
  const theft = readArticles().find((a) => a.topic === 'theft')!;
  const renamed = theft.answers.at(-1)!;
  let root = '';
  let server: Server | undefined;

  test.beforeAll(async () => {
    const build = isolatedBuild('csp-renamed', (root) => {
      renameAnswer(join(root, 'content'), renamed.id, `${renamed.id}-new`);
      const run = spawnSync(process.execPath, ['scripts/normalize.ts'], { cwd: root, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`normalize failed: ${run.stdout}${run.stderr}`);
    });
    root = build.root;
    expect(build.ok, build.log).toBe(true);
    server = await serve(build.outDir, fixturePort(5));
  });
  test.afterAll(() => {
    server?.stop();
    removeBuild(root);
  });

  test('forwards with its script, without a violation', async ({ page }) => {
    const violations = await watch(page);
    await page.goto(`${server!.origin}/a/${renamed.id}/`);
    await expect(page).toHaveURL(`${server!.origin}/a/${renamed.id}-new/`);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
});
