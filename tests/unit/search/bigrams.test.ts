import { expect, test } from 'vitest';
import { bigramIndex, bigramScores } from '../../../src/search/bigrams.ts';
import { bigramsOf } from '../../../src/search/rank.ts';
import { answerTexts } from '../../../src/search-build/search-data.ts';

test('bigrams are adjacent Han characters, never across a gap or Latin text', () => {
  expect(bigramsOf('上征信 ab花呗')).toEqual(['上征', '征信', '花呗']);
});

test('a reader’s compound finds the answer holding the article’s word inside it, without any segmenter', () => {
  const index = bigramIndex({ credit: '逾期会影响个人征信记录', family: '逾期不会通知家人', friends: '逾期不会通知朋友' }, bigramsOf);
  const scores = bigramScores(index, bigramsOf('上征信'));
  expect([...scores.keys()]).toEqual(['credit']);
});

test('a bigram on fewer answers weighs more: siblings sharing the common words are told apart by the rare one', () => {
  const index = bigramIndex({ family: '逾期不会通知家人', friends: '逾期不会通知朋友', other: '逾期怎么办' }, bigramsOf);
  const scores = bigramScores(index, bigramsOf('逾期通知家里'));
  expect(scores.get('family')!).toBeGreaterThan(scores.get('friends')!);
});

test('an answer that is only a heading reads as the answers under it', () => {
  const body = [
    '<Section answer="steps">\n\n## 应对方法 {#steps}\n\n</Section>',
    '<Section answer="first">\n\n### 1. 确认 {#first}\n\n先确认是否被盗用。\n\n</Section>',
    '<Section answer="next">\n\n## 其他 {#next}\n\n联系客服。\n\n</Section>',
  ].join('\n\n');
  const texts = answerTexts([{ topic: 't', title: 'x', body, answers: [] }]);
  expect(texts['steps']).toContain('被盗用');
  expect(texts['steps']).not.toContain('客服');
  expect(texts['first']).toBe('确认 先确认是否被盗用');
});
