// Editorial changes are visible to readers and explained on a tap (a phone shows no `title` tooltip): every
// restored word is an <ins> linking to its entry in the list of edits, every gap is shown and links there too,
// and each entry links back to the text it changed.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readArticles } from './support/content.ts';

const articles = readArticles();

const marks = (slug: string) => {
  const mdx = readFileSync(`content/articles/${slug}.mdx`, 'utf8');
  // The article title's restored words live in the frontmatter (titleSegments) and show in the title.
  const inTitle = mdx.slice(0, mdx.indexOf('\nsource:')).match(/kind: "restored"/g)?.length ?? 0;
  return { restored: (mdx.match(/<Restored /g)?.length ?? 0) + inTitle, gaps: mdx.match(/<Gap /g)?.length ?? 0 };
};

for (const article of articles.filter((a) => a.restoredCount + a.gapCount > 0)) {
  test(`${article.slug}: each restored word and gap links to its entry, which gives the reason and links back`, async ({ page }) => {
    await page.goto(article.page);
    const expected = marks(article.slug);
    const scope = page.locator(`[aria-labelledby="article_${article.slug}"]`);
    // Marks in the text link; the sample mark in the note and the marks in the edit list do not.
    // An editor's note quotes other answers with their marks (src/components/content/EditorNote.astro).
    const restored = scope.locator('ins.restored > a').and(page.locator(':not(.editor-note *)'));
    await expect(restored).toHaveCount(expected.restored);
    await expect(scope.locator('a.gap')).toHaveCount(expected.gaps);
    const entries = scope.locator('.edit-list li');
    const entryIds = await entries.evaluateAll((lis) => lis.map((li) => li.id));
    for (const href of await scope.locator('ins.restored > a, a.gap').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const [path, id] = href.split('#');
      expect(path).toBe(article.page);
      expect(entryIds).toContain(id);
    }
    // Each entry is the target of a mark, and its link back leads to a part of the text holding such a mark.
    for (const id of entryIds) {
      const back = await scope.locator(`[id="${id}"] a`).getAttribute('href');
      const linked = await page.evaluate(({ back, id, slug }) => {
        const target = document.getElementById(back!.slice(1));
        const part = target?.closest('.answer') ?? document.querySelector(`[aria-labelledby="article_${slug}"]`);
        return part?.querySelector(`a[href$="#${id}"]`) !== null;
      }, { back, id, slug: article.slug });
      expect(linked, `${id} → ${back}`).toBe(true);
    }
  });
}

test('restored words in headings are marked too', async ({ page }) => {
  const headings = articles.flatMap((a) =>
    [...readFileSync(`content/articles/${a.slug}.mdx`, 'utf8').matchAll(/^#{2,6} (.*<Restored .*) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({
      path: a.page,
      id: m[2]!,
      count: m[1]!.match(/<Restored /g)!.length,
    })),
  );
  for (const { path, id, count } of headings) {
    await page.goto(path);
    await expect(page.locator(`[id="${id}"] ins.restored`), id).toHaveCount(count);
  }
});
