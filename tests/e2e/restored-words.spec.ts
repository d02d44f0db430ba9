// Editorial changes are visible to readers: every restored word is an <ins> with its reason, every gap is shown.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readArticles, readTopics } from './support/content.ts';

const articles = readArticles();

/** What a topic page must mark: the restored words and gaps of every article of the topic. */
const marks = (topic: string) => {
  const mdx = articles.filter((a) => a.topic === topic).map((a) => readFileSync(`content/articles/${a.slug}.mdx`, 'utf8'));
  return mdx.map(marksOf).reduce((a, b) => ({ restored: a.restored + b.restored, gaps: a.gaps + b.gaps }), { restored: 0, gaps: 0 });
};

const marksOf = (mdx: string) => {
  // The article title's restored words live in the frontmatter (titleSegments) and show in the title.
  const inTitle = mdx.slice(0, mdx.indexOf('\nsource:')).match(/kind: "restored"/g)?.length ?? 0;
  return { restored: (mdx.match(/<Restored /g)?.length ?? 0) + inTitle, gaps: mdx.match(/<Gap /g)?.length ?? 0 };
};

for (const { id: topic } of readTopics()) {
  test(`${topic}: restored words are marked with their reason`, async ({ page }) => {
    await page.goto(`/topics/${topic}/`);
    const expected = marks(topic);
    const restored = page.locator('article ins.restored[title]');
    // Marks in the text carry their reason; the sample mark in the note and the edit list have none.
    // An editor's note quotes other answers with their marks (src/components/content/EditorNote.astro).
    await expect(restored.and(page.locator(':not(.editor-note *)'))).toHaveCount(expected.restored);
    for (const title of await restored.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''))) {
      expect(title).toMatch(/^编者/);
    }
    await expect(page.locator('article .gap[title]')).toHaveCount(expected.gaps);
  });
}

test('restored words in headings are marked too', async ({ page }) => {
  const headings = articles.flatMap((a) =>
    [...readFileSync(`content/articles/${a.slug}.mdx`, 'utf8').matchAll(/^#{2,6} (.*<Restored .*) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({
      topic: a.topic,
      id: m[2]!,
      count: m[1]!.match(/<Restored /g)!.length,
    })),
  );
  for (const { topic, id, count } of headings) {
    await page.goto(`/topics/${topic}/`);
    await expect(page.locator(`[id="${id}"] ins.restored`), id).toHaveCount(count);
  }
});
