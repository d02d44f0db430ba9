import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { commonWords, countWords, decodeCbor } from '../../../src/scale/pagefind-words.ts';

const dir = mkdtempSync(join(tmpdir(), 'huabei-kb-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** CBOR as Pagefind writes it: small unsigned and negative integers, text, arrays. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number) =>
    n < 24 ? Buffer.from([(major << 5) | n]) : n < 256 ? Buffer.from([(major << 5) | 24, n]) : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value);
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  const items = value as unknown[];
  return Buffer.concat([head(4, items.length), ...items.map(cbor)]);
}

test('decodes the CBOR of a Pagefind word chunk', () => {
  expect(decodeCbor(cbor([['花呗', [[0, [-25, 3, 300], []]]]]))).toEqual([['花呗', [[0, [-25, 3, 300], []]]]]);
});

test('counts each word’s occurrences over the chunks of one language, and picks the most common', async () => {
  mkdirSync(join(dir, 'index'));
  const chunk = (words: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor([words])]));
  writeFileSync(join(dir, 'index', 'zh-cn_a.pf_index'), chunk([['花呗', [[0, [-25, 1, 2, 3], []], [1, [4, 5], []]]], ['家人', [[0, [9], []]]]]));
  writeFileSync(join(dir, 'index', 'zh-cn_b.pf_index'), chunk([['逾期', [[1, [6, 7, 8], []]]]]));
  writeFileSync(join(dir, 'index', 'zh-hant_c.pf_index'), chunk([['家人', [[0, [1, 2, 3, 4, 5, 6, 7], []]]]]));
  const counts = new Map<string, number>();
  await countWords(dir, 'zh-cn', counts);
  expect(counts).toEqual(new Map([['花呗', 5], ['家人', 1], ['逾期', 3]]));
  expect(commonWords(counts, 0.3)).toEqual(['花呗', '逾期']);
});
