// Whether a page's text holds a term as whole words of the index, side by side. Pagefind's exact-phrase search
// matches each piece of the term as a prefix of a word (花呗逾其 meets 花|呗|逾期|其中), so it cannot tell a
// reader's typo from the site's word; the page's words can. Pure.

/**
 * True when `term` is the text of one or more whole words of `words` in a row (Pagefind's page words, as
 * src/search/excerpt.ts's pageWords gives them): 花呗 on 花|呗|逾期, not 花呗逾 nor 花呗逾其.
 */
export function holdsAsWords(words: readonly string[], term: string): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!term.startsWith(words[i]!) || words[i] === '') continue;
    let at = words[i]!.length;
    for (let j = i + 1; at < term.length && j < words.length; j++) {
      if (!term.startsWith(words[j]!, at) || words[j] === '') break;
      at += words[j]!.length;
    }
    if (at === term.length) return true;
  }
  return false;
}
