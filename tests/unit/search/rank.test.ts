import { describe, expect, test } from 'vitest';
import { childrenForHeadings, headingOnlyAnswers, rankAnswers, runsOf, sectionsOf, undecided, withHeadingBigrams, type ConceptHits, type RankedAnswer } from '../../../src/search/rank.ts';

// One page of three answers: words 0–9, 10–59 (a long one), 60–69.
const sections = sectionsOf(
  { p1: { url: '/topics/t/', words: 70, sections: [['a', 0], ['b', 10], ['c', 60]] } },
  { a: ['通知家人', 't', 2], b: ['其他', 't', 2], c: ['通知朋友', 't', 2] },
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

test('the words leave undecided two answers that hold the question alike, not one that holds more of it', () => {
  // 通知 in both short answers' text and headings: the words cannot choose; 家人 too in the first: they can.
  expect(undecided(rankAnswers([concept('通知', [1, 61])], sections))).toBe(true);
  expect(undecided(rankAnswers([concept('通知', [1, 61]), concept('家人', [3])], sections))).toBe(false);
  expect(undecided(rankAnswers([concept('家人', [3])], sections))).toBe(false);
  expect(undecided([])).toBe(false);
});

// A page whose numbered steps (level 3) sit under a heading that names what they answer (level 2).
const steps = sectionsOf(
  { p2: { url: '/topics/u/', words: 60, sections: [['intro', 0], ['steps', 10], ['step-1', 15], ['step-2', 30], ['after', 45]] } },
  { intro: ['引言', 'u', 2], steps: ['被盗用后的步骤', 'u', 2], 'step-1': ['联系客服', 'u', 3], 'step-2': ['修改密码', 'u', 3], after: ['总结', 'u', 2] },
);
const onP2 = (term: string, positions: number[]): ConceptHits => ({ terms: [{ term, hits: new Map([['p2', positions]]) }] });

test('an answer sits under the headings above it, by level', () => {
  expect(steps.map((s) => [s.id, s.parents])).toEqual([
    ['intro', []],
    ['steps', []],
    ['step-1', ['被盗用后的步骤']],
    ['step-2', ['被盗用后的步骤']],
    ['after', []],
  ]);
});

test("a word of a parent heading counts toward its steps' match, less than their own heading", () => {
  // 被盗用 only in the parent heading (position 10) and once in the introduction; 密码 in step 2 and the summary.
  const ranked = rankAnswers([onP2('被盗用', [2, 10]), onP2('密码', [31, 47])], steps);
  expect(ranked[0]!.id).toBe('step-2');
  expect(ranked[0]!.matched).toEqual([0, 1]);
  // The parent's own heading holds the word itself: it outranks a step that holds it only through the parent.
  const alone = rankAnswers([onP2('被盗用', [10])], steps);
  expect(alone[0]!.id).toBe('steps');
  expect(alone.map((r) => r.id)).toContain('step-1');
});

describe('the heading field of character bigrams', () => {
  // Two answers hold the query's words equally; only one heading says what the reader asked, in other words.
  const pool = sectionsOf(
    { p: { url: '/t/', words: 40, sections: [['steps', 0], ['call', 10], ['stolen', 20], ['other', 30]] } },
    { steps: ['应对逾期的步骤', 't', 2], call: ['联系客服', 't', 3], stolen: ['花呗被盗用怎么办', 't', 2], other: ['总结', 't', 2] },
  );
  const even = (ids: string[]) => ids.map((id) => ({ id, pageId: 'p', score: 1, matched: [0], common: [], positions: [] }));

  test('an answer whose heading shares the question’s rarer bigrams moves up, even when the segmenter cut them apart', () => {
    // 被盗刷 is no word of the heading; 被盗 is one of its bigrams.
    expect(withHeadingBigrams(even(['other', 'stolen']), pool, '花呗被盗刷了')[0]!.id).toBe('stolen');
  });

  test('a parent heading counts for its steps, at half', () => {
    const ranked = withHeadingBigrams(even(['other', 'call']), pool, '逾期的步骤');
    expect(ranked[0]!.id).toBe('call');
    expect(ranked[0]!.score).toBeLessThan(withHeadingBigrams(even(['steps']), pool, '逾期的步骤')[0]!.score);
  });

  test('headings in another script are compared in the question’s', () => {
    const hant = sectionsOf({ p: { url: '/t/', words: 20, sections: [['a', 0], ['b', 10]] } }, { a: ['總結', 't', 2], b: ['花唄被盜用', 't', 2] });
    const toHans = (text: string) => text.replace('唄', '呗').replace('盜', '盗');
    expect(withHeadingBigrams(even(['a', 'b']), hant, '花呗被盗用了', toHans)[0]!.id).toBe('b');
  });

  test('a question without a bigram leaves the order as it is', () => {
    expect(withHeadingBigrams(even(['other', 'stolen']), pool, 'huabei').map((r) => r.id)).toEqual(['other', 'stolen']);
  });
});

describe('an answer that is only a heading, and its first child', () => {
  // A heading-only parent (words 0–5: its title only), its two steps, and an answer with text of its own that is
  // as short as its title is long, but has no child.
  const steps = sectionsOf(
    { p1: { url: '/topics/t/', words: 100, sections: [['parent', 0], ['step1', 6], ['step2', 40], ['own', 80], ['last', 86]] } },
    { parent: ['花呗被盗用怎么应对', 't', 2], step1: ['第一步确认', 't', 3], step2: ['第二步联系客服', 't', 3], own: ['保护个人信息', 't', 2], last: ['总结', 't', 2] },
  );
  const answer = (id: string): RankedAnswer => ({ id, pageId: 'p1', score: 1, matched: [], common: [], positions: [] });

  test('are told by their spans: a parent with no text of its own, whose first child opens where it ends', () => {
    expect([...headingOnlyAnswers(steps)]).toEqual([['parent', 'step1']]);
  });

  test('a heading-only answer gives its place to the best ranked answer under it, or its first child', () => {
    const ids = (order: string[]) => childrenForHeadings(order.map(answer), steps).map((a) => a.id);
    expect(ids(['parent', 'step2', 'step1', 'own'])).toEqual(['step2', 'step1', 'own']);
    expect(ids(['parent', 'own'])).toEqual(['step1', 'own']);
    // Each answer once: a child already listed above its heading is not listed again.
    expect(ids(['step1', 'parent', 'own'])).toEqual(['step1', 'own']);
    // An answer with text of its own stands as it is.
    expect(ids(['step2', 'own'])).toEqual(['step2', 'own']);
  });
});
