import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { hasLatin, needsConverter, normalize, planQuery, segmentHan, subPhrases } from '../../../src/search/query.ts';
import { loadThesaurus } from '../../../src/search/thesaurus.ts';

const thesaurus = loadThesaurus();
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const words = (query: string, options = {}) => planQuery(query, { thesaurus, ...options }).concepts.map((c) => c.terms.join('|'));

describe('planQuery', () => {
  test('drops question particles and filler, keeps the words that name the worry', () => {
    expect(words('花呗逾期会通知家人吗')).toEqual(['花呗', '逾期', '通知', '家人']);
    expect(words('花呗逾期会不会通知家人？')).toEqual(['花呗', '逾期', '通知', '家人']);
    expect(words('上门催收怎么应对')).toEqual(['上门', '催收', '应对']);
    expect(words('罚息怎么算')).toEqual(['罚息', '算']);
  });

  test('joins characters the browser segmenter splits (花|呗, 催|收, 通讯|录)', () => {
    expect(segmentHan('花呗')).toEqual(['花呗']);
    expect(segmentHan('催收')).toEqual(['催收']);
    expect(segmentHan('通讯录')).toEqual(['通讯录']);
    expect(segmentHan('支付宝好友')).toEqual(['支付宝', '好友']);
    expect(segmentHan('紧急联系人')).toEqual(['紧急', '联系人']);
  });

  test('maps readers’ words to the articles’ vocabulary before segmenting', () => {
    expect(words('催债的人来了')).toContain('催收');
    expect(words('会变黑户吗')).toContain('信用记录|征信');
    expect(words('花呗逾期爆通讯录')).toEqual(['通讯录', '曝光|泄露', '花呗', '逾期']);
    expect(words('花呗被别人盗用了怎么办')).toEqual(['他人', '花呗', '盗用']);
  });

  test('converts Traditional queries to Simplified with the converter it is given', () => {
    const plan = planQuery('上門催收怎麼應對', { thesaurus, toSimplified });
    expect(plan.text).toBe('上门催收怎么应对');
    expect(plan.concepts.map((c) => c.label)).toEqual(['上门', '催收', '应对']);
  });

  test('turns pinyin into the words the lookup returns, and ignores Latin text without one', () => {
    const pinyin = (latin: string) => (latin === 'cuishou' ? [['催收']] : []);
    expect(words('cuishou', { pinyin })).toEqual(['催收']);
    expect(words('上门 cuishou', { pinyin })).toEqual(['催收', '上门']);
    expect(words('hello')).toEqual([]);
  });

  test('normalises width, case and punctuation', () => {
    expect(normalize('  ＨＵＡＢＥＩ，逾期？ ')).toBe('huabei 逾期');
  });
});

describe('needsConverter', () => {
  const traditional = '門嗎麼應對唄';
  test('is true only for a character that needs converting', () => {
    expect(needsConverter('上門催收', traditional)).toBe(true);
    expect(needsConverter('上门催收怎么应对', traditional)).toBe(false);
    expect(needsConverter('huabei', traditional)).toBe(false);
  });
});

test('hasLatin tells pinyin queries apart', () => {
  expect(hasLatin('huabei')).toBe(true);
  expect(hasLatin('花呗')).toBe(false);
});

test('subPhrases gives the two-character windows of a long word', () => {
  expect(subPhrases('爆通讯录')).toEqual(['爆通', '通讯', '讯录']);
  expect(subPhrases('花呗')).toEqual([]);
});
