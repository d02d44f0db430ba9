// npm run bench:search — the search's weight and speed in Chromium against the built site (dist/), served
// gzipped by scripts/serve.ts. Not part of `npm test`. Prints each figure beside its budget; exits 1 when over.
//   first query bytes: everything fetched from focusing the header box on a topic page until the results of a
//     first query are on screen (search UI, Pagefind runtime and WASM, index, search data, page fragments for
//     the top answers; for a Traditional query also the converter), measured as CDP encodedDataLength;
//   cold first-query time: focus → results, on a fresh browser;
//   warm p50/p95: every query of the relevance suite on a warm page, from the end of the typing pause to
//     results on screen (per query, the median of three runs).
//   node scripts/bench-search.ts [--port 4422] [--dir dist]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findBrowser } from './support/browser.ts';
import { startServer } from './bench-serve.ts';
import { budgetRow, formatTable, reported, type Row } from './bench-table.ts';

export const budgets = { simplifiedBytes: 125 * 1024, traditionalBytes: 185 * 1024, warmP95: 20 };
export const simplifiedQuery = '花呗逾期会通知家人吗';
export const traditionalQuery = '上門催收怎麼應對';
/** The page the queries are typed on: a topic page, as a reader would. */
export const searchFrom = '/topics/theft/';
const measuredPasses = 3;
const suite = (JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q);

/** Waits until the panel shows results (or a no-result state) for the query just typed. */
async function waitForResults(page: Page, timeout = 30_000): Promise<number> {
  const panel = page.locator('[data-search-panel], [data-search-results]').first();
  await page.waitForFunction(() => {
    const p = document.querySelector<HTMLElement>('[data-search-panel]');
    return p && p.dataset['searchMs'] && !p.hasAttribute('aria-busy') && p.dataset['query'] === (document.querySelector<HTMLInputElement>('form[data-search-box] input')?.value ?? '');
  }, undefined, { timeout });
  return Number(await panel.getAttribute('data-search-ms'));
}

export interface FirstQuery {
  bytes: number;
  ms: number;
  files: [string, number][];
}

/** Bytes transferred and time taken by a first query typed into the header box of a fresh browser context. */
export async function firstQuery(browser: Browser, origin: string, query: string, from = searchFrom): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${from}`, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const files: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url.replace(origin, '')));
  cdp.on('Network.loadingFinished', (e) => files.push([urls.get(e.requestId) ?? '?', e.encodedDataLength]));
  const started = Date.now();
  await page.locator('form[data-search-box] input').focus();
  await page.locator('form[data-search-box] input').fill(query);
  // A site of thousands of articles may take its time on a first query: measured, not failed.
  await waitForResults(page, 300_000);
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytes: files.reduce((sum, [, b]) => sum + b, 0), ms, files };
}

async function warmTimes(browser: Browser, origin: string): Promise<[string, number][]> {
  const page = await browser.newPage();
  await page.goto(`${origin}${searchFrom}`);
  const input = page.locator('form[data-search-box] input');
  await input.focus();
  const times = new Map<string, number[]>(suite.map((q) => [q, []]));
  // One pass warms every index chunk and fragment; each query's figure is the median of the measured passes,
  // so that a pause of a busy machine (or a garbage collection) does not pass for the search's own time.
  for (let pass = 0; pass <= measuredPasses; pass++) {
    for (const query of suite) {
      await input.fill(query);
      const ms = await waitForResults(page);
      if (pass > 0) times.get(query)!.push(ms);
    }
  }
  await page.close();
  return [...times].map(([query, runs]) => [query, runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!]);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export interface SearchBench {
  rows: Row[];
  /** Lines of detail: slowest queries and every file the first queries fetched. */
  details: string[];
}

/** Every figure of the search, measured against a site served at `origin`. */
export async function benchSearch(browser: Browser, origin: string): Promise<SearchBench> {
  const simplified = await firstQuery(browser, origin, simplifiedQuery);
  const traditional = await firstQuery(browser, origin, traditionalQuery);
  const warmByQuery = (await warmTimes(browser, origin)).sort((a, b) => a[1] - b[1]);
  const warm = warmByQuery.map(([, t]) => t);
  const rows: Row[] = [
    budgetRow(`search: first Simplified query (${simplifiedQuery}), bytes`, simplified.bytes, budgets.simplifiedBytes, kb),
    budgetRow(`search: first Traditional query (${traditionalQuery}), bytes`, traditional.bytes, budgets.traditionalBytes, kb),
    reported('search: cold first query, focus → results', `${simplified.ms} ms`),
    reported('search: cold first Traditional query', `${traditional.ms} ms`),
    reported(`search: warm p50 (${warm.length} queries)`, ms(percentile(warm, 50))),
    budgetRow(`search: warm p95 (${warm.length} queries)`, percentile(warm, 95), budgets.warmP95, ms),
  ];
  const details = [
    `slowest warm queries: ${warmByQuery.slice(-5).reverse().map(([q, t]) => `${q} ${t} ms`).join(', ')}`,
    'first Simplified query fetched:',
    ...simplified.files.map(([url, bytes]) => `  ${kb(bytes).padStart(9)}  ${url}`),
    'first Traditional query fetched:',
    ...traditional.files.map(([url, bytes]) => `  ${kb(bytes).padStart(9)}  ${url}`),
  ];
  return { rows, details };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findBrowser();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4422' }, dir: { type: 'string', default: 'dist' } } });
  const server = await startServer(values.dir, Number(values.port));
  const browser = await launchBrowser();
  try {
    const { rows, details } = await benchSearch(browser, server.origin);
    console.log(formatTable('bench:search', rows));
    console.log(details.join('\n'));
    if (rows.some((r) => !r.ok)) {
      console.error('bench:search: over budget');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
