// What the browser's search needs besides the Pagefind index, built from the content collections:
// answer titles (with restored words, which Pagefind's heading text loses), topic names, and the few
// Traditional characters inside GB2312 that make a query load the converter (src/search/gb2312.ts). The
// Pagefind integration adds each page's section boundaries (`pages`) after indexing.
import type { Thesaurus } from '../search/thesaurus.ts';
import { hanCharsOf, visibleText, wordsOf } from './vocabulary.ts';
import { gb2312Hanzi } from '../search/gb2312.ts';
import { traditionalCharsFor } from './traditional-chars.ts';

export interface ArticleInput {
  topic: string;
  title: string;
  body: string;
  answers: readonly { id: string; title: string }[];
}
export interface TopicInput {
  id: string;
  name: string;
}

/** Section boundaries of one indexed page, keyed in `pages` by Pagefind's page id. */
export interface PageSections {
  url: string;
  /** Words on the page (Pagefind's count); sections run from their start to the next one's. */
  words: number;
  /** [answer id, first word position], in document order. */
  sections: [string, number][];
}

/**
 * One indexed page's search file (`<pageFiles><page id>.json`), on a site too large for one search file: its
 * sections with their titles, and its topic.
 */
export interface PageFile {
  url: string;
  words: number;
  topic: string;
  topicName: string;
  /** [answer id, first word position, title], in document order. */
  sections: [string, number, string][];
}

export interface SearchData {
  /** answer id → [title, topic id]; empty when the site's pages have files of their own (`pageFiles`). */
  answers: Record<string, [string, string]>;
  /** topic id → name; on a site with page files, only the first topics (those offered when nothing is found). */
  topics: Record<string, string>;
  /**
   * Simplified pages: the Traditional characters of the site's words that GB2312 also holds. A query holding
   * one of them, or any Han character outside GB2312, loads the converter.
   */
  traditionalInGb2312?: string;
  pages?: Record<string, PageSections>;
  /**
   * A large site: the base-relative folder of the page files (PageFile), fetched for the pages a query ranks
   * first, instead of every page's sections and every answer's title here (src/integrations/pagefind.ts).
   */
  pageFiles?: string;
  /** A large site: the index's words that make up the largest share of its text, not looked up with rarer ones. */
  common?: string[];
  /** Traditional pages: the script tables that replace the converter (src/hant/search-data.ts). */
  script?: ScriptTables;
  /** Index shards to merge into pagefind/ (base-relative folders), when the site was indexed in several. */
  indexes?: string[];
}

export interface ScriptTables {
  /** Pairs of characters, Traditional then Simplified: what a reader may type → the planner's script. */
  toHans: string;
  /** Entries separated by spaces: a Simplified character, then its Traditional forms on the site (most frequent first). */
  toHant: string;
}

/**
 * The site's text a reader sees, piece by piece: topic names, article titles, answer titles, article bodies. One
 * piece at a time: on a large site their sum is tens of megabytes, held twice over as one string.
 */
function* siteTexts(articles: readonly ArticleInput[], topics: readonly TopicInput[]): Generator<string> {
  for (const t of topics) yield t.name;
  for (const a of articles) {
    yield a.title;
    for (const x of a.answers) yield x.title;
    yield visibleText(a.body);
  }
}

export function buildSearchData(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): SearchData {
  const answers: SearchData['answers'] = {};
  for (const article of articles) for (const answer of article.answers) answers[answer.id] = [answer.title, article.topic];
  const simplified = gb2312Hanzi();
  return {
    answers,
    topics: Object.fromEntries(topics.map((t) => [t.id, t.name])),
    traditionalInGb2312: [...traditionalCharsFor(siteChars(articles, topics, thesaurus))].filter((c) => simplified.has(c)).join(''),
  };
}

/** The Han characters of the site's text and of the readers' words of the thesaurus. */
function siteChars(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): Set<string> {
  const chars = hanCharsOf([...thesaurus.keys()].join(''));
  for (const text of siteTexts(articles, topics)) for (const c of hanCharsOf(text)) chars.add(c);
  return chars;
}

/** Words a reader may type in pinyin: the site's words and the thesaurus' readers' words. */
export function pinyinVocabulary(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): Set<string> {
  const words = new Set<string>();
  for (const text of siteTexts(articles, topics)) for (const word of wordsOf(text)) words.add(word);
  for (const key of thesaurus.keys()) words.add(key);
  return words;
}
