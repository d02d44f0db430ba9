// Which page carries an article (ownPageOf in src/lib/site-model.ts): the topic page carries the article named
// after its topic, every other article has its own page, and adding or removing one moves no other.
import { describe, expect, test } from 'vitest';
import { siteModel, type Article } from '../../src/lib/site-model.ts';
import { siteUrls } from '../../src/lib/site-urls.ts';

const urls = siteUrls('/kb/', 'https://kb.test');

function article(id: string, topic: string, file: string, answerId: string): Article {
  return {
    id,
    data: {
      topic,
      title: id,
      answers: [{ id: answerId, title: answerId, level: 2, excerpt: '', question: false }],
      source: { file, site: null, author: null, published: null, script: 'hans' },
      edits: [],
    },
  } as unknown as Article;
}

const topics = [{ id: 'visits', data: { id: 'visits', name: '上门催收', description: '简介', order: 1 } }];
const named = article('visits', 'visits', '001.txt', 'stay-calm');
const second = article('visit-checklist', 'visits', '004.txt', 'what-to-ask');
const third = article('visit-records', 'visits', '007.txt', 'keep-records');
const model = (articles: Article[], retired: string[] = []) =>
  siteModel({
    topics,
    articles,
    permalinks: Object.fromEntries([
      ...articles.flatMap((a) => a.data.answers.map((x) => [x.id, { topic: 'visits' }])),
      ...retired.map((id) => [id, { topic: 'visits', retired: '原文已删除' }]),
    ]),
  });

describe('the page of an article', () => {
  test('the article named after its topic is on the topic page; the others each on their own', () => {
    const content = model([named, second, third]);
    expect(content.ownPageOf(named)).toBeUndefined();
    expect(content.ownPageOf(second)).toBe('visit-checklist');
    expect(urls.articlePath('visits', content.ownPageOf(named), 'stay-calm')).toBe('/kb/topics/visits/#stay-calm');
    expect(urls.articlePath('visits', content.ownPageOf(third), 'keep-records')).toBe('/kb/topics/visits/visit-records/#keep-records');
    expect(content.ownPageOf(content.answerById.get('what-to-ask')!.article)).toBe('visit-checklist');
    expect(content.ownPageOfAnswer('keep-records')).toBe('visit-records');
  });

  test('adding or removing an article moves no other article', () => {
    const pages = (articles: Article[], retired: string[] = []) => {
      const content = model(articles, retired);
      return Object.fromEntries(articles.map((a) => [a.id, content.ownPageOf(a)]));
    };
    const all = pages([named, second, third]);
    expect(pages([named, second])).toEqual({ visits: all['visits'], 'visit-checklist': all['visit-checklist'] });
    // The named article removed (its answer retired): the others stay where they were published.
    expect(pages([second, third], ['stay-calm'])).toEqual({ 'visit-checklist': all['visit-checklist'], 'visit-records': all['visit-records'] });
  });
});
