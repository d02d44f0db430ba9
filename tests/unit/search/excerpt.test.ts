import { expect, test } from 'vitest';
import { escapeHtml, excerptHtml, pageWords } from '../../../src/search/excerpt.ts';

const words = pageWords(['标题', '。', ...Array.from({ length: 100 }, (_, i) => (i === 70 ? '催收' : i === 71 ? '<b>' : '字'))].join('\u200b'));

test('the excerpt centres on the matched words and marks them, escaping the text', () => {
  const html = excerptHtml(words, 0, words.length, [72], 2);
  expect(html).toContain('<mark>催收</mark>&#60;b&#62;');
  expect(html.startsWith('…')).toBe(true);
});

test('without matches the excerpt starts after the heading', () => {
  expect(excerptHtml(words, 0, 10, [], 2)).toBe('字字字字字字字字');
});

test('escapeHtml escapes markup', () => {
  expect(escapeHtml('<a href="x">&')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;');
});
