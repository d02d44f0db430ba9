// npm run bench:search — the search's weight and speed in Chromium against the built site (dist/), served
// gzipped by scripts/serve.ts. Not part of `npm test`. Prints each figure beside its budget; exits 1 when over.
//   first query bytes: everything fetched from focusing the header box on a topic page until the results of a
//     first query are on screen (search UI, Pagefind runtime and WASM, index, search data, page fragments for
//     the top answers; for a Traditional query also the converter), measured as CDP encodedDataLength;
//   cold first-query time: focus → results, on a fresh browser;
//   warm p50/p95: every query of the relevance suite on a warm page, from the end of the typing pause to
//     results on screen (per query, the median of three runs).
//   node scripts/bench-search.ts [--port 4422] [--dir dist]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../tests/support/browser.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4422' }, dir: { type: 'string', default: 'dist' } } });
const origin = `http://127.0.0.1:${values.port}`;
const budgets = { simplifiedBytes: 125 * 1024, traditionalBytes: 185 * 1024, warmP95: 20 };
const simplifiedQuery = '花呗逾期会通知家人吗';
const traditionalQuery = '上門催收怎麼應對';
const measuredPasses = 3;
const suite = (JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q);

async function startServer(): Promise<() => void> {
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', values.dir, '--port', values.port], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) return () => server.kill();
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`bench: the server did not start on ${origin}`);
}

/** Waits until the panel shows results (or a no-result state) for the query just typed. */
async function waitForResults(page: Page): Promise<number> {
  const panel = page.locator('[data-search-panel], [data-search-results]').first();
  await page.waitForFunction(() => {
    const p = document.querySelector<HTMLElement>('[data-search-panel]');
    return p && p.dataset['searchMs'] && !p.hasAttribute('aria-busy') && p.dataset['query'] === (document.querySelector<HTMLInputElement>('form[data-search-box] input')?.value ?? '');
  });
  return Number(await panel.getAttribute('data-search-ms'));
}

/** Bytes transferred and time taken by a first query typed into the header box of a fresh browser. */
async function firstQuery(browser: Browser, query: string): Promise<{ bytes: number; ms: number; files: [string, number][] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/topics/theft/`, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const files: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => files.push([urls.get(e.requestId) ?? '?', e.encodedDataLength]));
  const started = Date.now();
  await page.locator('form[data-search-box] input').focus();
  await page.locator('form[data-search-box] input').fill(query);
  await waitForResults(page);
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytes: files.reduce((sum, [, b]) => sum + b, 0), ms, files };
}

async function warmTimes(browser: Browser): Promise<[string, number][]> {
  const page = await browser.newPage();
  await page.goto(`${origin}/topics/theft/`);
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

const stop = await startServer();
const executablePath = await findBrowser();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  const simplified = await firstQuery(browser, simplifiedQuery);
  const traditional = await firstQuery(browser, traditionalQuery);
  const warmByQuery = (await warmTimes(browser)).sort((a, b) => a[1] - b[1]);
  const warm = warmByQuery.map(([, ms]) => ms);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, string, string, boolean][] = [
    [`first Simplified query (${simplifiedQuery}), bytes`, kb(simplified.bytes), `≤ ${kb(budgets.simplifiedBytes)}`, simplified.bytes <= budgets.simplifiedBytes],
    [`first Traditional query (${traditionalQuery}), bytes`, kb(traditional.bytes), `≤ ${kb(budgets.traditionalBytes)}`, traditional.bytes <= budgets.traditionalBytes],
    ['cold first query, focus → results', `${simplified.ms} ms`, '(reported)', true],
    ['cold first Traditional query', `${traditional.ms} ms`, '(reported)', true],
    [`warm p50 (${warm.length} queries)`, `${percentile(warm, 50).toFixed(1)} ms`, '(reported)', true],
    [`warm p95 (${warm.length} queries)`, `${percentile(warm, 95).toFixed(1)} ms`, `≤ ${budgets.warmP95} ms`, percentile(warm, 95) <= budgets.warmP95],
  ];
  console.log('bench:search — figure / budget');
  for (const [name, figure, budget, ok] of rows) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${figure.padStart(10)}   ${budget}`);
  console.log(`  slowest warm queries: ${warmByQuery.slice(-5).reverse().map(([q, ms]) => `${q} ${ms} ms`).join(', ')}`);
  console.log('  first Simplified query fetched:');
  for (const [url, bytes] of simplified.files) console.log(`    ${kb(bytes).padStart(9)}  ${url.replace(origin, '')}`);
  console.log('  first Traditional query fetched:');
  for (const [url, bytes] of traditional.files) console.log(`    ${kb(bytes).padStart(9)}  ${url.replace(origin, '')}`);
  if (rows.some((r) => !r[3])) {
    console.error('bench:search: over budget');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  stop();
}
