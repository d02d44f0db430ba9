// The site's own words, for the build-time search data (pinyin map, Traditional character set).
// Works on the articles' MDX bodies, so restored words (催收, 维权) count as the text a reader sees.
import { joinPieces } from '../search/query.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The reader-visible text of a generated article body: restored words kept, gaps and markup dropped. */
export function visibleText(mdxBody: string): string {
  return mdxBody
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<Gap\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/[#*_>`]/g, ' ');
}

/**
 * segmentHan of each run, from one call of the segmenter over the runs joined by line breaks: a call per run
 * costs its setup once per run, and a large site has millions of runs. The same words: the segmenter's
 * dictionary cuts a stretch of ideographs on its own, and a line break always ends one
 * (tests/unit/search/vocabulary.test.ts compares the two on the real articles).
 */
function segmentHanRuns(runs: readonly string[]): string[][] {
  const words: string[][] = [];
  let pieces: string[] = [];
  for (const { segment } of segmenter.segment(runs.join('\n'))) {
    if (segment !== '\n') pieces.push(segment);
    else {
      words.push(joinPieces(pieces));
      pieces = [];
    }
  }
  if (runs.length > 0) words.push(joinPieces(pieces));
  return words;
}

/** Words of two or more Han characters, as the query planner would cut them. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const runWords of segmentHanRuns(text.split(/[^\p{Script=Han}]+/u).filter(Boolean))) {
    for (const word of runWords) if ([...word].length >= 2) words.add(word);
  }
  return words;
}

export function hanCharsOf(text: string): Set<string> {
  return new Set(text.match(/\p{Script=Han}/gu) ?? []);
}
