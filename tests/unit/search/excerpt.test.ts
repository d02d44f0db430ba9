import { expect, test } from 'vitest';
import { answerExcerpt, excerptOf, pageWords, type ExcerptPiece } from '../../../src/search/excerpt.ts';

const words = pageWords(['标题', '。', ...Array.from({ length: 100 }, (_, i) => (i === 70 ? '催收' : i === 71 ? '<b>' : '字'))].join('\u200b'));
const text = (pieces: readonly ExcerptPiece[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('the excerpt centres on the matched words and marks them; text stays text', () => {
  const pieces = excerptOf(words, 0, words.length, [72], 2);
  expect(pieces).toContainEqual({ text: '催收', mark: true });
  expect(text(pieces)).toMatch(/^…字+\[催收\]<b>字+$/);
});

test('without matches the excerpt starts after the heading', () => {
  expect(text(excerptOf(words, 0, 10, [], 2))).toBe('字字字字字字字字');
});

// Pagefind's raw_content is its content with < and > written as entities, and zero-width spaces between words.
const asPagefind = (pieces: readonly string[]) => {
  const content = pieces.join('');
  return { content, raw: pieces.join('\u200b').replace(/</g, '&lt;').replace(/>/g, '&gt;') };
};

test('markup in the source text comes back as the characters the article shows, once', () => {
  const { content, raw } = asPagefind(['源码', '<script>', 'alert(1)', '</script>', '和', '&lt;b&gt;', '原样']);
  expect(pageWords(raw, content)).toEqual(['源码', '<script>', 'alert(1)', '</script>', '和', '&lt;b&gt;', '原样']);
});

test('an answer shows its own text after its heading, the query\'s words marked', () => {
  const page = pageWords(['父标题', '.', '第一步', '.', '先', '报警', '再', '冻结', '账户'].join('\u200b'));
  expect(text(answerExcerpt(page, { start: 2, end: 9, title: '第一步' }, [5]))).toBe('先[报警]再冻结账户');
});

test('the heading and its closing punctuation are skipped, a symbol that opens the text is not', () => {
  const page = pageWords(['标题', '.', '<', 'script>', '正文'].join('\u200b'));
  expect(text(answerExcerpt(page, { start: 0, end: 5, title: '标题' }, []))).toBe('<script>正文');
});
