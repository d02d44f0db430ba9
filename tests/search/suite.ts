// The relevance suites, typed into the real search page of the built site, and their scoring. Shared by the
// Simplified run (relevance.spec.ts), the Traditional one (e2e/hant-search.spec.ts) and `npm run bench:search`.
//
// Two files of questions, each with the answers a careful reader would pick:
// - queries.json (78): written while the engine was built. Split by a fixed rule (heldOut below) into a tuning half
//   and a held-out half: ranking and thesaurus changes are tuned on the tuning half only.
// - heldout.json (40): written blind to the engine, as worried readers type; never tuned on, only measured.
import { existsSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface Query {
  q: string;
  kind: string;
  expect: string[];
}

export interface Row {
  query: Query;
  /** Answer ids of the first three results. */
  top: string[];
  /** Hrefs of every result shown. */
  hrefs: string[];
}

function load(name: string): Query[] {
  const url = new URL(`./${name}`, import.meta.url);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as { queries: Query[] }).queries : [];
}

export const suite = load('queries.json');
/** The questions written blind to the engine (empty until the file exists). */
export const blind = load('heldout.json');

/** FNV-1a over UTF-16 code units: a fixed, dependency-free hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The split rule of queries.json: a query is held out when the hash of its first expected answer id is odd. By
 * answer, not by query: the Simplified and Traditional spellings of one question, and a question and its pinyin,
 * go to the same half, so that a held-out query never has a twin in the tuning half.
 */
export function heldOut(query: Query): boolean {
  return fnv1a(query.expect[0] ?? '') % 2 === 1;
}

/** The suites a report names: file and half. */
export function suites(): { name: string; queries: Query[] }[] {
  const all = [
    { name: 'queries.json tuning half', queries: suite.filter((q) => !heldOut(q)) },
    { name: 'queries.json held-out half', queries: suite.filter(heldOut) },
    { name: 'heldout.json (blind)', queries: blind },
  ];
  return all.filter((s) => s.queries.length > 0);
}

/** The search pages of both scripts, with their boxes' names. */
export const searchPages = [
  { script: 'Simplified', path: '/search/', inputName: '输入你想问的问题或词语' },
  { script: 'Traditional', path: '/zh-hant/search/', inputName: '輸入你想問的問題或詞語' },
] as const;

/** Types each query into the search page at `path` and reads the results. Test-runner free (the bench uses it). */
export async function runQueries(page: Page, path: string, inputName: string, queries: readonly Query[], inTest = false): Promise<Row[]> {
  await page.goto(path);
  const input = page.getByRole('searchbox', { name: inputName });
  const panel = page.locator('[data-search-results]');
  const rows: Row[] = [];
  for (const query of queries) {
    await input.fill(query.q);
    // The panel names the query whose results it shows once they are on screen.
    await page.waitForFunction(
      (q) => {
        const p = document.querySelector<HTMLElement>('[data-search-results]');
        return p?.dataset['query'] === q && !p.hasAttribute('aria-busy');
      },
      query.q,
      { timeout: 30_000 },
    );
    // Playwright learns of a history.replaceState a moment after the page made it: poll. (The query is in the
    // fragment, #q=…, never sent.) Only under the test runner: the bench measures relevance alone.
    if (inTest) await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe(query.q);
    const links = await panel.locator('.search-results a[data-answer]').evaluateAll((all) =>
      all.map((a) => ({ id: (a as HTMLElement).dataset['answer'] ?? '', href: a.getAttribute('href') ?? '' })),
    );
    rows.push({ query, top: links.slice(0, 3).map((l) => l.id), hrefs: links.map((l) => l.href) });
  }
  return rows;
}

/** Types every query of queries.json into the search page at `path` (its box named `inputName`) and reads the results. */
export async function runSuite(page: Page, path: string, inputName: string): Promise<Row[]> {
  return runQueries(page, path, inputName, suite, true);
}

export interface Recall {
  queries: number;
  at1: number;
  at3: number;
}

export function recallOf(rows: readonly Row[]): Recall {
  return {
    queries: rows.length,
    at1: rows.filter((r) => r.query.expect.includes(r.top[0] ?? '')).length,
    at3: rows.filter((r) => r.top.some((id) => r.query.expect.includes(id))).length,
  };
}

/** Prints recall@1 and @3 (and every query that did not land first); fails on a miss of the top 3 or < 90% first. */
export function expectRecall(rows: readonly Row[], label: string): void {
  const at1 = rows.filter((r) => r.query.expect.includes(r.top[0] ?? ''));
  const at3 = rows.filter((r) => r.top.some((id) => r.query.expect.includes(id)));
  const percent = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  console.log(`${label}: ${rows.length} queries, recall@1 ${at1.length}/${rows.length} (${percent(at1.length)}), recall@3 ${at3.length}/${rows.length} (${percent(at3.length)})`);
  for (const r of rows.filter((x) => !at1.includes(x))) {
    console.log(`  ${at3.includes(r) ? 'not first' : 'MISS     '} [${r.query.kind}] ${r.query.q} → ${r.top.join(', ') || '(nothing)'}; expected ${r.query.expect.join(' | ')}`);
  }
  const byKind = new Map<string, [number, number]>();
  for (const r of rows) {
    const [hits, total] = byKind.get(r.query.kind) ?? [0, 0];
    byKind.set(r.query.kind, [hits + (at1.includes(r) ? 1 : 0), total + 1]);
  }
  console.log(`  recall@1 by kind: ${[...byKind].map(([kind, [hits, total]]) => `${kind} ${hits}/${total}`).join(', ')}`);
  expect(rows.length, 'the suite has at least 60 queries').toBeGreaterThanOrEqual(60);
  expect(rows.filter((r) => !at3.includes(r)).map((r) => r.query.q), 'queries whose answer is not in the top 3').toEqual([]);
  expect(at1.length / rows.length, 'share of queries whose answer comes first').toBeGreaterThanOrEqual(0.9);
}
