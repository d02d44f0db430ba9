// Links are forever: every id in content/permalinks.json lands on its answer, both as /a/<id>/ and as an anchor
// of the page that carries its article (/topics/<topic>/#<id>, or /topics/<topic>/<article>/#<id>); a renamed id
// lands on the answer that replaced it, a retired one on a note on its topic page that says the answer was removed.
import { expect, test } from '@playwright/test';
import { readAnswers, readPermalinks, readTopics } from './support/content.ts';

const registry = Object.entries(readPermalinks());
const pageOf = new Map(readAnswers().map((a) => [a.id, a]));

test('the registry is not empty', () => {
  expect(registry.length).toBeGreaterThan(0);
});

for (const topic of readTopics()) {
  const ids = registry.filter(([, entry]) => entry.topic === topic.id);

  test(`every id published under ${topic.id} still lands on its answer`, async ({ page }) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const [id, { aliasOf, retired }] of ids) {
      const answer = aliasOf ?? id;
      await page.goto(`/a/${id}/`);
      if (retired) {
        await expect(page.locator('h1'), id).toHaveText('这个回答已删除');
        continue;
      }
      await expect(page, id).toHaveURL(`/a/${answer}/`);
      await expect(page.locator('h1'), id).toHaveId(answer);
    }
    for (const [id, { aliasOf, retired }] of ids) {
      const answer = retired ? undefined : pageOf.get(aliasOf ?? id);
      await page.goto(`${answer?.topic === topic.id ? answer.page : `/topics/${topic.id}/`}#${id}`);
      await expect(page.locator(':target'), id).toHaveId(id);
      await expect(page.locator(`[id="${aliasOf ?? id}"]`), id).toBeInViewport();
      if (retired) await expect(page.locator(':target'), id).toContainText(retired);
    }
  });
}
