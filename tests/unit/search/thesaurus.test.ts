// The thesaurus and the readers' words (src/search/readers.ts) are reviewed data: every word they map to must be a
// word the articles use, or it finds nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadThesaurus, parseEntry, withClasses } from '../../../src/search/thesaurus.ts';
import { planQuery } from '../../../src/search/query.ts';
import { withReaders } from '../../../src/search/readers.ts';
import { visibleText, wordsOf } from '../../../src/search-build/vocabulary.ts';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { Converter } from 'opencc-js/t2cn';
import readers from '../../../src/search/readers.json' with { type: 'json' };

const articles = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => visibleText(readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('---')))
  .join('\n');

test('every article-side word of the thesaurus occurs in the articles', () => {
  const missing: string[] = [];
  for (const [reader, concepts] of withReaders(loadThesaurus())) {
    for (const term of concepts.flatMap((c) => c.terms)) if (!articles.includes(term)) missing.push(`${reader} → ${term}`);
  }
  expect(missing).toEqual([]);
});

test('restored words are part of the searchable text', () => {
  expect(articles).toContain('催收');
  expect(articles).toContain('维权');
  expect(articles).toContain('措施');
});

test('entries parse into concepts and alternatives', () => {
  expect(parseEntry('通讯录 曝光|泄露')).toEqual([
    { label: '通讯录', terms: ['通讯录'] },
    { label: '曝光/泄露', terms: ['曝光', '泄露'] },
  ]);
});

const thesaurus = withReaders(loadThesaurus());
const termsOf = (query: string, withThesaurus = thesaurus) => new Set(planQuery(query, { thesaurus: withThesaurus }).concepts.flatMap((c) => c.terms));

test('every entry keeps the reader’s word beside the articles’ words: a page that uses the reader’s word is found by it', () => {
  const lost = [...thesaurus.keys()].filter((reader) => !termsOf(reader).has(reader));
  expect(lost).toEqual([]);
});

test('no entry rewrites a word of the site: each site word is searched as it is, with or without the thesaurus', () => {
  // The site's vocabulary as the planner cuts it; a new article's words join it with the article.
  const none = loadThesaurus({});
  const rewritten: string[] = [];
  for (const word of wordsOf(articles)) {
    const plain = termsOf(word, none);
    const planned = termsOf(word);
    const missing = [...plain].filter((term) => !planned.has(term));
    if (missing.length) rewritten.push(`${word}: ${missing.join(', ')} no longer searched`);
  }
  expect(rewritten).toEqual([]);
});

test('a reader’s word inside a longer word is not taken for the reader’s word', () => {
  // A fixture entry whose reader's word is the start of a longer word a new article might use.
  const fixture = loadThesaurus({ 分期付: '分期', 告我: '起诉' });
  expect(termsOf('分期付款', fixture)).toContain('分期付款');
  expect(termsOf('他向警方报告我的情况', fixture)).not.toContain('起诉');
  expect(termsOf('他要告我', fixture)).toContain('起诉');
});

test('a class maps each of its readers’ words to the articles’ words, and a word is in one place only', () => {
  expect(withClasses({ 催债: '催收' }, { 家人: ['我妈', '老公'] })).toEqual({ 催债: '催收', 我妈: '家人', 老公: '家人' });
  expect(() => withClasses({ 我妈: '家人' }, { 家人: ['我妈'] })).toThrow(/我妈/);
  // The shipped classes are entries like the others: the tests above hold every one of their words.
  expect(termsOf('催收打电话给我妈')).toContain('家人');
  expect(termsOf('能不能拖几天再还')).toContain('延期');
});

test('a family member named by a possessive is family; a word that merely contains one is not', () => {
  expect(termsOf('紧急联系人填的是我哥')).toContain('家人');
  expect(termsOf('哥们知道吗')).not.toContain('家人');
});

test('a Taiwan word among the readers\' words maps to the articles\' word OpenCC gives for it in mainland use', () => {
  // 簡訊, 聯絡, 資訊 read character by character are 简讯, 联络, 资讯: the reader's word, not the articles' 短信,
  // 联系, 信息. Where readers.json has such a word, it adds what OpenCC's Taiwan phrases (TWPhrasesRev) say.
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const mainland = new Map<string, string>();
  for (const pair of TWPhrasesRev.split('|')) {
    const [taiwan, cn] = pair.split(' ');
    if (taiwan && cn) mainland.set(toSimplified(taiwan), toSimplified(cn));
  }
  // Only where the articles use the mainland word and not the Taiwan one (截图 is said on both sides).
  const entries = Object.entries(readers.entries as Record<string, string>).filter(
    ([reader]) => mainland.has(reader) && articles.includes(mainland.get(reader)!) && !articles.includes(reader),
  );
  expect(entries.length).toBeGreaterThan(0);
  for (const [reader, value] of entries) expect(value.split(/[\s|]/), reader).toContain(mainland.get(reader));
});
