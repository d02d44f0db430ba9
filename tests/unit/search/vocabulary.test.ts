import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { segmentHan } from '../../../src/search/query.ts';
import { visibleText, wordsOf } from '../../../src/search-build/vocabulary.ts';

/** The words the query planner cuts from `text`, one segmenter call per Han run (what wordsOf must equal). */
function wordsRunByRun(text: string): string[] {
  const words = new Set<string>();
  for (const run of text.split(/[^\p{Script=Han}]+/u)) {
    if (run) for (const word of segmentHan(run)) if ([...word].length >= 2) words.add(word);
  }
  return [...words];
}

describe('wordsOf', () => {
  test('cuts every real article into the words the query planner cuts, run by run', () => {
    const dir = 'content/articles';
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = visibleText(readFileSync(`${dir}/${file}`, 'utf8'));
      const words = [...wordsOf(text)];
      expect(words.length, file).toBeGreaterThan(100);
      expect(words, file).toEqual(wordsRunByRun(text));
    }
  });

  test('keeps runs apart where the text has kana, Latin, digits, a line break or a single character between them', () => {
    for (const text of ['花呗逾期カード催收', '支付宝ABC好友', '逾期3天通知家人', '上门\n催收', '通讯录。录', '𠀀花呗吗，的', '吗', '']) {
      expect([...wordsOf(text)], JSON.stringify(text)).toEqual(wordsRunByRun(text));
    }
    expect([...wordsOf('上门\n催收')]).toEqual(['上门', '催收']);
  });
});
