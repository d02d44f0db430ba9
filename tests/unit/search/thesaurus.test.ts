// The thesaurus is reviewed data: every word it maps to must be a word the articles use, or it finds nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadThesaurus, parseEntry } from '../../../src/search/thesaurus.ts';
import { visibleText } from '../../../src/search-build/vocabulary.ts';

const articles = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => visibleText(readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('---')))
  .join('\n');

test('every article-side word of the thesaurus occurs in the articles', () => {
  const missing: string[] = [];
  for (const [reader, concepts] of loadThesaurus()) {
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
