// Where OpenCC's character choice is wrong in this site's text. Reviewed data, like the errata of the ingest:
// each entry names the exact Simplified text, its Traditional form, how often it occurs in the articles (a
// changed count fails the unit tests, so a new article's text gets reviewed), and why. A correction only picks
// between the Traditional characters of the same word (并 → 並, not 併); it never changes the words.

export interface Correction {
  find: string;
  /** Same length as `find`, character for character. */
  replace: string;
  /** Occurrences in the site's content (content/articles/*.mdx, frontmatter included, and content/topics.yaml). */
  count: number;
  reason: string;
}

export const corrections: readonly Correction[] = [
  {
    find: '并为',
    replace: '並為',
    count: 3,
    reason: 'In "，并为客户／使用者提供" 并 means "and" (並); OpenCC\'s phrase 并为 → 併為 is the "merge into" of 合并为.',
  },
  {
    find: '并产生',
    replace: '並產生',
    count: 1,
    reason: 'In "盗用并产生逾期" 并 means "and" (並); OpenCC\'s phrase 并产 → 併產 reads it as "merge".',
  },
  {
    find: '不得采纳',
    replace: '不得採納',
    count: 2,
    reason: 'OpenCC segments 不得采纳 as 不得采|纳, so 采 misses its phrase 采纳 → 採納 and stays 采.',
  },
];
