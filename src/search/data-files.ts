// What the browser's search reads besides the Pagefind index: search/data.json and, on a large site, a file per
// page. Written at build time (src/search-build/), read here; types only.

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
  /** [answer id, first word position, title, heading level], in document order. */
  sections: [string, number, string, number][];
}

/**
 * search/text.json, on a site without page files: what the character-bigram ranking reads (src/search/bigrams.ts).
 * Han text only, other characters as one space.
 */
export interface AnswerTexts {
  /** answer id → its text (an answer that is only a heading: its children's). */
  texts: Record<string, string>;
  /** answer id → the readers' questions its review gives it (`asks` in content/sources/*.yaml). */
  asks: Record<string, string>;
}

/** [title, topic id, heading level (2 for ##)]. */
export type AnswerEntry = [title: string, topic: string, level: number];

export interface SearchData {
  /**
   * answer id → [title, topic id, heading level]; empty when the site's pages have files of their own
   * (`pageFiles`). The levels tell each answer's parent headings (src/search/rank.ts, sectionsOf).
   */
  answers: Record<string, AnswerEntry>;
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
   * first, instead of every page's sections and every answer's title here (src/search-build/pagefind-index.ts).
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
