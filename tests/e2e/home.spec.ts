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
    await expect(card.getByRole('heading').getByRole('link')).toHaveText(topic.name);
    await expect(card.getByRole('heading').getByRole('link')).toHaveAttribute('href', `/topics/${topic.id}/`);
    await expect(card).toContainText(topic.description);
    await expect(card).toContainText(`${answers.filter((a) => a.topic === topic.id).length} 个回答`);
  }
  await expect(page.getByRole('search')).toHaveCount(1);
});

test('every topic card links to a few of its answers, questions first, and to all of them; no claim of popularity', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('最常问')).toHaveCount(0);
  const cards = page.locator('.topic-card');
  for (const [i, topic] of topics.entries()) {
    const own = answers.filter((a) => a.topic === topic.id);
    const top = Math.min(...own.map((a) => a.level));
    const expected = [...own.filter((a) => a.question), ...own.filter((a) => !a.question && a.level === top)].slice(0, 3);
    const links = cards.nth(i).locator('ul a');
    await expect(links).toHaveText(expected.map((a) => a.title));
    for (const [j, a] of expected.entries()) await expect(links.nth(j)).toHaveAttribute('href', `/a/${a.id}/`);
    await expect(cards.nth(i).getByRole('link', { name: `全部 ${own.length} 个回答` })).toHaveAttribute('href', `/topics/${topic.id}/`);
  }
  await cards.first().locator('ul a').first().click();
  await expect(page).toHaveURL(/\/a\/[a-z0-9-]+\/$/);
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
