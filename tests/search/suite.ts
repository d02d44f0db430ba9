// The relevance suite (tests/search/queries.json), typed into the real search page of the built site, and its
// scoring. Shared by the Simplified run (relevance.spec.ts) and the Traditional one (e2e/hant-search.spec.ts).
import { readFileSync } from 'node:fs';
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

export const suite = (JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as { queries: Query[] }).queries;

/** Types every query into the search page at `path` (its box named `inputName`) and reads the results. */
export async function runSuite(page: Page, path: string, inputName: string): Promise<Row[]> {
  await page.goto(path);
  const input = page.getByRole('searchbox', { name: inputName });
  const panel = page.locator('[data-search-results]');
  const rows: Row[] = [];
  for (const query of suite) {
    await input.fill(query.q);
    // The panel names the query whose results it shows; the URL follows the query.
    await expect(panel).toHaveAttribute('data-query', query.q);
    await expect(panel).not.toHaveAttribute('aria-busy', 'true');
    // Playwright learns of a history.replaceState a moment after the page made it: poll. (The query is in the
    // fragment, #q=…, never sent.)
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe(query.q);
    const links = await panel.locator('.search-results a[data-answer]').evaluateAll((all) =>
      all.map((a) => ({ id: (a as HTMLElement).dataset['answer'] ?? '', href: a.getAttribute('href') ?? '' })),
    );
    rows.push({ query, top: links.slice(0, 3).map((l) => l.id), hrefs: links.map((l) => l.href) });
  }
  return rows;
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
