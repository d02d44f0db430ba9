// What the editors wrote beside the articles, as a reader meets it: an editor's note (编者注) at its answer, on
// the answer's own page and in Traditional, its quotations leading to answers that hold those words; the source
// box's list of notes; each topic's "先做什么" steps, sentences of its articles that lead to their answers.
// Everything expected is read from the content the site was built from.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createConverter } from '../../src/hant/convert.ts';
import { readAnswers, readArticles, readTopics } from './support/content.ts';

interface Segment {
  kind: 'text' | 'restored' | 'gap';
  text?: string;
}
interface Note {
  answer: string;
  text: string;
  reason: string;
  cites: { answer: string; topic: string; title: string; quote: Segment[] }[];
}
type Editorial = ReturnType<typeof readArticles>[number] & { notes?: Note[]; start?: { answer: string; quote: Segment[] }[] };

const articles = readArticles() as Editorial[];
const topics = readTopics();
const convert = createConverter();
/** Text as the page shows it: a gap is shown as ［缺字］. */
const shown = (segments: readonly Segment[]) => segments.map((s) => (s.kind === 'gap' ? '［缺字］' : s.text)).join('');
const squash = (s: string) => s.replace(/\s+/g, '');

const notes = articles.flatMap((a) => (a.notes ?? []).map((note) => ({ article: a, note })));
/** The page that carries an answer's article. */
const pageOf = new Map(readAnswers().map((a) => [a.id, a.page]));

/** An answer's section on the page of its article: the one its heading opens. */
const section = (page: Page, id: string): Locator => page.locator('.answer').filter({ has: page.locator(`.answer-heading > [id="${id}"]`) });

test('the articles carry editor\'s notes', () => {
  // The content is what calls for notes; this holds only that the build kept those it was given.
  expect(notes.length).toBeGreaterThan(0);
});

for (const { article, note } of notes) {
  test(`note on ${note.answer}: at its answer, quoting answers that hold those words`, async ({ page }) => {
    await page.goto(article.page);
    const box = section(page, note.answer).locator(`#note_${note.answer}`);
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('role', 'note');
    expect(squash(await box.locator('p').first().innerText())).toBe(squash(`编者注：${note.text}`));
    const cites = box.locator('.editor-note-cites > li');
    await expect(cites).toHaveCount(note.cites.length);
    for (const [i, cite] of note.cites.entries()) {
      expect(squash(await cites.nth(i).innerText())).toContain(squash(`「${shown(cite.quote)}」`));
      await expect(cites.nth(i).locator('a')).toHaveAttribute('href', `${pageOf.get(cite.answer)}#${cite.answer}`);
    }
    // Each quotation is there in the answer it links to.
    for (const cite of note.cites) {
      await page.goto(`${pageOf.get(cite.answer)}#${cite.answer}`);
      const target = section(page, cite.answer);
      await expect(target.locator('.answer-heading > [id]')).toBeInViewport();
      const own = await target.evaluate((el) => [...el.children].filter((c) => !c.matches('.answer-heading, .editor-note')).map((c) => (c as HTMLElement).innerText).join(''));
      expect(squash(own)).toContain(squash(shown(cite.quote)));
    }
  });

  test(`note on ${note.answer}: on its answer page, in both scripts`, async ({ page }) => {
    await page.goto(`/a/${note.answer}/`);
    const box = page.locator(`main #note_${note.answer}`);
    await expect(box).toBeVisible();
    expect(squash(await box.locator('p').first().innerText())).toBe(squash(`编者注：${note.text}`));

    await page.goto(`/zh-hant/a/${note.answer}/`);
    const hant = page.locator(`main #note_${note.answer}`);
    await expect(hant).toBeVisible();
    expect(squash(await hant.locator('p').first().innerText())).toBe(squash(convert(`编者注：${note.text}`)));
    for (const [i, cite] of note.cites.entries()) {
      await expect(hant.locator('.editor-note-cites a').nth(i)).toHaveAttribute('href', `/zh-hant${pageOf.get(cite.answer)}#${cite.answer}`);
    }

    await page.goto(`/zh-hant${article.page}`);
    await expect(section(page, note.answer).locator(`#note_${note.answer}`)).toBeVisible();
  });
}

for (const article of articles.filter((a) => (a.notes ?? []).length > 0)) {
  test(`${article.slug}: the source box lists the notes and leads to each`, async ({ page }) => {
    await page.goto(article.page);
    const list = page.locator(`#source_${article.slug} .note-list li`);
    await expect(list).toHaveCount(article.notes!.length);
    const order = article.answers.map((a) => a.id);
    const listed = await list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#note_')[1]!));
    // In reading order, each with its reason.
    expect(listed).toEqual([...listed].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    for (const note of article.notes!) {
      await expect(list.filter({ hasText: note.reason })).toHaveCount(1);
    }
    await list.first().locator('a').click();
    await expect(page.locator(`#note_${listed[0]}`)).toBeInViewport();
  });
}

for (const topic of topics) {
  const steps = articles.filter((a) => a.topic === topic.id).flatMap((a) => a.start ?? []);
  test(`${topic.id}: 先做什么 quotes the topic's articles and leads to each answer`, async ({ page }) => {
    for (const prefix of ['', '/zh-hant']) {
      await page.goto(`${prefix}/topics/${topic.id}/`);
      const list = page.locator('.start-here');
      if (steps.length === 0) {
        await expect(list).toHaveCount(0);
        continue;
      }
      const title = prefix ? convert('先做什么') : '先做什么';
      await expect(list.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${title}`));
      const items = list.locator('ol > li > a');
      await expect(items).toHaveCount(steps.length);
      for (const [i, step] of steps.entries()) {
        const quote = prefix ? convert(shown(step.quote)) : shown(step.quote);
        // An answer of the article named after the topic is on this page; one of another article, on that article's page.
        const path = pageOf.get(step.answer)!;
        await expect(items.nth(i)).toHaveAttribute('href', path === `/topics/${topic.id}/` ? `#${step.answer}` : `${prefix}${path}#${step.answer}`);
        expect(squash(await items.nth(i).innerText())).toBe(squash(quote));
        // The sentence is in the answer the step leads to, as the page shows it.
        const there = path === `/topics/${topic.id}/` ? page : await page.context().newPage();
        if (there !== page) await there.goto(`${prefix}${path}`);
        expect(squash(await section(there, step.answer).innerText())).toContain(squash(quote));
        if (there !== page) await there.close();
      }
      await items.first().click();
      await expect(page.locator(`[id="${steps[0]!.answer}"]`)).toBeInViewport();
    }
  });
}

// A note is indexed with its answer: a search for its label finds every answer that carries one, the note in the excerpt.
for (const prefix of ['', '/zh-hant']) {
  test(`${prefix || '/'}: searching 编者注 finds the noted answers, the note in each excerpt`, async ({ page }) => {
    const label = prefix ? convert('编者注') : '编者注';
    await page.goto(`${prefix}/search/?q=${encodeURIComponent(label)}`);
    const results = page.locator('[data-search-results] .search-result');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    // Each noted answer is found (other answers may match the query's words too); those shown with an excerpt
    // (the first results) show the note in it.
    await expect(results.locator('.search-result-excerpt').first()).toContainText(label);
    for (const id of [...new Set(notes.map(({ note }) => note.answer))].slice(0, 10)) {
      const result = results.filter({ has: page.locator(`a[data-answer="${id}"]`) });
      await expect(result, id).toHaveCount(1);
      for (const excerpt of await result.locator('.search-result-excerpt').all()) await expect(excerpt, id).toContainText(label);
    }
  });
}
