// The built site shows what content/ holds: every topic, article, answer, byline, edit count, comment and published
// id, in both scripts where it has pages. The same checks run over fixture builds that add an article
// (tests/unit/growth.test.ts, tests/e2e/added-article.spec.ts).
import { expect, test } from '@playwright/test';
import { builtSiteProblems } from '../support/site-checks.ts';

test('the built site shows every topic, article, answer and published id of content/', () => {
  expect(builtSiteProblems('content', 'dist')).toEqual([]);
});
