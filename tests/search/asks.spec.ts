// The readers' questions of each answer's review (`asks` in content/sources/*.yaml), against the built site: a
// question the site's words do not answer directly is matched against them, so it finds the answer the review
// gave it; the questions are fetched with the answers' text, only for such a question, and never shown.
import { expect, test } from '@playwright/test';
import { searchFor } from './search-page.ts';
import { readAnswers, readHeadingOnlyAnswers } from '../e2e/support/content.ts';

const answers = readAnswers();
const asked = answers.flatMap((answer) => (answer.asks ?? []).map((q) => ({ id: answer.id, q })));
/** Every seventh question: each goes the same way, and together they reach every topic. */
const sample = asked.filter((_, i) => i % 7 === 0);
/** What stands for an answer in the results: itself, or for an answer that is only a heading, the answers under it. */
const shownAs = new Map(readHeadingOnlyAnswers().map((a) => [a.id, a.children]));

test('a reader’s question that the words do not answer finds the answer whose review gives it', async ({ page }) => {
  test.skip(asked.length === 0, 'no answer has readers’ questions');
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  let related = 0;
  for (const { id, q } of sample) {
    const panel = await searchFor(page, q);
    // A question the words answer directly is ranked by them alone (tests/search/relevance.spec.ts).
    if (!(await panel.getByRole('status').textContent())?.includes('没有文章直接回答')) continue;
    related++;
    const first = await panel.locator('a[data-answer]').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('data-answer')));
    expect(first.some((shown) => shown === id || shownAs.get(id)?.includes(shown ?? '')), q).toBe(true);
  }
  expect(related, 'sampled questions the words do not answer directly').toBeGreaterThan(0);
  expect(fetched.filter((path) => path.endsWith('/search/text.json')).length).toBe(1);
});

test('the readers’ questions are never on a page', async ({ page }) => {
  test.skip(asked.length === 0, 'no answer has readers’ questions');
  for (const { id, q } of asked.filter((_, i) => i % 11 === 0)) {
    const answer = answers.find((a) => a.id === id)!;
    await page.goto(answer.page);
    expect(await page.locator('body').textContent(), q).not.toContain(q);
  }
});
