import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chineseCount } from '../../src/lib/chinese-count.ts';
import { readAnswers, readTopics } from './support/content.ts';

const topics = readTopics();
const answers = readAnswers();

test('home shows what the site is, every topic with its answer count, and a search box', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('花呗逾期知识库');
  await expect(page.locator('.hero .lede')).toContainText('不构成法律意见');
  // Counted, not written in: the site grows.
  const articles = readdirSync('content/articles').filter((name) => name.endsWith('.mdx')).length;
  await expect(page.locator('.hero .lede')).toContainText(`本站把网上${chineseCount(articles)}篇关于`);
  await expect(page.locator('#topics_title')).toHaveText(`${chineseCount(topics.length)}个话题`);
  const cards = page.locator('.topic-card');
  await expect(cards).toHaveCount(topics.length);
  for (const [i, topic] of topics.entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('link')).toHaveText(topic.name);
    await expect(card.getByRole('link')).toHaveAttribute('href', `/topics/${topic.id}/`);
    await expect(card).toContainText(topic.description);
    await expect(card).toContainText(`${answers.filter((a) => a.topic === topic.id).length} 个回答`);
  }
  await expect(page.getByRole('search')).toHaveCount(1);
});

test('home lists the questions readers ask, each linking to its answer', async ({ page }) => {
  await page.goto('/');
  const questions = answers.filter((a) => a.question);
  expect(questions.length).toBeGreaterThan(0);
  const list = page.locator('.question-list a');
  await expect(list).toHaveText(questions.map((q) => q.title));
  await list.first().click();
  await expect(page).toHaveURL(`/a/${questions[0]!.id}/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box submits to the search page', async ({ page }) => {
    await page.goto('/topics/theft/');
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('上门催收');
    await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('上门催收')}`);
    await expect(page.locator('h1')).toBeVisible();
  });
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/topics/no-such-topic/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});
