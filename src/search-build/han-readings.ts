// Writes the readings of GB2312's common hanzi as runs (search/readings.json), for the browser's homophone step
// (src/search/homophones.ts): the toneless reading pinyin-pro gives each character alone, its most common one.
import { pinyin } from 'pinyin-pro';
import { gb2312Hanzi } from '../search/gb2312.ts';
import { commonHanzi } from '../search/homophones.ts';

/** The characters the runs of search/readings.json describe, in order. */
export function commonChars(): string[] {
  return [...gb2312Hanzi()].slice(0, commonHanzi);
}

export function readingRuns(chars: readonly string[] = commonChars()): string {
  const runs: [string, number][] = [];
  for (const char of chars) {
    const reading = [pinyin(char, { toneType: 'none' }).replace(/ü/g, 'v')].find((r) => /^[a-z]+$/.test(r)) ?? '';
    const last = runs[runs.length - 1];
    if (last && last[0] === reading) last[1]++;
    else runs.push([reading, 1]);
  }
  return runs.map(([reading, count]) => (count > 1 ? `${reading}${count}` : reading)).join(' ');
}
