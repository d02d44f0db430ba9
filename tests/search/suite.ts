// The relevance suites typed into the real search page of the built site, and their scoring. Shared by the
// Simplified run (relevance.spec.ts) and the Traditional one (e2e/hant-search.spec.ts); the files, their split
// and the runner live in scripts/support/relevance.ts (npm run bench:search uses them too).
import { expect, type Page } from '@playwright/test';
import { heldOut, runQueries, showHeldOut, suite, type Row } from '../../scripts/support/relevance.ts';

export { blind, heldOut, recallOf, runQueries, searchPages, suite, suites, type Query, type Recall, type Row } from '../../scripts/support/relevance.ts';

/** Types every query of queries.json into the search page at `path` (its box named `inputName`) and reads the results. */
export async function runSuite(page: Page, path: string, inputName: string): Promise<Row[]> {
  return runQueries(page, path, inputName, suite, true);
}

/**
 * Prints recall@1 and @3 (and every tuning query that did not land first; held-out ones are counted, not named,
 * unless SEARCH_SHOW_HELDOUT=1); fails on a miss of the top 3 or < 90% first.
 */
export function expectRecall(rows: readonly Row[], label: string): void {
  const at1 = rows.filter((r) => r.query.expect.includes(r.top[0] ?? ''));
  const at3 = rows.filter((r) => r.top.some((id) => r.query.expect.includes(id)));
  const percent = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  console.log(`${label}: ${rows.length} queries, recall@1 ${at1.length}/${rows.length} (${percent(at1.length)}), recall@3 ${at3.length}/${rows.length} (${percent(at3.length)})`);
  const shown = (r: Row) => showHeldOut || !heldOut(r.query);
  for (const r of rows.filter((x) => !at1.includes(x) && shown(x))) {
    console.log(`  ${at3.includes(r) ? 'not first' : 'MISS     '} [${r.query.kind}] ${r.query.q} → ${r.top.join(', ') || '(nothing)'}; expected ${r.query.expect.join(' | ')}`);
  }
  const hidden = rows.filter((x) => !at1.includes(x) && !shown(x)).length;
  if (hidden > 0) console.log(`  and ${hidden} of the held-out half not first (not named: SEARCH_SHOW_HELDOUT=1 for the final review)`);
  const byKind = new Map<string, [number, number]>();
  for (const r of rows.filter(shown)) {
    const [hits, total] = byKind.get(r.query.kind) ?? [0, 0];
    byKind.set(r.query.kind, [hits + (at1.includes(r) ? 1 : 0), total + 1]);
  }
  console.log(`  recall@1 by kind: ${[...byKind].map(([kind, [hits, total]]) => `${kind} ${hits}/${total}`).join(', ')}`);
  expect(rows.length, 'the suite has at least 60 queries').toBeGreaterThanOrEqual(60);
  const outOfTop3 = rows.filter((r) => !at3.includes(r));
  expect(outOfTop3.map((r) => (shown(r) ? r.query.q : '(a held-out query)')), 'queries whose answer is not in the top 3').toEqual([]);
  expect(at1.length / rows.length, 'share of queries whose answer comes first').toBeGreaterThanOrEqual(0.9);
}
