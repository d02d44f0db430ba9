// The homophone step: a word the site lacks, typed with a wrong character of the same sound, read as the site's
// word. The site's words and the typos here are made up for the test (a fixture map, built as the build does).
import { describe, expect, test } from 'vitest';
import { homophones, readingTable } from '../../../src/search/homophones.ts';
import { commonChars, readingRuns } from '../../../src/search-build/han-readings.ts';
import { buildPinyinMap } from '../../../src/search-build/pinyin-map.ts';
import { homophonesIn, siteWordsIn } from '../../../src/search/missing-words.ts';

const readings = readingTable(readingRuns(), commonChars());
const siteWords = ['花呗', '借呗', '还款', '联系人', '银行卡', '冻结', '律师', '身份证'];
const map = buildPinyinMap(siteWords);
const alike = (word: string) => homophones(word, readings, map);

describe('readings of the common characters', () => {
  test('the runs give every common character its reading, in the order the browser decodes them', () => {
    expect(readings.size).toBe(commonChars().length);
    expect(readings.get('贝')).toBe('bei');
    expect(readings.get('冬')).toBe('dong');
    expect(readings.get('绿')).toBe('lv');
  });

  test('a character without a reading keeps the places of those after it', () => {
    const table = readingTable('a2 3 ba', ['甲', '乙', '丙', '丁', '戊', '己']);
    expect([...table]).toEqual([['甲', 'a'], ['乙', 'a'], ['己', 'ba']]);
  });
});

describe('homophones of a word the site lacks', () => {
  test("a wrong character of the same sound gives the site's word", () => {
    expect(alike('借贝')).toEqual(['借呗']);
    expect(alike('联系仁')).toEqual(['联系人']);
    expect(alike('冬结')).toEqual(['冻结']);
    expect(alike('律狮')).toEqual(['律师']);
  });

  test("never replaces a word the site has, nor reads a word of another length or sound", () => {
    expect(alike('花呗')).toEqual([]);
    expect(alike('银行')).toEqual([]);
    expect(alike('冬天')).toEqual([]);
  });

  test('a word of the same sound that keeps less than half of the typed characters is another word', () => {
    expect(homophones('失意', readings, buildPinyinMap(['事宜']))).toEqual([]);
    expect(homophones('事意', readings, buildPinyinMap(['试衣', '事宜']))).toEqual(['事宜']);
  });

  test('words keeping more of the typed characters in place come first', () => {
    expect(homophones('紧急联细人', readings, buildPinyinMap(['紧集联系人', '紧急联系人']))).toEqual(['紧急联系人', '紧集联系人']);
  });

  test('a character the readings do not hold reads as nothing', () => {
    expect(alike('借𠀀')).toEqual([]);
  });

  test('a key of Object.prototype is no reading', () => {
    expect(homophones('借贝', new Map([['借', 'constructor'], ['贝', '']]), {})).toEqual([]);
  });
});

describe('homophones inside a longer word', () => {
  const occurrences = async (term: string) => new Map(siteWords.includes(term) ? [['page', [1]]] : []);

  test('the longest parts that read like site words, left to right', async () => {
    const found = await homophonesIn('借贝冬结了', occurrences, alike);
    expect(found.map((f) => f.term)).toEqual(['借呗', '冻结']);
  });

  test('a word with no such part finds nothing', async () => {
    expect(await homophonesIn('今天下雨', occurrences, alike)).toEqual([]);
  });

  test('of the words that keep as many typed characters, the one the site uses most', async () => {
    // 逾其 keeps one character of each: 与其 (once on the site) and 逾期 (on every page, many times).
    const words = buildPinyinMap(['与其', '逾期']);
    const counts: Record<string, number> = { 与其: 1, 逾期: 40 };
    const often = async (term: string) => new Map(counts[term] ? [['page', Array.from({ length: counts[term]! }, (_, i) => i)]] : []);
    const found = await homophonesIn('逾其', often, (word) => homophones(word, readings, words));
    expect(found.map((f) => f.term)).toEqual(['逾期']);
  });
});

describe("the site's words inside a word it lacks", () => {
  const occurrences = async (term: string) => new Map(siteWords.includes(term) ? [['page', [1]]] : []);

  test('the longest site words, left to right, and the stretches none covers', async () => {
    const rest: string[] = [];
    const found = await siteWordsIn('花呗冬结了', occurrences, rest);
    expect(found.map((f) => f.term)).toEqual(['花呗']);
    expect(rest).toEqual(['冬结了']);
  });

  test('a pasted run is tried in a bounded number of lengths from each character, not every length', async () => {
    let lookups = 0;
    const counting = async (term: string) => {
      lookups++;
      return occurrences(term);
    };
    const run = '甲乙丙丁'.repeat(250);
    await siteWordsIn(run, counting);
    // Before the bound: every length from every character, about 500,000 lookups for these 1,000 characters.
    // Read from both ends: twice the bound of one reading.
    expect(lookups).toBeLessThanOrEqual(2 * run.length * 8);
  });

  test('read from both ends: more of the word covered first, then fewer words, then the reading from the end', async () => {
    const words = (...list: string[]) => async (term: string) => new Map(list.includes(term) ? [['page', [1]]] : []);
    // From the left 查证|件, from the end 查|证件: a tie, and the end's reading is the likelier.
    expect((await siteWordsIn('查证件', words('查证', '证件'))).map((f) => f.term)).toEqual(['证件']);
    // From the left 催收|员工 covers all four characters; from the end 催|收员工 only three.
    expect((await siteWordsIn('催收员工', words('催收', '员工', '收员工'))).map((f) => f.term)).toEqual(['催收', '员工']);
  });

  test('a lone character left between site words is no stretch to read again', async () => {
    const rest: string[] = [];
    expect((await siteWordsIn('花呗说还款', occurrences, rest)).map((f) => f.term)).toEqual(['花呗', '还款']);
    expect(rest).toEqual([]);
  });
});
