// Editorial changes are visible to readers: every restored word is an <ins> with its reason, every gap is shown.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const marks = (topic: string) => {
  const mdx = readFileSync(`content/articles/${topic}.mdx`, 'utf8');
  // The article title's restored words live in the frontmatter (titleSegments) and show in the title.
  const inTitle = mdx.slice(0, mdx.indexOf('\nsource:')).match(/kind: "restored"/g)?.length ?? 0;
  return { restored: (mdx.match(/<Restored /g)?.length ?? 0) + inTitle, gaps: mdx.match(/<Gap /g)?.length ?? 0 };
};

for (const topic of ['theft', 'contact-exposure', 'legal-affairs', 'home-visits', 'family-notification']) {
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

test('the restored 催收 in a heading is marked too', async ({ page }) => {
  await page.goto('/topics/home-visits/');
  await expect(page.locator('#verify-collector-identity ins.restored')).toHaveText('催收');
});
