// A large site is built in parts (scripts/build.ts): each part is one `astro build` that compiles and renders the
// articles of a contiguous range of topics while reading every article's metadata (neighbours, footer, search
// data and sitemaps are site-wide), so its memory is bounded by its share of the site. Part 0 compiles no article:
// it writes the site-wide pages (home, search and its data, 404, sitemaps, topic index), beside the topic parts.
// A build without KB_BUILD_PART is the whole site, one part of one.

export interface BuildPart {
  /** 1-based for the parts of topics; 0 is the part of the site-wide pages. */
  index: number;
  /** Parts of topics (the site-wide part is not counted). */
  count: number;
}

export const wholeSite: BuildPart = { index: 1, count: 1 };

/** KB_BUILD_PART, "index/count" (e.g. "2/8"; "0/8" is the site-wide part of a build in 8 parts of topics). */
export function parseBuildPart(value: string | undefined): BuildPart {
  if (value === undefined || value === '') return wholeSite;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const part = match && { index: Number(match[1]), count: Number(match[2]) };
  if (!part || part.count < 1 || part.index > part.count) {
    throw new Error(`KB_BUILD_PART must be "index/count" with 0 ≤ index ≤ count, e.g. "2/8"; got "${value}"`);
  }
  return part;
}

/** A build of the whole site in one part (no KB_BUILD_PART). */
export const isWholeSite = (part: BuildPart): boolean => part.index === 1 && part.count === 1;

/** The whole site, or part 0 of a large build, writes the home, search, 404, sitemap and search-data pages. */
export const writesSiteWidePages = (part: BuildPart): boolean => part.index === 0 || isWholeSite(part);

/**
 * The topics of a part: the topics in reading order, cut into `count` contiguous ranges of about equal numbers
 * of articles (a topic's articles share its page, so a topic is never split).
 */
export function topicsOfPart(topics: readonly { id: string; articles: number }[], part: BuildPart): Set<string> {
  if (isWholeSite(part)) return new Set(topics.map((t) => t.id));
  const total = topics.reduce((sum, t) => sum + t.articles, 0) || 1;
  const mine = new Set<string>();
  let before = 0;
  for (const t of topics) {
    // The part that holds the middle of this topic's articles.
    const index = Math.min(part.count, Math.floor(((before + t.articles / 2) * part.count) / total) + 1);
    if (index === part.index) mine.add(t.id);
    before += t.articles;
  }
  return mine;
}

/**
 * What the merge of the parts does with a file a part wrote (path relative to its output, "/" separators):
 * part 0's files all stay; a part of topics contributes its topic and answer pages and any asset part 0 lacks,
 * and its copies of the site-wide pages (which every part renders, most of them cheaply) are dropped.
 */
export function mergeAction(path: string, partIndex: number): 'keep' | 'asset' | 'drop' {
  if (path.startsWith('_astro/')) return 'asset';
  if (partIndex === 0) return 'keep';
  return /^(topics|a)\/[^/]+\/index\.html$/.test(path) ? 'keep' : 'drop';
}
