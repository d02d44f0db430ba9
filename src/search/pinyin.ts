// Pinyin typed with Latin letters (huabei, cui shou, huabeiyuqi) → the site's words, through the pinyin map
// that the build writes (src/search-build/pinyin-map.ts). Pure.

/** Toneless pinyin without spaces → the site's words that read so (every reading of polyphonic characters). */
export type PinyinMap = Readonly<Record<string, readonly string[]>>;

/** The longest reading of a map, once per map: no piece of a Latin run can be longer. */
const longestReading = new WeakMap<PinyinMap, number>();

function longestOf(map: PinyinMap): number {
  let longest = longestReading.get(map);
  if (longest === undefined) {
    longest = 0;
    for (const key of Object.keys(map)) longest = Math.max(longest, key.length);
    longestReading.set(map, longest);
  }
  return longest;
}

/**
 * Splits a Latin run into as few known readings as possible (longest words win), skipping letters that start
 * no known reading. Returns, per recognised word, its alternatives (homophones).
 *
 * Only pieces up to the map's longest reading are tried from each letter, so the work grows with the run's
 * length times that reading's length squared, not with the cube of the run (a pasted page of letters would
 * otherwise hold the tab for half a minute). The map is the build's JSON, a plain object: own keys only, or
 * "constructor" would find Object.prototype's.
 */
export function wordsForPinyin(latin: string, map: PinyinMap): string[][] {
  const letters = latin.toLowerCase().replace(/[^a-z]/g, '');
  const n = letters.length;
  const longest = longestOf(map);
  // best[i]: fewest pieces covering letters[i..]; a skipped letter costs more than any word.
  const best: number[] = new Array(n + 1).fill(Infinity);
  const step: number[] = new Array(n + 1).fill(0);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]! + 10;
    step[i] = -1;
    for (let j = Math.min(n, i + longest); j > i; j--) {
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

/** The pinyin step of the planner (src/search/query.ts) on the site's map. */
export function pinyinReader(map: PinyinMap): (latin: string) => string[][] {
  return (latin) => wordsForPinyin(latin, map);
}
