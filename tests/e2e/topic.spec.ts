import { expect, test } from '@playwright/test';
import { readArticles, readTopics, sourceBoxRows } from './support/content.ts';

const topics = readTopics();
const articles = readArticles();
/** An article on its topic page whose answers nest three levels deep: its table of contents has most to show. */
const deep = articles.find((a) => a.page === `/topics/${a.topic}/` && [3, 4].every((level) => a.answers.some((x) => x.level === level)))!;

for (const article of articles) {
  const topic = topics.find((t) => t.id === article.topic)!;
  test(`article ${article.slug}: its page ${article.page} shows every answer of it, in order`, async ({ page }) => {
    await page.goto(article.page);
    await expect(page.locator('h1')).toHaveText(topic.name);
    const trail = article.page === `/topics/${topic.id}/` ? `首页${topic.name}` : `首页${topic.name}${article.title}`;
    await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText(trail);
    const expected = article.answers;
    expect(expected.length).toBeGreaterThan(0);
    const headingIds = await page.locator('.answer-heading :is(h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => h.id));
    expect(headingIds).toEqual(expected.map((a) => a.id));
    for (const answer of expected) {
      await expect(page.locator(`[id="${answer.id}"]`)).toHaveText(answer.title);
      await expect(page.getByRole('link', { name: `链接到「${answer.title}」` })).toHaveAttribute('href', `#${answer.id}`);
    }
  });
}

test('the table of contents lists every answer and a click lands on the answer', async ({ page }) => {
  await page.goto(deep.page);
  const toc = page.getByRole('navigation', { name: '本页目录' });
  const listed = await toc.locator('a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(listed).toEqual(deep.answers.map((a) => `#${a.id}`));

  const target = deep.answers.find((a) => a.level === 3)!;
  await toc.getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  const heading = page.locator(`[id="${target.id}"]`);
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});

test('arriving at /topics/<topic>/#<id> marks that answer, in view', async ({ page }) => {
  const target = deep.answers[3]!;
  await page.goto(`${deep.page}#${target.id}`);
  const heading = page.locator(`[id="${target.id}"]`);
  await expect(page.locator(':target')).toHaveAttribute('id', target.id);
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  const border = (id: string) => page.locator(`.answer:has(> .answer-heading [id="${id}"])`).evaluate((s) => getComputedStyle(s).borderLeftColor);
  const other = deep.answers[0]!;
  expect(await border(target.id)).not.toBe(await border(other.id));
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.goto(deep.page);
  const toc = page.getByRole('navigation', { name: '本页目录' });
  const last = deep.answers.at(-1)!;
  await page.locator(`[id="${last.id}"]`).evaluate((h) => h.scrollIntoView());
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${last.id}`);
  const deeper = deep.answers.findLast((a) => a.level === 4)!;
  await page.locator(`[id="${deeper.id}"]`).evaluate((h) => h.scrollIntoView());
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${deeper.id}`);
  await page.locator(`[id="${deep.answers[0]!.id}"]`).evaluate((h) => h.scrollIntoView());
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${deep.answers[0]!.id}`);
});

for (const article of articles) {
  test(`article ${article.source.file} (topic ${article.topic}): the source box and reader comments tell where the text comes from`, async ({ page }) => {
    await page.goto(article.page);
    const box = page.locator(`#source_${article.slug}`);
    await expect(box.getByRole('heading', { name: '来源与说明' })).toBeVisible();
    const { published, script } = article.source;
    const rows = sourceBoxRows(article.source);
    await expect(box.locator('dt')).toHaveText(rows.map(([label]) => label));
    for (const [i, [label, value]] of rows.entries()) if (value !== null) await expect(box.locator('dd').nth(i), label).toHaveText(value);
    if (published) await expect(box.locator('time')).toHaveAttribute('datetime', published);
    const converted = box.getByText('原文为繁体中文，已转换为简体');
    await (script === 'hant' ? expect(converted).toBeVisible() : expect(converted).toHaveCount(0));
    // The note on edits is there only when the editors changed something, and then counts what they did.
    const note = box.getByText('原网站的过滤程序删去了一些字词');
    if (article.restoredCount + article.gapCount === 0) await expect(note).toHaveCount(0);
    if (article.restoredCount > 0) await expect(box).toContainText(`补回了 ${article.restoredCount} 处`);
    if (article.gapCount > 0) await expect(box).toContainText(`${article.gapCount} 处无法确定原词`);
    await expect(box.getByText('信息仅供参考，不构成法律意见。')).toBeVisible();
    if (article.restoredCount + article.gapCount > 0) {
      await box.getByText(`补回的字词（${article.restoredCount} 处）`).click();
      await expect(box.locator('.edit-list li').first()).toBeVisible();
    }
    // Every restored word of the text and title is marked (a restoration may insert in more than one place).
    const marks = page.locator(`#article_${article.slug} ins.restored, [aria-labelledby="article_${article.slug}"] .answer ins.restored`);
    expect(await marks.count()).toBeGreaterThanOrEqual(article.restoredCount);

    const comments = page.locator(`[aria-labelledby="article_${article.slug}"] details.reader-comments`);
    if (article.comments.length === 0) return void (await expect(comments).toHaveCount(0));
    await expect(comments).not.toHaveAttribute('open');
    await expect(comments.locator('summary')).toHaveText(`原网页的读者评论（${article.comments.length} 条，未经核实）`);
    await comments.locator('summary').click();
    await expect(comments.locator('blockquote')).toHaveCount(article.comments.length);
    await expect(comments.locator('blockquote').first()).toHaveText(article.comments[0]!.text);
  });
}

test('previous and next topic follow the order of topics.yaml', async ({ page }) => {
  const [first, second] = topics;
  await page.goto(`/topics/${second!.id}/`);
  const pager = page.getByRole('navigation', { name: '其他话题' });
  await pager.getByRole('link', { name: new RegExp(first!.name) }).click();
  await expect(page).toHaveURL(`/topics/${first!.id}/`);
  await expect(page.getByRole('navigation', { name: '其他话题' }).locator('a[rel="prev"]')).toHaveCount(0);
});
