import { expect, test } from 'vitest';
import { rankAnswers, runsOf, sectionsOf, type ConceptHits } from '../../../src/search/rank.ts';

// One page of three answers: words 0–9, 10–59 (a long one), 60–69.
const sections = sectionsOf(
  { p1: { url: '/topics/t/', words: 70, sections: [['a', 0], ['b', 10], ['c', 60]] } },
  { a: ['通知家人', 't'], b: ['其他', 't'], c: ['通知朋友', 't'] },
);
const concept = (term: string, positions: number[]): ConceptHits => ({ terms: [{ term, hits: new Map([['p1', positions]]) }] });

test('runs of consecutive positions are one occurrence of a term spanning several index words', () => {
  expect(runsOf([5, 1, 2, 9, 3])).toEqual([[1, 3], [5, 1], [9, 1]]);
});

test('ranks answers, not document order: the answer holding every query word comes first', () => {
  const ranked = rankAnswers([concept('通知', [1, 20, 61]), concept('家人', [3, 30])], sections);
  expect(ranked.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  expect(ranked[0]!.matched).toEqual([0, 1]);
});

test('a word in the heading outweighs the same word in a long text', () => {
  const ranked = rankAnswers([concept('朋友', [63, 15, 25, 35])], sections);
  expect(ranked[0]!.id).toBe('c');
});

test('rarer words weigh more than words found everywhere', () => {
  const ranked = rankAnswers([concept('逾期', [1, 2, 12, 62]), concept('盗窃', [64])], sections);
  expect(ranked[0]!.id).toBe('c');
});

test('a partial match (some characters of a word) counts less than a full one', () => {
  // 信用记录 spans two index words; 信用 alone (a run of one) is partial.
  const ranked = rankAnswers([concept('信用记录', [4, 5, 20])], sections);
  expect(ranked[0]!.id).toBe('a');
  expect(ranked.find((r) => r.id === 'b')!.score).toBeLessThan(ranked[0]!.score);
});

test('nothing found, nothing ranked', () => {
  expect(rankAnswers([concept('坐牢', [])], sections)).toEqual([]);
});
