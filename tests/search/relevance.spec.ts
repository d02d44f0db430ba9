// The relevance suite (tests/search/queries.json) typed into the real search UI of the built site.
// Fails on any query whose expected answer is not in the first three results, and when fewer than 90%
// land first; prints recall@1 and recall@3 and every query that did not land first.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface Query {
  q: string;
  kind: string;
  expect: string[];
}
const suite = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as { queries: Query[] };

test('every query of the relevance suite finds its answer in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: '输入你想问的问题或词语' });
  const panel = page.locator('[data-search-results]');
  const rows: { query: Query; top: string[] }[] = [];
  for (const query of suite.queries) {
    await input.fill(query.q);
    // The panel names the query whose results it shows; the URL follows the query.
    await expect(panel).toHaveAttribute('data-query', query.q);
    await expect(panel).not.toHaveAttribute('aria-busy', 'true');
    expect(new URL(page.url()).searchParams.get('q')).toBe(query.q);
    const top = await panel.locator('.search-results a[data-answer]').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLElement).dataset['answer'] ?? ''));
    rows.push({ query, top });
  }
  const at1 = rows.filter((r) => r.query.expect.includes(r.top[0] ?? ''));
  const at3 = rows.filter((r) => r.top.some((id) => r.query.expect.includes(id)));
  const percent = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  console.log(`relevance: ${rows.length} queries, recall@1 ${at1.length}/${rows.length} (${percent(at1.length)}), recall@3 ${at3.length}/${rows.length} (${percent(at3.length)})`);
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
});
