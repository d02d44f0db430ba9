// The relevance suite (tests/search/queries.json) typed into the real search UI of the built site.
// Fails on any query whose expected answer is not in the first three results, and when fewer than 90%
// land first; prints recall@1 and recall@3 and every query that did not land first.
import { test } from '@playwright/test';
import { expectRecall, runSuite } from './suite.ts';

test('every query of the relevance suite finds its answer in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  expectRecall(await runSuite(page, '/search/', '输入你想问的问题或词语'), 'relevance');
});
