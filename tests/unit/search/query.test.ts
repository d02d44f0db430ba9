import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { hasLatin, maxConcepts, needsConverter, normalize, planQuery, segmentHan, segmentWithLexicon, siteLexicon } from '../../../src/search/query.ts';
import { loadThesaurus } from '../../../src/search/thesaurus.ts';
import { gb2312Hanzi } from '../../../src/search/gb2312.ts';

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

  test('a pronoun with 的, which the segmenter takes as one word, is no word to look for (or to name as missing)', () => {
    expect(words('我的资料会被泄露吗')).toEqual(['资料', '泄露']);
    expect(words('他的电话一直打')).toEqual(['电话', '打']);
  });

  test('joins characters the browser segmenter splits (花|呗, 催|收, 通讯|录)', () => {
    expect(segmentHan('花呗')).toEqual(['花呗']);
    expect(segmentHan('催收')).toEqual(['催收']);
    expect(segmentHan('通讯录')).toEqual(['通讯录']);
    expect(segmentHan('支付宝好友')).toEqual(['支付宝', '好友']);
    expect(segmentHan('紧急联系人')).toEqual(['紧急', '联系人']);
  });

  test('joins no characters across a dropped word: 逾期|了|第|一步 is 逾期 and 第一步, not 逾期第', () => {
    expect(words('逾期了第一步')).toEqual(['逾期', '第一步']);
    // Characters alone between dropped words stay words of their own rather than vanish or join a far word.
    expect(segmentHan('来要钱的人')).toEqual(['来', '钱', '人']);
  });

  test('the site’s words from its titles join the pieces of words the browser’s segmenter does not know', () => {
    // Made-up titles and a thesaurus entry: what a site calls its subjects.
    const lexicon = siteLexicon(['支付宝客服的电话', '保护个人信息'], loadThesaurus({ 客服电话: '支付宝 客服' }));
    expect([...lexicon.words]).toEqual(expect.arrayContaining(['支付宝', '客服', '电话', '保护', '个人', '信息']));
    expect(segmentWithLexicon('跟支付宝客服谈延期', lexicon)).toEqual(expect.arrayContaining(['支付宝', '客服']));
    expect(segmentHan('跟支付宝客服谈延期')).not.toContain('支付宝');
    // A word the segmenter knows whole is never cut for a shorter one of the lexicon.
    expect(segmentWithLexicon('会天天打电话吗', lexicon)).toContain('打电话');
    expect(planQuery('支付宝客服电话', { thesaurus, lexicon }).concepts.map((c) => c.label)).toEqual(expect.arrayContaining(['支付宝', '电话']));
  });

  test('adds the articles’ vocabulary beside readers’ words before segmenting', () => {
    expect(words('催债的人来了')).toContain('催收|催债');
    expect(words('会变黑户吗')).toContain('信用记录|征信|黑户');
    expect(words('花呗逾期爆通讯录')).toEqual(['通讯录|爆通讯录', '曝光|泄露|爆通讯录', '花呗', '逾期']);
    expect(words('花呗被别人盗用了怎么办')).toEqual(['他人|别人', '花呗', '盗用']);
  });

  test('marks the words that came from the thesaurus or from pinyin', () => {
    const pinyin = (latin: string) => (latin === 'yuqi' ? [['与其', '逾期']] : []);
    const plan = planQuery('yuqi 会坐牢吗', { thesaurus, pinyin });
    expect(plan.concepts.map((c) => [c.terms.join('|'), c.via])).toEqual([
      ['与其|逾期', 'pinyin'],
      ['刑事责任|坐牢', 'thesaurus'],
    ]);
  });

  test('the text holds pinyin as the words it was read as, side by side as typed characters would stand', () => {
    // The bigram rankings compare the text: 收上 spans the two words only when they stand together.
    const pinyin = (latin: string) => (latin === 'cuishou shangmen' ? [['催收', '摧收'], ['上门']] : []);
    expect(planQuery('cuishou shangmen', { thesaurus, pinyin }).text).toBe('催收上门');
    expect(planQuery('催收 xyz', { thesaurus, pinyin }).text).toBe('催收 xyz');
  });

  test('letters read as a reader’s word of the thesaurus bring its articles’ words, as the characters would', () => {
    const pinyin = (latin: string) => (latin === 'houguo' ? [['后果']] : []);
    const plan = planQuery('houguo', { thesaurus, pinyin });
    expect(plan.concepts.map((c) => [c.terms.join('|'), c.via])).toEqual([
      ['后果', 'pinyin'],
      [planQuery('后果', { thesaurus }).concepts[0]!.terms.join('|'), 'thesaurus'],
    ]);
    expect(plan.concepts[1]!.terms).toContain('结果');
  });

  test('a pasted page becomes a bounded number of words to look up', () => {
    const pinyin = (latin: string) => [...latin.matchAll(/ab/g)].map((m) => [`词${m.index}`]);
    expect(planQuery('ab'.repeat(5_000), { thesaurus, pinyin }).concepts.length).toBeLessThanOrEqual(maxConcepts);
    expect(planQuery('催收上门通知家人'.repeat(1_000), { thesaurus }).concepts.length).toBeLessThanOrEqual(maxConcepts);
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
  // The site ships only the Traditional characters that GB2312 also holds; the rest lie outside it.
  const traditionalInGb2312 = '後著';
  test('is true for a Traditional character outside GB2312', () => {
    expect(needsConverter('上門催收', traditionalInGb2312)).toBe(true);
    expect(needsConverter('花唄逾期會通知家人嗎', traditionalInGb2312)).toBe(true);
  });
  test('is true for a listed Traditional character inside GB2312', () => {
    expect(needsConverter('逾期以後', traditionalInGb2312)).toBe(true);
  });
  test('is false for Simplified text and pinyin', () => {
    expect(needsConverter('上门催收怎么应对', traditionalInGb2312)).toBe(false);
    expect(needsConverter('花呗逾期会通知家人吗', traditionalInGb2312)).toBe(false);
    expect(needsConverter('huabei', traditionalInGb2312)).toBe(false);
  });
});

describe('GB2312 tells the scripts apart for the site', () => {
  // What the shipped list leaves out must lie outside GB2312, or a Traditional query would go unconverted.
  test('holds the 6,763 hanzi of the standard', () => {
    expect(gb2312Hanzi().size).toBe(6763);
  });
  test('every character of the site is inside it, so a query in the site\'s own words never loads the converter', () => {
    const content = readdirSync('content/articles').map((f) => readFileSync(`content/articles/${f}`, 'utf8')).join('') + readFileSync('content/topics.yaml', 'utf8');
    const outside = [...new Set(content.match(/\p{Script=Han}/gu))].filter((c) => !gb2312Hanzi().has(c));
    expect(outside, 'site characters outside GB2312: a query holding one loads the 52 KB converter').toEqual([]);
  });
});

test('hasLatin tells pinyin queries apart', () => {
  expect(hasLatin('huabei')).toBe(true);
  expect(hasLatin('花呗')).toBe(false);
});
