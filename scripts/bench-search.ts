// npm run bench:search — the search's weight and speed in Chromium against the built site (dist/), served
// gzipped by scripts/serve.ts. Not part of `npm test`. Prints each figure beside its budget; exits 1 when over.
//   first query bytes: everything fetched from focusing the header box on a topic page until the results of a
//     first query are on screen (search UI, Pagefind runtime and WASM, index, search data, page fragments for
//     the top answers; for a Traditional query also the converter), measured as CDP encodedDataLength;
//   cold first-query time: focus → results, on a fresh browser;
//   warm p50/p95: every query of the relevance suite on a warm page, from the end of the typing pause to
//     results on screen (per query, the median of three runs);
//   recall@1 and @3 of each relevance file (queries.json's tuning and held-out halves, heldout.json) typed into
//     the search page of each script (tests/search/suite.ts): held-out recall is the figure that tells whether the
//     ranking generalizes; the tuning half is what changes were tuned on.
//   node scripts/bench-search.ts [--port 4422] [--dir dist]
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findBrowser } from './support/browser.ts';
import { startServer } from './bench-serve.ts';
import { budgetRow, formatTable, reported, writeBenchmarks, type Row } from './bench-table.ts';
import { recallOf, runQueries, sameResults, searchPages, showHeldOut, suite as relevanceSuite, suites, type Row as QueryRow } from './support/relevance.ts';

export const budgets = { simplifiedBytes: 125 * 1024, traditionalBytes: 185 * 1024, warmP95: 20, heldOutAt1: 0.9, heldOutAt3: 0.97, suiteAt3: 1 };
export const simplifiedQuery = '花呗逾期会通知家人吗';
export const traditionalQuery = '上門催收怎麼應對';
/** The page the queries are typed on: a topic page, as a reader would. */
export const searchFrom = '/topics/theft/';
const measuredPasses = 3;
const suite = relevanceSuite.map((x) => x.q);

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
const share = (n: number) => `${(100 * n).toFixed(1)} %`;

/**
 * Recall of every relevance file in both scripts. Budgets: the held-out questions (the blind file and the held-out
 * half, together) first at least 90 % of the time and in the top 3 at least 97 %; the whole of queries.json in the top 3 always.
 */
async function recallRows(browser: Browser, origin: string): Promise<{ rows: Row[]; misses: string[] }> {
  const rows: Row[] = [];
  const misses: string[] = [];
  const page = await browser.newPage({ baseURL: origin });
  const same = await sameResults(origin);
  const figures = (r: ReturnType<typeof recallOf>) => `${r.at1}/${r.queries} (${share(r.at1 / r.queries)}) / ${r.at3}/${r.queries} (${share(r.at3 / r.queries)})`;
  // The second rule (scripts/support/relevance.ts): a heading-only answer and its first child are one result.
  const paired = 'heading-only answer = its first child';
  for (const { script, path, inputName } of searchPages) {
    const bySuite = new Map<string, QueryRow[]>();
    const heldOutRows: QueryRow[] = [];
    for (const { name, queries, heldOut } of suites()) {
      const ran = await runQueries(page, path, inputName, queries);
      bySuite.set(name, ran);
      if (heldOut) heldOutRows.push(...ran);
      rows.push(reported(`recall ${script}: ${name}, @1 / @3`, figures(recallOf(ran))));
      if (same.size > 0) rows.push(reported(`recall ${script}: ${name}, @1 / @3 (${paired})`, figures(recallOf(ran, same))));
      // A held-out file's queries stay out of the output, answers and all: its figures are all that is shown.
      if (heldOut && !showHeldOut) continue;
      for (const row of ran.filter((x) => !x.query.expect.includes(x.top[0] ?? ''))) {
        misses.push(`  ${script}, ${name}: [${row.query.kind}] ${row.query.q} → ${row.top.some((id) => row.query.expect.includes(id)) ? 'not first' : 'MISS     '} ${row.top.join(', ') || '(nothing)'}; expected ${row.query.expect.join(' | ')}`);
      }
    }
    const heldOut = heldOutRows;
    const h = recallOf(heldOut);
    rows.push(budgetRow(`recall ${script}: held-out (${h.queries}), @1`, h.at1 / h.queries, budgets.heldOutAt1, share, true));
    rows.push(budgetRow(`recall ${script}: held-out (${h.queries}), @3`, h.at3 / h.queries, budgets.heldOutAt3, share, true));
    if (same.size > 0) rows.push(reported(`recall ${script}: held-out (${h.queries}), @1 / @3 (${paired})`, figures(recallOf(heldOut, same))));
    const whole = recallOf([...bySuite].filter(([name]) => name.startsWith('queries.json')).flatMap(([, ran]) => ran));
    rows.push(budgetRow(`recall ${script}: queries.json (${whole.queries}), @3`, whole.at3 / whole.queries, budgets.suiteAt3, share, true));
  }
  await page.close();
  return { rows, misses };
}
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
  const recall = await recallRows(browser, origin);
  const rows: Row[] = [
    budgetRow(`search: first Simplified query (${simplifiedQuery}), bytes`, simplified.bytes, budgets.simplifiedBytes, kb),
    budgetRow(`search: first Traditional query (${traditionalQuery}), bytes`, traditional.bytes, budgets.traditionalBytes, kb),
    reported('search: cold first query, focus → results', `${simplified.ms} ms`),
    reported('search: cold first Traditional query', `${traditional.ms} ms`),
    reported(`search: warm p50 (${warm.length} queries)`, ms(percentile(warm, 50))),
    budgetRow(`search: warm p95 (${warm.length} queries)`, percentile(warm, 95), budgets.warmP95, ms),
    ...recall.rows,
  ];
  const details = [
    // Tuning files only: a held-out query is never listed (unless --show-heldout), so that no one tunes on it.
    `tuning queries not answered first (answers shown, expected)${showHeldOut ? ', and the held-out ones (--show-heldout)' : ''}:`,
    ...recall.misses,
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
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4422' }, dir: { type: 'string', default: 'dist' }, 'recall-only': { type: 'boolean', default: false }, 'show-heldout': { type: 'boolean', default: false } } });
  const server = await startServer(values.dir, Number(values.port));
  const browser = await launchBrowser();
  try {
    // --recall-only: the relevance figures alone, while tuning (the weights and timings need a quiet machine).
    const { rows, details } = values['recall-only'] ? await recallRows(browser, server.origin).then((r) => ({ rows: r.rows, details: r.misses })) : await benchSearch(browser, server.origin);
    const table = formatTable('bench:search', rows);
    console.log(table);
    console.log(details.join('\n'));
    // The held-out questions' answers stay out of the file, as they stay out of the output's table.
    if (!values['recall-only']) writeBenchmarks('search', `## Search (npm run bench:search)\n\n${table}`);
    if (rows.some((r) => !r.ok)) {
      console.error('bench:search: over budget');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
