// What the engine tries for a query word that no article holds as it is (src/search/engine.ts). Loaded only when
// a word is missing: a query whose words the site has never fetches it.
import type { PinyinMap } from './pinyin.ts';
import type { TermHits } from './rank.ts';

/** Where a term occurs in the index (the engine's exact lookup). */
export type Occurrences = (term: string) => Promise<TermHits>;

export interface FoundTerm {
  term: string;
  hits: TermHits;
}

/** The longest site word tried inside a word the site lacks, in characters. */
const longestWord = 8;

/**
 * The longest words of `word` that the site has (上征信 → 征信; 通讯录被爆 → 通讯录): a reader's compound that the
 * articles never use whole still finds the article's word inside it. Read from both ends, as Chinese maximum
 * matching is: the reading that covers more characters with fewer words wins, and on a tie the one from the end,
 * which errs less often on Chinese text (查证件 → 查|证件, not 查证|件). The stretches of two or more characters
 * that no such word covers go to `rest` (逾其 of 花呗逾其), for the homophone step.
 */
export async function siteWordsIn(word: string, occurrences: Occurrences, rest: string[] = []): Promise<FoundTerm[]> {
  const chars = [...word];
  const forward = await longestWords(chars, occurrences);
  const reversed = (text: string) => [...text].reverse().join('');
  const fromEnd = await longestWords([...chars].reverse(), (term) => occurrences(reversed(term)));
  const backward = {
    found: fromEnd.found.reverse().map(({ term, hits }) => ({ term: reversed(term), hits })),
    rest: fromEnd.rest.reverse().map(reversed),
  };
  const covered = (reading: Reading) => reading.found.reduce((n, f) => n + [...f.term].length, 0);
  const better = covered(forward) - covered(backward) || backward.found.length - forward.found.length;
  const reading = better > 0 ? forward : backward;
  rest.push(...reading.rest);
  return reading.found;
}

interface Reading {
  found: FoundTerm[];
  rest: string[];
}

/**
 * The longest site words of `chars` from the left, and the stretches of two or more characters between them.
 * Never the whole of `chars`: the caller has found it missing.
 */
async function longestWords(chars: readonly string[], occurrences: Occurrences): Promise<Reading> {
  const found: FoundTerm[] = [];
  const rest: string[] = [];
  let uncovered = '';
  const endStretch = () => {
    if ([...uncovered].length >= 2) rest.push(uncovered);
    uncovered = '';
  };
  for (let i = 0; i < chars.length; ) {
    // A site word is a few characters long: a pasted run is not tried in every length (that grew with the square
    // of its length: 800 pasted characters held the tab for half a minute).
    let j = Math.min(i === 0 ? chars.length - 1 : chars.length, i + longestWord);
    for (; j >= i + 2; j--) {
      const term = chars.slice(i, j).join('');
      const hits = await occurrences(term);
      if (hits.size > 0) {
        found.push({ term, hits });
        break;
      }
    }
    if (j >= i + 2) {
      endStretch();
      i = j;
    } else uncovered += chars[i++];
  }
  endStretch();
  return { found, rest };
}

/** The site's words that read like a word (src/search/homophones.ts), best first. */
export type Homophones = (word: string) => string[];

/**
 * The homophone step on the site's pinyin map and the common characters' readings, fetched together. `hanzi` is
 * GB2312's (src/search/gb2312.ts), passed in: imported here, it would leave the engine's chunk for one of its own.
 */
export async function homophoneFinder(base: string, hanzi: ReadonlySet<string>): Promise<Homophones> {
  const [map, runs, { commonHanzi, homophones, readingTable }] = await Promise.all([
    fetch(`${base}search/pinyin.json`).then((r) => r.json() as Promise<PinyinMap>),
    fetch(`${base}search/readings.json`).then((r) => (r.ok ? (r.json() as Promise<string>) : '')),
    import('./homophones.ts'),
  ]);
  const readings = readingTable(runs, [...hanzi].slice(0, commonHanzi));
  return (word) => homophones(word, readings, map);
}

/**
 * The site's words that read like the parts of `word`, longest first from the left (花贝 → 花呗; 通迅录被爆 →
 * 通讯录): a reader's wrong character of the same sound. Only for a word none of whose parts the site has.
 */
export async function homophonesIn(word: string, occurrences: Occurrences, alike: Homophones): Promise<FoundTerm[]> {
  const chars = [...word];
  const found: FoundTerm[] = [];
  for (let i = 0; i + 2 <= chars.length; ) {
    // A site word is a few characters long: a pasted run is not read in every length.
    let j = Math.min(chars.length, i + longestWord);
    for (; j >= i + 2; j--) {
      const piece = chars.slice(i, j);
      // Of the words that read so and keep as many of the typed characters, the one the site uses most: 逾其
      // keeps a character of both 与其 and 逾期, and the articles say 逾期 hundreds of times.
      const kept = (term: string) => [...term].filter((c, k) => c === piece[k]).length;
      let best: (FoundTerm & { kept: number; count: number }) | undefined;
      for (const term of alike(piece.join(''))) {
        if (best && kept(term) < best.kept) break;
        const hits = await occurrences(term);
        const count = [...hits.values()].reduce((sum, p) => sum + p.length, 0);
        if (hits.size > 0 && (!best || count > best.count)) best = { term, hits, kept: kept(term), count };
      }
      if (best) {
        found.push({ term: best.term, hits: best.hits });
        break;
      }
    }
    i = j >= i + 2 ? j : i + 1;
  }
  return found;
}
