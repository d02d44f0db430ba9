// Previews that say what the answer is: every answer page, in both scripts, names its answer in its title, h1 and
// og:title alike, in words that stand alone (no bare 引言 or 总结, no list number), made only of the article's
// titles; og:description is the answer's first sentences. Read off the pages the build wrote, for whatever
// content it was built from.
import { expect, test } from '@playwright/test';
import { readAnswers, readArticles, withoutListNumber } from './support/content.ts';

// Independent of src/lib/answer-title.ts: what a reader would call a heading that says nothing.
const saysNothing = new Set(['引言', '前言', '结语', '总结', '小结', '结论', '概述']);
const squash = (s: string) => s.replace(/\s+/g, '');

const articles = readArticles();
const articleOf = (id: string) => articles.find((a) => a.answers.some((x) => x.id === id))!;

for (const dir of ['', 'zh-hant/']) {
  test(`every ${dir || 'Simplified '}answer page's title, h1 and og:title say what the answer is`, async ({ page }) => {
    test.setTimeout(120_000);
    const seen = new Map<string, string>();
    for (const answer of readAnswers()) {
      await page.goto(`/${dir}a/${answer.id}/`);
      const og = (await page.locator('meta[property="og:title"]').getAttribute('content'))!;
      const siteName = (await page.locator('meta[property="og:site_name"]').getAttribute('content'))!;
      await expect(page, answer.id).toHaveTitle(`${og}｜${siteName}`);
      await expect(page.locator('h1'), answer.id).toHaveText(og);
      expect(saysNothing.has(withoutListNumber(og)), `${answer.id}: ${og}`).toBe(false);
      expect(withoutListNumber(og), `${answer.id}: ${og} starts with a list number`).toBe(og);
      expect(seen.get(og), `${answer.id} and ${seen.get(og)} share the preview title ${og}`).toBeUndefined();
      seen.set(og, answer.id);
      if (dir) continue;
      // Made only of existing titles: the answer's heading without its number, after titles of its article.
      const article = articleOf(answer.id);
      const heading = withoutListNumber(answer.title);
      expect(og.endsWith(heading), `${answer.id}: ${og}`).toBe(true);
      let rest = og.slice(0, og.length - heading.length);
      for (const title of [article.title, ...article.answers.map((a) => withoutListNumber(a.title))].sort((a, b) => b.length - a.length)) {
        rest = rest.replaceAll(title, '');
      }
      expect(rest.replace(/[\s·：]/g, ''), `${answer.id}: ${og} holds words of no title`).toBe('');
      // og:description: the answer's first sentences, in the order the page shows them.
      const description = (await page.locator('meta[property="og:description"]').getAttribute('content'))!;
      const answerText = squash(await page.locator('article.answer-page').innerText());
      const sentences = squash(description).replace(/…$/, '').split(/(?<=[。！？!?:：])/).filter(Boolean);
      const at = sentences.map((s) => answerText.indexOf(s));
      expect(at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!)), `${answer.id}: ${description}`).toBe(true);
    }
  });
}
