// Builds the pinyin → words map of the site's vocabulary (loaded by the browser only for Latin-letter queries).
// Every reading of a polyphonic character counts (还款 → huankuan and haikuan), so a reader's guess still lands.
import { pinyin } from 'pinyin-pro';
import type { PinyinMap } from '../search/pinyin.ts';

/** Readings per word are capped: a long word of polyphonic characters would otherwise explode. */
const maxReadingsPerWord = 16;

function readingsOfChar(char: string): string[] {
  const all = pinyin(char, { toneType: 'none', type: 'array', multiple: true });
  return [...new Set(all.map((r) => r.replace(/ü/g, 'v')))].filter((r) => /^[a-z]+$/.test(r));
}

export function readingsOf(word: string): string[] {
  const contextual = pinyin(word, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'v');
  let readings = [''];
  for (const char of word) {
    const options = readingsOfChar(char);
    if (options.length === 0) return [];
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, maxReadingsPerWord);
  }
  return [...new Set([contextual, ...readings])].filter((r) => /^[a-z]+$/.test(r));
}

export function buildPinyinMap(words: Iterable<string>): PinyinMap {
  const map: Record<string, string[]> = {};
  for (const word of [...words].sort()) {
    for (const reading of readingsOf(word)) (map[reading] ??= []).push(word);
  }
  return map;
}
