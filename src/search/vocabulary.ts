// The site's own words, for the build-time search data (pinyin map, Traditional character set).
// Works on the articles' MDX bodies, so restored words (催收, 维权) count as the text a reader sees.
import { segmentHan } from './query.ts';

/** The reader-visible text of a generated article body: restored words kept, gaps and markup dropped. */
export function visibleText(mdxBody: string): string {
  return mdxBody
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<Gap\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/[#*_>`]/g, ' ');
}

/** Words of two or more Han characters, as the query planner would cut them. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const run of text.split(/[^\p{Script=Han}]+/u)) {
    if (!run) continue;
    for (const word of segmentHan(run)) if ([...word].length >= 2) words.add(word);
  }
  return words;
}

export function hanCharsOf(text: string): Set<string> {
  return new Set(text.match(/\p{Script=Han}/gu) ?? []);
}
