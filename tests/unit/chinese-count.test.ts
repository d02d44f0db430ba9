import { expect, test } from 'vitest';
import { chineseCount } from '../../src/lib/chinese-count.ts';

test.each([
  [1, '一'],
  [5, '五'],
  [10, '十'],
  [12, '十二'],
  [20, '二十'],
  [99, '九十九'],
  [100, '100 '],
  [2504, '2504 '],
  [0, '0 '],
])('%i → "%s"', (n, text) => expect(chineseCount(n)).toBe(text));
