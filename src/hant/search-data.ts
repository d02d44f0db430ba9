// The Traditional pages' search data (zh-hant/search/data.json): answer titles and topic names converted like
// the pages, and the two tables that let the browser move between the scripts without OpenCC: Traditional →
// Simplified for the characters a reader may type (so the query planner, which works in Simplified, reads
// them), and each Simplified character's Traditional forms on the site (to look words up in the Traditional
// index). Pagefind adds the section boundaries of the Traditional pages after indexing.
import * as OpenCC from 'opencc-js/t2cn';
import type { SearchData } from '../search-build/search-data.ts';
import type { Convert } from './convert.ts';
import type { ScriptForms } from './script-forms.ts';

/** Each Traditional character of `traditional` followed by its Simplified form, as one string. */
export function simplifiedPairs(traditional: string): string {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return [...traditional].map((char) => char + ([...toSimplified(char)][0] ?? char)).join('');
}

/**
 * `traditional`: the Traditional characters a reader may type whose Simplified forms are the site's
 * (src/search-build/traditional-chars.ts, over the characters the mirror saw and the thesaurus' readers' words).
 */
export function mirrorSearchData(data: SearchData, convert: Convert, forms: ScriptForms, traditional: string): SearchData {
  const { pages: _indexedLater, traditionalInGb2312: _simplifiedPagesOnly, ...rest } = data;
  return {
    ...rest,
    answers: Object.fromEntries(Object.entries(data.answers).map(([id, [title, topic, level]]) => [id, [convert(title), topic, level]])),
    topics: Object.fromEntries(Object.entries(data.topics).map(([id, name]) => [id, convert(name)])),
    script: { toHans: simplifiedPairs(traditional), toHant: forms },
  };
}
