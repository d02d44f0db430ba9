import { expect, test } from 'vitest';
import { excerpt } from '../../../src/ingest/excerpt.ts';

test('keeps whole sentences up to the limit', () => {
  expect(excerpt('第一句话。第二句话！第三句话？', 10)).toBe('第一句话。第二句话！');
});

test('cuts an over-long first sentence and marks the cut', () => {
  const long = `${'很'.repeat(200)}。`;
  const out = excerpt(long);
  expect(out).toHaveLength(120);
  expect(out.endsWith('…')).toBe(true);
});

test('collapses whitespace', () => {
  expect(excerpt('  第一句\n 话。 ')).toBe('第一句 话。');
});
