// The excerpt shown under a result: the stretch of the answer that holds most matched words, matched words
// marked. Works on Pagefind's page content, whose words are separated by zero-width spaces at index time,
// so a word's index is the position Pagefind reports. The excerpt is text, never HTML: the results panel
// builds it from text nodes and <mark> elements (src/components/search/results.ts). Pure.

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** An answer's stretch of its page's words: [start, end), and its title (the heading that opens it). */
export interface ExcerptSection {
  start: number;
  end: number;
  title: string;
}

const excerptWords = 48;
const separators = /[\u200b\s]+/;

/**
 * Pagefind's page text as words: word index = the position Pagefind reports. Pagefind's `raw_content` is its
 * `content` with `<` and `>` (only those) written as `&lt;` and `&gt;`, plus the zero-width spaces between words;
 * given `content` too, each `&lt;`/`&gt;` that stands for a `<`/`>` of the text is turned back, while a `&lt;`
 * the text itself holds (an article quoting markup) stays as written. Without `content`, the words are as given.
 */
export function pageWords(rawContent: string, content?: string): string[] {
  if (content === undefined) return rawContent.split(separators);
  let text = '';
  let i = 0;
  for (let j = 0; j < rawContent.length; ) {
    const c = rawContent[j]!;
    if (c === '\u200b') {
      text += c;
      j++;
      continue;
    }
    const original = content[i];
    const entity = original === '<' ? '&lt;' : original === '>' ? '&gt;' : undefined;
    if (entity && rawContent.startsWith(entity, j)) {
      text += original;
      j += entity.length;
    } else {
      text += c;
      j++;
    }
    i++;
  }
  return text.split(separators);
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

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Punctuation that ends a heading (Pagefind adds a "." after each); not a symbol the text opens with (<, 「). */
const headingEnd = /^[.。,，:：;；、!！?？]+$/;

/**
 * How many words open the section as its heading (as many letters as the title has), plus the punctuation
 * after it: the result shows the heading already.
 */
export function headingLength(words: readonly string[], section: ExcerptSection): number {
  const length = section.end - section.start;
  let skip = 0;
  for (let seen = 0; skip < length && seen < letters(section.title); skip++) seen += letters(words[section.start + skip] ?? '');
  while (skip < length && headingEnd.test(words[section.start + skip] ?? '')) skip++;
  return skip;
}

/**
 * The excerpt of words [start, end) of a page, choosing the window with the most `marked` positions
 * (falling back to the beginning), after the first `skip` words.
 */
export function excerptOf(words: readonly string[], start: number, end: number, marked: readonly number[], skip = 0): ExcerptPiece[] {
  const from = Math.min(start + skip, end);
  if (from >= end) return [];
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
  const pieces: ExcerptPiece[] = [];
  let plain: string[] = best > from ? ['…'] : [];
  const flush = () => {
    if (plain.length) pieces.push({ text: join(plain), mark: false });
    plain = [];
  };
  for (let p = best; p < stop; p++) {
    const word = words[p] ?? '';
    if (hits.has(p)) {
      flush();
      pieces.push({ text: word, mark: true });
    } else plain.push(word);
  }
  if (stop < end) plain.push('…');
  flush();
  return pieces;
}

/**
 * The excerpt of an answer: its text after its heading. (An answer that is only a heading is never a result: the
 * answer under it stands in its place, src/search/rank.ts, childrenForHeadings.)
 */
export function answerExcerpt(words: readonly string[], section: ExcerptSection, marked: readonly number[]): ExcerptPiece[] {
  return excerptOf(words, section.start, section.end, marked, headingLength(words, section));
}
