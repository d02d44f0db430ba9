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
// as 爸妈 and 父母 already were. 知道 → 知情 only, no longer 通知: knowing is not being told, and a reader's
// 知道 is as often the reader's own (我咋知道是不是真的, 已经知道欠多少了) as the family's.
//
// More readers' words, loaded only when a query's own words do not answer it, are in readers.json (readers.ts).
//
// `classes`: one articles' word (or words) for a class of readers' words of the same meaning, reviewed as a
// class rather than word by word; each reader's word becomes an entry like the others (same tests). Why each
// class holds, the same meaning and the same situation:
// - 家人: a reader names one member of the family (我妈, 我哥, 老公, 孩子); the articles say 家人 for all of
//   them, and the question is the same: is the family told. A bare 哥 or 妈 is no entry: the segmenter cuts
//   哥们 (a friend) into 哥|们. Not friends or colleagues (同学, 同事): the articles speak of 朋友, and a
//   colleague is not one.
// - 延期 还款: asking to repay later than due (晚点还, 拖几天, 缓几天, 宽限) is what the articles call
//   延期还款. Not 晚还 alone: "晚还一天罚多少" is a day overdue, not a deferral asked for.
// - 起诉|诉讼: suing, said of the reader (告我) or of the other side (告他们, 告平台): the articles' words for a
//   lawsuit, whoever brings it (as 打官司 and 吃官司 in the entries).
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

/** The entries with every class's readers' words added, each mapped to its class's articles' words. */
export function withClasses(entries: Readonly<Record<string, string>>, classes: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const all: Record<string, string> = { ...entries };
  for (const [articles, readers] of Object.entries(classes)) {
    for (const reader of readers) {
      if (Object.hasOwn(all, reader)) throw new Error(`thesaurus.json: "${reader}" is both an entry and in the class of "${articles}"`);
      all[reader] = articles;
    }
  }
  return all;
}

export function loadThesaurus(entries: Record<string, string> = withClasses(data.entries, data.classes)): Thesaurus {
  return new Map(Object.entries(entries).map(([reader, value]) => [reader, parseEntry(value)]));
}

/** `thesaurus` with the entries and classes of another table of the same form (readers.json) added. */
export function withTable(thesaurus: Thesaurus, table: { entries: Record<string, string>; classes: Record<string, readonly string[]> }): Thesaurus {
  return new Map([...thesaurus, ...loadThesaurus(withClasses(table.entries, table.classes))]);
}
