import * as OpenCC from 'opencc-js';
import { expect, test } from 'vitest';
import { toSimplified } from '../../../src/ingest/script.ts';

test('converts Taiwan-standard Traditional to Simplified, resolving 著 in context', () => {
  expect(toSimplified('隨著互聯網金融的快速發展')).toBe('随着互联网金融的快速发展');
  expect(toSimplified('支付寶逾期找法務處理')).toBe('支付宝逾期找法务处理');
});

test("keeps the author's words: 使用者 stays 使用者, which the phrase table would rewrite", () => {
  expect(toSimplified('使用者應立即與支付寶客服聯系')).toBe('使用者应立即与支付宝客服联系');
  // The reason for character-level conversion: the phrase table changes vocabulary.
  expect(OpenCC.Converter({ from: 'twp', to: 'cn' })('使用者')).toBe('用户');
});

test('leaves Simplified text and punctuation unchanged', () => {
  const text = '花呗逾期会通知家人吗? 1. 刑事责任:盗用花呗…';
  expect(toSimplified(text)).toBe(text);
});
