import { expect, test } from 'vitest';
import { buildPinyinMap, readingsOf } from '../../../src/search-build/pinyin-map.ts';
import { pinyin } from 'pinyin-pro';
import { gb2312Hanzi } from '../../../src/search/gb2312.ts';
import { pinyinSyllables, wordsForPinyin } from '../../../src/search/pinyin.ts';

const map = buildPinyinMap(['花呗', '逾期', '催收', '还款', '通知', '家人', '通讯录', '获得', '收数']);

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

test('a word is read between syllables, and across the reader’s space only from token to token', () => {
  // s|huode would be 获得, cui|shou shuo 收数: neither is what was typed.
  expect(wordsForPinyin('shuo de', map)).toEqual([]);
  expect(wordsForPinyin('cuishou shuo de qian', map)).toEqual([['催收']]);
  expect(wordsForPinyin('hua bei yu qi', map)).toEqual([['花呗'], ['逾期']]);
});

test('the syllables are those of every character a reader can type', () => {
  const readings = new Set<string>();
  for (const char of gb2312Hanzi()) for (const r of pinyin(char, { toneType: 'none', type: 'array', multiple: true })) readings.add(r.replace(/ü/g, 'v'));
  const interjections = ['m', 'n', 'ng', 'hng'];
  expect([...readings].filter((r) => /^[a-z]+$/.test(r) && !interjections.includes(r) && !pinyinSyllables.has(r))).toEqual([]);
  expect([...pinyinSyllables].filter((s) => !readings.has(s))).toEqual([]);
});

test('letters that spell no known word are skipped', () => {
  expect(wordsForPinyin('xyz huabei', map)).toEqual([['花呗']]);
  expect(wordsForPinyin('qwerty', map)).toEqual([]);
});

test('names of Object.prototype’s properties are letters like any other, not words', () => {
  expect(wordsForPinyin('constructor', map)).toEqual([]);
  expect(wordsForPinyin('constructor huabei __proto__ tostring', map)).toEqual([['花呗']]);
});

test('a pasted page of letters costs work in proportion to its length', () => {
  // Counted, not timed: the lookups made for 2,000 and for 20,000 letters differ by the factor of their lengths.
  const counting = (counter: { n: number }) =>
    new Proxy(map, {
      getOwnPropertyDescriptor(target, key) {
        counter.n++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  const small = { n: 0 };
  const large = { n: 0 };
  wordsForPinyin('huabeiyuqiqwz'.repeat(2_000 / 13), counting(small));
  wordsForPinyin('huabeiyuqiqwz'.repeat(20_000 / 13), counting(large));
  expect(large.n / small.n).toBeLessThan(11);
  expect(wordsForPinyin('huabeiyuqiqwz'.repeat(20_000 / 13), map)).toHaveLength(2 * Math.floor(20_000 / 13));
});
