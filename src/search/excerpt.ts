// The excerpt shown under a result: the stretch of the answer that holds most matched words, matched words
// marked. Works on Pagefind's page content, whose words are separated by zero-width spaces at index time,
// so a word's index is the position Pagefind reports. Pure.

/** Pagefind's raw page content as words: word index = the position Pagefind reports. */
export function pageWords(rawContent: string): string[] {
  return rawContent.split(/[\u200b\s]+/);
}
const excerptWords = 48;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Joins words as the reader saw them: no space between Chinese words, one between Latin words. */
function join(words: readonly string[]): string {
  let out = '';
  for (const word of words) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(word)) out += ' ';
    out += word;
  }
  return out;
}

/**
 * HTML excerpt of words [start, end) of a page, choosing the window with the most `marked` positions
 * (falling back to the answer's beginning). The answer's heading is skipped: the result already shows it.
 */
export function excerptHtml(words: readonly string[], start: number, end: number, marked: readonly number[], skip = 0): string {
  const from = Math.min(start + skip, end);
  const hits = new Set(marked.filter((p) => p >= from && p < end));
  let best = from;
  let bestCount = -1;
  for (let s = from; s < Math.max(from + 1, end - excerptWords + 1); s++) {
    let count = 0;
    for (let p = s; p < Math.min(end, s + excerptWords); p++) if (hits.has(p)) count++;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  // Start a little before the first hit, so the excerpt reads as a sentence rather than a fragment.
  const firstHit = [...hits].filter((p) => p >= best).sort((x, y) => x - y)[0];
  if (firstHit !== undefined) best = Math.max(from, firstHit - 4);
  const stop = Math.min(end, best + excerptWords);
  const pieces: string[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length) pieces.push(escapeHtml(join(plain)));
    plain = [];
  };
  for (let p = best; p < stop; p++) {
    const word = words[p] ?? '';
    if (hits.has(p)) {
      flush();
      pieces.push(`<mark>${escapeHtml(word)}</mark>`);
    } else plain.push(word);
  }
  flush();
  return (best > from ? '…' : '') + pieces.join('') + (stop < end ? '…' : '');
}
