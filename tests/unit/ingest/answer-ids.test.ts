import { expect, test } from 'vitest';
import { idWords, suggestAnswerId } from '../../../src/ingest/answer-ids.ts';
import { answerIdPattern } from '../../../src/schemas/answer-id.ts';

test('key words in English from the word list, pinyin otherwise; numbering, brackets and question words left out', () => {
  expect(idWords('一、如何与平台协商分期还款？')).toEqual(['platform', 'negotiate', 'installments', 'repay']);
  expect(idWords('【三、保留好证据】')).toEqual(['baoliu', 'evidence']);
  expect(idWords('2. 第二步:及时联系客服')).toEqual(['jishi', 'lianxi', 'support']);
});

test('suggested ids are valid, at most four words, and unique among the ids taken', () => {
  const taken = new Set(['summary']);
  const headings = ['总结', '总结', '花呗逾期会不会通知家人和朋友以及支付宝好友?', '？？', 'Q&A：常见问题'];
  const ids = headings.map((h) => suggestAnswerId(h, taken));
  expect(ids.slice(0, 2)).toEqual(['summary-2', 'summary-3']);
  expect(ids[2]).toBe('huabei-overdue-notify-family');
  for (const id of ids) expect(id).toMatch(answerIdPattern);
  expect(new Set(ids).size).toBe(ids.length);
});
