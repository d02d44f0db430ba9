import { describe, expect, test } from 'vitest';
import { answerSubtree, neighbours, tocTree } from '../../src/lib/answer-tree.ts';

const answers = [
  { id: 'a', title: 'A', level: 2 },
  { id: 'a1', title: 'A1', level: 3 },
  { id: 'a1x', title: 'A1x', level: 4 },
  { id: 'a2', title: 'A2', level: 3 },
  { id: 'b', title: 'B', level: 2 },
  { id: 'b1x', title: 'B1x', level: 4 },
];

describe('answerSubtree', () => {
  test('an answer owns the deeper answers up to the next one at its level', () => {
    expect(answerSubtree(answers, 'a')).toEqual(['a', 'a1', 'a1x', 'a2']);
    expect(answerSubtree(answers, 'a1')).toEqual(['a1', 'a1x']);
    expect(answerSubtree(answers, 'a2')).toEqual(['a2']);
  });
  test('a deeper answer right under a shallower one still belongs to it; the last answer owns the rest', () => {
    expect(answerSubtree(answers, 'b')).toEqual(['b', 'b1x']);
  });
  test('an unknown id shows nothing', () => {
    expect(answerSubtree(answers, 'zzz')).toEqual([]);
  });
});

describe('tocTree', () => {
  test('lists levels 2 and 3, nested, and leaves deeper answers out', () => {
    expect(tocTree(answers)).toEqual([
      { id: 'a', title: 'A', children: [{ id: 'a1', title: 'A1', children: [] }, { id: 'a2', title: 'A2', children: [] }] },
      { id: 'b', title: 'B', children: [] },
    ]);
  });
  test('a level 3 answer before any level 2 one stays at the top', () => {
    expect(tocTree([{ id: 'x', title: 'X', level: 3 }, { id: 'y', title: 'Y', level: 2 }]).map((e) => e.id)).toEqual(['x', 'y']);
  });
});

test('neighbours gives nothing beyond either end', () => {
  expect(neighbours(['p', 'q', 'r'], 0)).toEqual({ prev: undefined, next: 'q' });
  expect(neighbours(['p', 'q', 'r'], 2)).toEqual({ prev: 'q', next: undefined });
});
