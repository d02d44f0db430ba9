// Whether a page holds a term as whole words of the index: the strict check behind "is this word on the site".
// The page words are made up for the test, cut as Pagefind cuts its text (single characters where its
// segmenter knows no word).
import { expect, test } from 'vitest';
import { holdsAsWords } from '../../../src/search/whole-words.ts';

const page = ['借', '呗', '冻结', '以后', '，', '律师', '事务所', '会', '联系', '你'];

test('a term made of whole words in a row is on the page', () => {
  expect(holdsAsWords(page, '借呗')).toBe(true);
  expect(holdsAsWords(page, '借呗冻结')).toBe(true);
  expect(holdsAsWords(page, '律师事务所')).toBe(true);
  expect(holdsAsWords(page, '冻结')).toBe(true);
});

test('a term whose last piece only begins a word of the page is not (a typo the phrase search lets through)', () => {
  // Pagefind's exact phrase takes 借|呗|冻 as 借|呗|冻结: the page does not hold 借呗冻 nor 借呗冬.
  expect(holdsAsWords(page, '借呗冻')).toBe(false);
  expect(holdsAsWords(page, '借呗冬结')).toBe(false);
  expect(holdsAsWords(page, '律师事')).toBe(false);
});

test('a term that starts inside a word, or spans a gap, is not', () => {
  expect(holdsAsWords(page, '呗冻')).toBe(false);
  expect(holdsAsWords(page, '以后律师')).toBe(false);
  expect(holdsAsWords(page, '')).toBe(false);
  expect(holdsAsWords([], '借呗')).toBe(false);
});
