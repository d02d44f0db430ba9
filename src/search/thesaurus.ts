// The readers' thesaurus (thesaurus.json) as the query planner uses it.
// thesaurus.json maps readers' words to the articles' words. It is reviewed data: every word on the right must occur
// in the articles (tests/unit/search/thesaurus.test.ts). In a value, a space separates words that must all be looked
// for; | separates alternatives for one word. (No comment inside the JSON: the whole file ships with the search.)
// The planner keeps the reader's word beside the articles' words (src/search/query.ts): an entry only adds.
//
// Review (issue 24): an entry gives the articles' word for the same meaning and never shifts whose situation it
// is. 坐牢 → 刑事责任 means the same for anyone; the articles' 刑事责任 is a thief's, so a debtor's 借呗逾期会坐牢吗
// gets the honest-answer notice (no answer holds 借呗 with it), not a rewrite. Removed: 同事 → 朋友 (a colleague
// is not the friend the articles speak of), and entries whose reader's word merely contains the articles' word
// (上征信, 暴力催收, 利息太高, 人工客服, 分期付): the engine finds the site's longest words inside a word the site
// lacks, and the bigram ranking shares them. Added: the family members a reader names (妈妈, 老公 …) → 家人,
// as 爸妈 and 父母 already were.
import data from './thesaurus.json' with { type: 'json' };

/** One word to look for, with the alternatives that count as the same word (any of them may match). */
export interface Concept {
  /** How the word is shown to the reader ("搜索了：…"). */
  label: string;
  /** Simplified words to look for; the first is the label's own spelling. */
  terms: string[];
  /**
   * Where the words came from when the reader did not type them as they are: a thesaurus entry (the articles'
   * words for a reader's word) or a pinyin reading (homophones). A match through these alone is not a direct
   * answer to what the reader asked.
   */
  via?: 'thesaurus' | 'pinyin';
}

/** Reader's word → the concepts it stands for, in the articles' vocabulary. */
export type Thesaurus = ReadonlyMap<string, readonly Concept[]>;

/** Parses a value like "通讯录 曝光|泄露": spaces separate concepts, `|` separates alternatives. */
export function parseEntry(value: string): Concept[] {
  return value
    .trim()
    .split(/\s+/)
    .map((group) => {
      const terms = group.split('|').filter(Boolean);
      return { label: terms.join('/'), terms };
    });
}

export function loadThesaurus(entries: Record<string, string> = data.entries): Thesaurus {
  return new Map(Object.entries(entries).map(([reader, value]) => [reader, parseEntry(value)]));
}
