// Turns what a reader types into the words to look for: Simplified script, no question particles or filler,
// readers' words mapped to the articles' vocabulary, pinyin mapped to the site's own words.
// Pure: the Traditional converter and the pinyin lookup are passed in (both are loaded lazily by the caller).
import { gb2312Hanzi } from './gb2312.ts';
import type { Concept, Thesaurus } from './thesaurus.ts';

export type { Concept } from './thesaurus.ts';

export interface QueryPlan {
  /**
   * The query as searched: normalised, in Simplified script, each run of pinyin written as the site's words it
   * was read as (cuishou shangmen → 催收上门), so that its characters stand next to one another as typed ones do.
   */
  text: string;
  /** Words to look for, in query order; each may have alternatives. */
  concepts: Concept[];
}

export interface PlanOptions {
  thesaurus: Thesaurus;
  /** Traditional → Simplified (opencc-js t2cn); omitted when the query needs none. */
  toSimplified?: (text: string) => string;
  /** Latin letters (pinyin) → alternatives per word, from the site's pinyin map; omitted when not loaded. */
  pinyin?: (latin: string) => string[][];
  /**
   * Words the site is known to use (siteLexicon): cut from the query as whole words before the browser's
   * segmenter sees the rest, which does not know them (支付宝客服 → 支付|宝客服 without it).
   */
  lexicon?: Lexicon;
}

/** The site's own words of two or more characters, with the length of the longest. */
export interface Lexicon {
  words: ReadonlySet<string>;
  longest: number;
}

/**
 * The articles' words of the thesaurus and the words of the texts that every query has at hand (answer titles,
 * topic names), cut with them: what the site calls its subjects (花呗, 支付宝, 催收, 通讯录), each a word the
 * browser's segmenter splits or joins wrongly in a reader's sentence.
 */
export function siteLexicon(texts: Iterable<string>, thesaurus: Thesaurus): Lexicon {
  const words = new Set<string>();
  const add = (word: string) => {
    if ([...word].length >= 2) words.add(word);
  };
  const longestOf = () => Math.max(0, ...[...words].map((w) => [...w].length));
  // The thesaurus' words first: reviewed, they cut the titles (支付宝客服 → 支付宝|客服, not 支付|宝客服).
  for (const concepts of thesaurus.values()) for (const concept of concepts) for (const term of concept.terms) add(term);
  const reviewed: Lexicon = { words: new Set(words), longest: longestOf() };
  for (const text of texts) for (const run of hanRuns(normalize(text))) for (const word of segmentWithLexicon(run, reviewed)) add(word);
  return { words, longest: longestOf() };
}

/**
 * A Han run cut into words, as segmentHan, where the browser's segmenter's pieces that hold a single character
 * are first joined with their neighbours into a word of the lexicon when they spell one (支付|宝|客|服 →
 * 支付宝|客服): the pieces of a word it does not know, which it otherwise leaves to be glued by guess (宝客服).
 * A word it does know whole (打电话, 保护) is never cut.
 */
export function segmentWithLexicon(run: string, lexicon: Lexicon | undefined): string[] {
  const pieces = [...segmenter.segment(run)].map((s) => s.segment);
  if (!lexicon || lexicon.words.size === 0) return joinPieces(pieces);
  const merged: string[] = [];
  const whole = new Set<string>();
  for (let i = 0; i < pieces.length; ) {
    let joined = '';
    let end = i;
    let text = '';
    for (let j = i; j < pieces.length; j++) {
      text += pieces[j];
      if ([...text].length > lexicon.longest) break;
      const hasSingle = pieces.slice(i, j + 1).some((p) => [...p].length === 1);
      if (j > i && hasSingle && lexicon.words.has(text)) [joined, end] = [text, j + 1];
    }
    if (joined) {
      merged.push(joined);
      whole.add(joined);
      i = end;
    } else merged.push(pieces[i++]!);
  }
  // The words so joined are the site's: a lone character beside one is not glued to it (跟|支付宝 is not 跟支付宝).
  return joinPieces(merged, whole);
}

const han = /\p{Script=Han}/u;
const latinRun = /[a-z]+(?:[\s']+[a-z]+)*/g;

/**
 * Filler that asks rather than names: removed wherever it stands in the text. Longest first, so that
 * 怎么办 goes before 怎么. None of these occurs inside an article word that a reader would search for.
 */
const fillers = [
  '可不可以', '有没有用', '怎么处理', '怎么解决', '会不会', '能不能', '是不是', '要不要', '有没有', '怎么办',
  '怎么样', '咋回事', '为什么', '该怎么', '怎么', '怎样', '如何', '咋办', '什么', '是否', '请问', '应该', '可以', '真的',
];

/**
 * Words that carry no topic when they stand alone in a segmented query (particles, pronouns, auxiliaries): the
 * single characters, then the words of two or more.
 */
const stopWords = new Set([
  ...'吗呢了吧啊呀嘛哦的地得着过被受让给把将对向从在于我你他她它是会能要想就都也又和与跟或及而但这那哪谁啥咋么办有没不很太',
  ...'我们 你们 他们 我的 你的 他的 她的 自己 还是 一下 现在 已经 一直 然后 如果 因为 所以 多少'.split(' '),
]);

/** Lower case, full-width letters and digits to ASCII, punctuation to spaces. */
export function normalize(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the query holds a character that only Traditional script uses, so the converter must load: a Han
 * character outside GB2312 (src/search/gb2312.ts), or one of the few Traditional characters it also holds.
 */
export function needsConverter(input: string, traditionalInGb2312 = '', simplified: ReadonlySet<string> = gb2312Hanzi()): boolean {
  for (const char of input) if (han.test(char) && (!simplified.has(char) || traditionalInGb2312.includes(char))) return true;
  return false;
}

export function hasLatin(input: string): boolean {
  return /[a-z]/i.test(input);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Segments a run of Han text into words. The browser's segmenter splits words it does not know (花呗 → 花|呗,
 * 催收 → 催|收, 通讯录 → 通讯|录), so adjacent single characters are joined again, and a lone character is joined
 * to the word before it (录 → 通讯录) or, at the start, to the word after it (找|法务 → 找法务).
 */
export function segmentHan(run: string): string[] {
  return joinPieces([...segmenter.segment(run)].map((s) => s.segment));
}

/**
 * The words of the segmenter's pieces of one Han run: stop words dropped, adjacent single characters joined,
 * a lone one joined to its neighbour (segmentHan).
 */
export function joinPieces(segments: readonly string[], whole: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  let singles = '';
  let pendingPrefix = '';
  // A dropped word (a particle, a pronoun) stands between the last word and what follows.
  let gap = false;
  // The last word is one of `whole`: a word of the site, not to be lengthened by a guess.
  let lastWhole = false;
  const flushSingles = () => {
    if (singles.length === 1 && words.length > 0 && !gap && !lastWhole) words[words.length - 1] += singles;
    else if (singles.length === 1) {
      // A character alone between dropped words stays a word of its own (来 and 钱 of 来|要|钱|的).
      if (pendingPrefix) words.push(pendingPrefix);
      pendingPrefix = singles;
    } else if (singles) words.push(singles);
    singles = '';
  };
  for (const piece of segments) {
    if (stopWords.has(piece)) {
      if (singles) flushSingles();
      gap = true;
      continue;
    }
    if ([...piece].length === 1) {
      singles += piece;
      continue;
    }
    flushSingles();
    lastWhole = whole.has(piece);
    if (lastWhole && pendingPrefix) words.push(pendingPrefix, piece);
    else words.push(pendingPrefix + piece);
    pendingPrefix = '';
    gap = false;
  }
  flushSingles();
  if (pendingPrefix) words.push(pendingPrefix);
  return words;
}

/** Splits text into Han runs; text dropped between runs (stop words, fillers) also breaks joins. */
function hanRuns(text: string): string[] {
  return text.split(/[^\p{Script=Han}]+/u).filter(Boolean);
}

/**
 * Words a plan looks for at most. A reader's question names a handful; a pasted page would otherwise become
 * thousands of index lookups.
 */
export const maxConcepts = 16;

function addConcept(concepts: Concept[], concept: Concept): void {
  if (concepts.length >= maxConcepts) return;
  const key = concept.terms.join('|');
  if (!concepts.some((c) => c.terms.join('|') === key)) concepts.push(concept);
}

/** A thesaurus concept for the reader's word `key`, which stays one of its alternatives (applyThesaurus). */
function withReadersWord(concept: Concept, key: string): Concept {
  return { label: concept.label, terms: concept.terms.includes(key) ? concept.terms : [...concept.terms, key], via: 'thesaurus' };
}

const sortedKeys = new WeakMap<Thesaurus, string[]>();

/**
 * Replaces readers' words (longest first) by a gap, collecting the concepts they stand for. The reader's word
 * stays one of each concept's alternatives: an entry adds the articles' words beside it and never takes it away,
 * so an article that uses the reader's word itself is found by it (a new article's own words stay searchable).
 * A reader's word is replaced only where it starts and ends at the segmenter's word boundaries: inside a longer
 * word (分期付 in 分期付款, 告我 in 报告我) it is part of that word, which is searched as it is.
 */
function applyThesaurus(text: string, thesaurus: Thesaurus, concepts: Concept[]): string {
  let keys = sortedKeys.get(thesaurus);
  if (!keys) sortedKeys.set(thesaurus, (keys = [...thesaurus.keys()].sort((a, b) => b.length - a.length)));
  const bounds = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) bounds.add(index);
  let rest = text;
  for (const key of keys) {
    let applied = false;
    for (let at = rest.indexOf(key); at >= 0; at = rest.indexOf(key, at + 1)) {
      if (!bounds.has(at) || !bounds.has(at + key.length)) continue;
      // Same length, so that the boundaries still hold for the keys after this one.
      rest = rest.slice(0, at) + ' '.repeat(key.length) + rest.slice(at + key.length);
      applied = true;
    }
    if (!applied) continue;
    for (const concept of thesaurus.get(key) ?? []) addConcept(concepts, withReadersWord(concept, key));
  }
  return rest;
}

/** True when the segmenter takes the text as one word: only such a word is named to the reader as missing. */
export function isWord(text: string): boolean {
  return [...segmenter.segment(text)].length === 1;
}

/** The text with its question filler (怎么办, 会不会 …) replaced by spaces. */
export function withoutFillers(text: string): string {
  let rest = text;
  for (const filler of fillers) rest = rest.split(filler).join(' ');
  return rest;
}

export function planQuery(input: string, options: PlanOptions): QueryPlan {
  let text = normalize(input);
  if (options.toSimplified) text = options.toSimplified(text);
  const found: Concept[] = [];
  let rest = text;
  if (options.pinyin) {
    // The words are planned here, and the text holds them in place of the letters (letters read as no word
    // stay as typed); what is left to segment is what was typed in characters.
    text = text.replace(latinRun, (latin) => {
      const words = options.pinyin!(latin);
      for (const terms of words) {
        addConcept(found, { label: terms[0]!, terms, via: 'pinyin' });
        // Letters read as a reader's word of the thesaurus (houguo → 后果) bring its articles' words too, as the
        // same word typed in characters would (后果 → 结果).
        for (const term of terms) for (const concept of options.thesaurus.get(term) ?? []) addConcept(found, withReadersWord(concept, term));
      }
      return words.map((terms) => terms[0]).join('') || latin;
    });
    rest = rest.replace(latinRun, ' ');
  }
  rest = withoutFillers(rest);
  rest = applyThesaurus(rest, options.thesaurus, found);
  const words = hanRuns(rest).flatMap((run) => segmentWithLexicon(run, options.lexicon));
  // Readers' words keep their place in front: they were typed as whole words, the rest was guessed by a segmenter.
  const concepts = [...found];
  for (const word of words) addConcept(concepts, { label: word, terms: [word] });
  return { text, concepts };
}
