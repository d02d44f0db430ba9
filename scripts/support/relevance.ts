// The relevance files (tests/search/queries.json, tests/search/heldout.json), their split, and a runner that types
// them into the built site's search page: shared by the relevance tests (tests/search/suite.ts) and
// `npm run bench:search`.
//
// Files of questions, each with the answers a careful reader would pick:
// - queries.json (78): written while the engine was built. Split by a fixed rule (heldOut below) into a tuning half
//   and a held-out half: ranking and thesaurus changes are tuned on the tuning half only.
// - dev.json: development questions written blind to the engine; a tuning file (its misses are printed).
// - heldout.json (40): written blind to the engine, as worried readers type; never tuned on, only measured.
//
// Two rules of scoring, both reported: strict (an expected answer id must be shown), and one that takes an answer
// that is only a heading (the parent of numbered steps) and its first child as one result (sameResults): the
// reader lands on the same heading with the same text under it, and the search never lists the heading alone
// (src/search/rank.ts, childrenForHeadings). The question writers named one or the other, not always both. The
// rule is uniform: the pairs are read from the built site's search data, never listed by hand. The tests'
// thresholds use the strict rule.
//
// The protocol is mechanical: reports print a held-out query's line (its text, or even which answer it missed)
// only when asked with --show-heldout (the bench) or SEARCH_SHOW_HELDOUT=1 (the tests), for a final review by
// the lead. Otherwise a held-out file shows only its recall figures, so that no one tunes on it by looking.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { headingOnlyAnswers, sectionsOf } from '../../src/search/rank.ts';
import type { SearchData } from '../../src/search/data-files.ts';

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
  const url = new URL(`../../tests/search/${name}`, import.meta.url);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as { queries: Query[] }).queries : [];
}

export const suite = load('queries.json');
/** The questions written blind to the engine (empty until the file exists). */
export const blind = load('heldout.json');
/** Development questions written blind to the engine, tuned on (empty until the file exists). */
export const dev = load('dev.json');

/** True when the reports may name held-out queries (the lead's final review only). */
export const showHeldOut = process.argv.includes('--show-heldout') || process.env['SEARCH_SHOW_HELDOUT'] === '1';

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

export interface Suite {
  name: string;
  queries: Query[];
  /** Measured only: its queries are never printed one by one (unless showHeldOut). */
  heldOut: boolean;
}

/** The suites a report names: file and half. */
export function suites(): Suite[] {
  const all: Suite[] = [
    { name: 'queries.json tuning half', queries: suite.filter((q) => !heldOut(q)), heldOut: false },
    { name: 'dev.json (tuning)', queries: dev, heldOut: false },
    { name: 'queries.json held-out half', queries: suite.filter(heldOut), heldOut: true },
    { name: 'heldout.json (blind)', queries: blind, heldOut: true },
  ];
  return all.filter((s) => s.queries.length > 0);
}

/** The search pages of both scripts, with their boxes' names. */
export const searchPages = [
  { script: 'Simplified', path: '/search/', inputName: '输入你想问的问题或词语' },
  { script: 'Traditional', path: '/zh-hant/search/', inputName: '輸入你想問的問題或詞語' },
] as const;

/** Types each query into the search page at `path` and reads the results. Test-runner free (the bench uses it). */
export async function runQueries(page: Page, path: string, inputName: string, queries: readonly Query[], checkUrl = false): Promise<Row[]> {
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
    // The URL follows the query, in the fragment (#q=…, never sent). Checked by the tests; the bench measures
    // relevance alone.
    if (checkUrl) await page.waitForFunction((q) => new URLSearchParams(location.hash.slice(1)).get('q') === q, query.q, { timeout: 5_000 });
    const links = await panel.locator('.search-results a[data-answer]').evaluateAll((all) =>
      all.map((a) => ({ id: (a as HTMLElement).dataset['answer'] ?? '', href: a.getAttribute('href') ?? '' })),
    );
    rows.push({ query, top: links.slice(0, 3).map((l) => l.id), hrefs: links.map((l) => l.href) });
  }
  return rows;
}

export interface Recall {
  queries: number;
  at1: number;
  at3: number;
}

/** Answer id → the id that counts as the same result: each heading-only answer and its first child, both ways. */
export type SameResults = ReadonlyMap<string, string>;

/**
 * The pairs of the second scoring rule, from the search data of the site served at `origin` (empty for a site
 * whose sections come in page files).
 */
export async function sameResults(origin: string): Promise<SameResults> {
  const data = (await fetch(`${origin}/search/data.json`).then((r) => r.json())) as SearchData;
  const same = new Map<string, string>();
  if (!data.pages) return same;
  for (const [parent, child] of headingOnlyAnswers(sectionsOf(data.pages, data.answers))) {
    same.set(parent, child);
    same.set(child, parent);
  }
  return same;
}

/** Recall of the rows: strict, or with `same` (sameResults) an answer also counts where its pair is expected. */
export function recallOf(rows: readonly Row[], same: SameResults = new Map()): Recall {
  const hit = (row: Row, id: string | undefined) => id !== undefined && (row.query.expect.includes(id) || row.query.expect.includes(same.get(id) ?? ''));
  return {
    queries: rows.length,
    at1: rows.filter((r) => hit(r, r.top[0])).length,
    at3: rows.filter((r) => r.top.some((id) => hit(r, id))).length,
  };
}
