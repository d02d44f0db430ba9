import { expect, test } from 'vitest';
import { bigramIndex, bigramRanker, bigramScores } from '../../../src/search/bigrams.ts';
import { bigramsOf } from '../../../src/search/rank.ts';
import { answerSearchTexts, answerTexts } from '../../../src/search-build/search-data.ts';

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

test('a reader’s question an answer’s review gives it brings the answer in, though its text shares no word with the question', () => {
  const file = {
    texts: { penalty: '逾期后将按日计收罚息', family: '逾期不会通知家人', friends: '逾期不会通知朋友' },
    asks: { penalty: '晚还几天要多交多少钱 拖久了会不会越滚越多' },
  };
  const rank = bigramRanker(file, bigramsOf);
  const ranked = rank([], ['晚还一天多交多少'], [
    { id: 'penalty', pageId: 'p', start: 0, end: 10, title: '罚息' },
    { id: 'family', pageId: 'p', start: 10, end: 20, title: '家人' },
    { id: 'friends', pageId: 'p', start: 20, end: 30, title: '朋友' },
  ]);
  expect(ranked.map((r) => r.id)).toEqual(['penalty']);
});

test('the readers’ questions are compared with the question’s filler, which says what kind of question it is', () => {
  const file = {
    texts: { tell: '平台会联系家人', cope: '先和家人商量' },
    asks: { tell: '家人会不会知道', cope: '家人知道了怎么办' },
  };
  const rank = bigramRanker(file, bigramsOf);
  const pool = [
    { id: 'tell', pageId: 'p', start: 0, end: 10, title: '通知家人' },
    { id: 'cope', pageId: 'p', start: 10, end: 20, title: '应对' },
  ];
  // Without the filler both questions are 家人 … 知道: the filler tells them apart.
  expect(rank([], ['家人 知道'], pool, ['家人会不会知道'])[0]?.id).toBe('tell');
  expect(rank([], ['家人知道了'], pool, ['家人知道了怎么办'])[0]?.id).toBe('cope');
});

test('the readers’ questions of each answer are written with the answers’ text, one question apart from the next', () => {
  const body = '<Section answer="fees">\n\n## 罚息 {#fees}\n\n按日计收。\n\n</Section>';
  const file = answerSearchTexts([{ topic: 't', title: 'x', body, answers: [{ id: 'fees', title: '罚息', asks: ['晚还一天罚多少？', '利息 怎么算'] }] }]);
  expect(file.texts['fees']).toBe('罚息 按日计收');
  expect(bigramsOf(file.asks['fees']!)).not.toContain('少利');
  expect(file.asks['fees']).toBe('晚还一天罚多少 利息 怎么算');
});
