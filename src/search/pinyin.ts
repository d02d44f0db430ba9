// Pinyin typed with Latin letters (huabei, cui shou, huabeiyuqi) → the site's words, through the pinyin map
// that the build writes (src/search/pinyin-map.ts). Pure.

/** Toneless pinyin without spaces → the site's words that read so (every reading of polyphonic characters). */
export type PinyinMap = Readonly<Record<string, readonly string[]>>;

/**
 * Splits a Latin run into as few known readings as possible (longest words win), skipping letters that start
 * no known reading. Returns, per recognised word, its alternatives (homophones).
 */
export function wordsForPinyin(latin: string, map: PinyinMap): string[][] {
  const letters = latin.toLowerCase().replace(/[^a-z]/g, '');
  const n = letters.length;
  // best[i]: fewest pieces covering letters[i..]; a skipped letter costs more than any word.
  const best: number[] = new Array(n + 1).fill(Infinity);
  const step: number[] = new Array(n + 1).fill(0);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]! + 10;
    step[i] = -1;
    for (let j = n; j > i; j--) {
      // Own keys only: the map is parsed JSON, and `constructor` or `__proto__` are keys of every object.
      if (Object.hasOwn(map, letters.slice(i, j)) && best[j]! + 1 < best[i]!) {
        best[i] = best[j]! + 1;
        step[i] = j;
      }
    }
  }
  const words: string[][] = [];
  for (let i = 0; i < n; ) {
    const j = step[i]!;
    if (j < 0) {
      i++;
      continue;
    }
    words.push([...map[letters.slice(i, j)]!]);
    i = j;
  }
  return words;
}
