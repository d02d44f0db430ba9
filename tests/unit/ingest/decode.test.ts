import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../../src/ingest/decode.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  test('splits lines and numbers them from 1, whatever the line ends', () => {
    expect(decodeSource(bytes('标题\r\n正文\n\n结尾'), 'a.txt')).toEqual([
      { no: 1, text: '标题' },
      { no: 2, text: '正文' },
      { no: 3, text: '' },
      { no: 4, text: '结尾' },
    ]);
  });

  test('drops a byte-order mark', () => {
    expect(decodeSource(bytes('\uFEFF标题'), 'a.txt')[0]!.text).toBe('标题');
  });

  test('rejects an empty or blank file, naming it and the fix', () => {
    expect(() => decodeSource(bytes(' \n\n'), 'content/sources/x.txt')).toThrow(/^content\/sources\/x\.txt: the file is empty — fix: /);
  });

  test('rejects invalid UTF-8, naming file and line', () => {
    const gbk = new Uint8Array([...bytes('第一行\n'), 0xbb, 0xa8, 0xdf, 0xc2]); // 花呗 in GBK
    expect(() => decodeSource(gbk, 'x.txt')).toThrow(/^x\.txt:2: not valid UTF-8 — fix: .*iconv/);
  });
});
