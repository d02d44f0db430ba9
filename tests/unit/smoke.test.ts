import { expect, test } from 'vitest';
import { excerpt } from '../../src/ingest/excerpt.ts';
test('excerpt keeps whole sentences', () => {
  expect(excerpt('一二三。四五六。', 5)).toBe('一二三。');
});
