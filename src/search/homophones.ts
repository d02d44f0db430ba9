// A reader's wrong character of the same sound (花贝 or 花被 for 花呗, 崔收 for 催收): the site's word that reads
// like a word the site lacks. Loaded with src/search/missing-words.ts, only when a word is missing. Pure.
//
// The site's words come with their readings in the pinyin map (search/pinyin.json, every reading of polyphonic
// characters). A typed word's reading needs each of its characters' reading, including characters the site
// never uses (贝, 崔): the common half of GB2312 (its first 3,755 hanzi, the characters an input method offers
// first) is ordered by reading, so its readings ship as runs over that order (search/readings.json, about 1 KB
// gzipped), and the browser decodes the characters themselves (src/search/gb2312.ts).
import type { PinyinMap } from './pinyin.ts';

/** GB2312's level-1 hanzi: the common characters, in code order, which is the order of their readings. */
export const commonHanzi = 3755;

/**
 * Toneless readings as runs over `chars` (GB2312's first `commonHanzi`, src/search/gb2312.ts): "a2 ai13 an9 …"
 * (a reading, then how many characters in a row read so when more than one; no reading for a character without
 * one). The writer is src/search-build/han-readings.ts.
 */
export function readingTable(runs: string, chars: readonly string[]): Map<string, string> {
  const table = new Map<string, string>();
  let at = 0;
  for (const run of runs.split(' ')) {
    // An empty reading (a character without one) still takes its place.
    const [, reading = '', count] = /^([a-z]*)(\d*)$/.exec(run) ?? [];
    for (let n = Number(count || 1); n > 0 && at < chars.length; n--, at++) if (reading) table.set(chars[at]!, reading);
  }
  return table;
}

/**
 * The site's words of the same length that read like `word` (toneless), other than `word` itself, that keep at
 * least half of its characters in place; those that keep more first. Empty when a character has no known reading.
 */
export function homophones(word: string, readings: ReadonlyMap<string, string>, map: PinyinMap): string[] {
  const chars = [...word];
  let reading = '';
  for (const char of chars) {
    const r = readings.get(char);
    if (!r) return [];
    reading += r;
  }
  if (!Object.hasOwn(map, reading)) return [];
  const kept = (w: string) => [...w].filter((c, i) => c === chars[i]).length;
  // A typo changes a character or two and keeps the rest: a word of the same sound that keeps less than half of
  // the typed characters is another word (a reader's own word the site lacks), not this one mistyped.
  const enough = Math.ceil(chars.length / 2);
  return map[reading]!.filter((w) => w !== word && [...w].length === chars.length && kept(w) >= enough).sort((a, b) => kept(b) - kept(a));
}
