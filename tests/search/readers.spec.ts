// The readers' everyday words (src/search/readers.json), against the built site: a reader's word that no article
// uses is searched as the articles' word of the same meaning, and said to be (the status names the articles'
// word, and the results are related reading: no article says it in the reader's words); the table is fetched
// only for a query the site's own words do not answer directly.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { searchFor } from './search-page.ts';
import readers from '../../src/search/readers.json' with { type: 'json' };
import { loadThesaurus, parseEntry } from '../../src/search/thesaurus.ts';
import { planQuery } from '../../src/search/query.ts';
import { visibleText, wordsOf } from '../../src/search-build/vocabulary.ts';

/** The site's words, as the build cuts the articles' text. */
const siteWords = new Set(
  readdirSync('content/articles')
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => [...wordsOf(visibleText(readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('---')))]),
);
const thesaurus = loadThesaurus();
/** Entries of one articles' concept whose words are all whole words of the site: the status line names it. */
const single = Object.entries(readers.entries).filter(([, value]) => {
  const concepts = parseEntry(value);
  return concepts.length === 1 && concepts[0]!.terms.every((t) => siteWords.has(t));
});

test('a reader’s word no article uses is searched as the articles’ word, and shown as such', async ({ page }) => {
  expect(single.length).toBeGreaterThan(0);
  await page.goto('/search/');
  // Every twentieth entry: the table is long, and each goes the same way.
  for (const [reader, value] of single.filter((_, i) => i % 20 === 0)) {
    const [concept] = parseEntry(value);
    const panel = await searchFor(page, reader);
    await expect(panel.getByRole('status'), reader).toContainText(concept!.label);
    await expect(panel.locator('a[data-answer]').first(), reader).toBeVisible();
  }
});

test('a reader’s word that holds a shorter word of the site is searched as the articles’ word, not as that word', async ({ page }) => {
  // 找工作 holds 工作, on some page: taken for 工作 alone, it would answer what the reader did not ask. Only words
  // the planner keeps whole (不合法 is planned as 合法 before any word is looked up).
  const whole = (reader: string) => planQuery(reader, { thesaurus }).concepts.map((c) => c.label).join() === reader;
  const holding = single.filter(([reader]) => whole(reader) && [...siteWords].some((word) => word !== reader && reader.includes(word)));
  expect(holding.length).toBeGreaterThan(0);
  await page.goto('/search/');
  for (const [reader, value] of holding) {
    const [concept] = parseEntry(value);
    const panel = await searchFor(page, reader);
    await expect(panel.getByRole('status'), reader).toContainText(concept!.label);
  }
});

test('a question in the articles’ words never fetches the readers’ words', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  const panel = await searchFor(page, '花呗逾期会通知家人吗');
  await expect(panel.getByRole('status')).not.toContainText('没有文章直接回答');
  expect(fetched.filter((path) => path.includes('readers'))).toEqual([]);
  await searchFor(page, single[0]![0]);
  expect(fetched.filter((path) => path.includes('readers')).length).toBe(1);
});
