import { expect, test } from 'vitest';
import { buildPinyinMap, readingsOf } from '../../../src/search-build/pinyin-map.ts';
import { wordsForPinyin } from '../../../src/search/pinyin.ts';

const map = buildPinyinMap(['花呗', '逾期', '催收', '还款', '通知', '家人', '通讯录']);

test('every reading of a polyphonic character is a key', () => {
  expect(readingsOf('还款')).toEqual(expect.arrayContaining(['huankuan', 'haikuan']));
  expect(map['huankuan']).toEqual(['还款']);
});

test('pinyin with or without spaces finds the site’s words, longest first', () => {
  expect(wordsForPinyin('huabei', map)).toEqual([['花呗']]);
  expect(wordsForPinyin('cui shou', map)).toEqual([['催收']]);
  expect(wordsForPinyin('huabeiyuqi', map)).toEqual([['花呗'], ['逾期']]);
  expect(wordsForPinyin('tongzhi jiaren', map)).toEqual([['通知'], ['家人']]);
  expect(wordsForPinyin('tongxunlu', map)).toEqual([['通讯录']]);
});

test('letters that spell no known word are skipped', () => {
  expect(wordsForPinyin('xyz huabei', map)).toEqual([['花呗']]);
  expect(wordsForPinyin('qwerty', map)).toEqual([]);
});
