// Links are forever: every id in content/permalinks.json lands on its answer, both as /a/<id>/ and as an anchor
// of the page that carries its article (/topics/<topic>/#<id>, or /topics/<topic>/<article>/#<id>); a renamed id
// lands on the answer that replaced it, a retired one on a note on its topic page that says the answer was removed.
import { expect, test } from '@playwright/test';
import { readAnchorPages, readPermalinks, readTopics } from './support/content.ts';

const registry = Object.entries(readPermalinks());
const anchorPages = readAnchorPages();

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
      await page.goto(`${anchorPages.get(id)}#${id}`);
      await expect(page.locator(':target'), id).toHaveId(id);
      await expect(page.locator(`[id="${aliasOf ?? id}"]`), id).toBeInViewport();
      if (retired) await expect(page.locator(':target'), id).toContainText(retired);
    }
  });
}
