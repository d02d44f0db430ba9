// A large site is built in parts (src/scale/parts.ts): each part is one `astro build` given the MDX of a
// contiguous range of topics (its content folder links only those) and every article's checked frontmatter (an
// index: neighbours, footer and sitemaps are site-wide), so its memory is bounded by its share of the site. Every
// part renders the site-wide pages too (cheap, from the frontmatter); the merge keeps the first part's.
import { isArticlePage } from '../lib/site-urls.ts';

export interface BuildPart {
  /** 1-based. */
  index: number;
  count: number;
}

export const wholeSite: BuildPart = { index: 1, count: 1 };

/** "index/count", e.g. "2/8". */
export function parseBuildPart(value: string | undefined): BuildPart {
  if (value === undefined || value === '') return wholeSite;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const part = match && { index: Number(match[1]), count: Number(match[2]) };
  if (!part || part.index < 1 || part.index > part.count) {
    throw new Error(`a build part must be "index/count" with 1 ≤ index ≤ count, e.g. "2/8"; got "${value}"`);
  }
  return part;
}

/** A build of the whole site in one part. */
export const isWholeSite = (part: BuildPart): boolean => part.index === 1 && part.count === 1;

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
 * part 1's files all stay; a later part contributes its topic, article and answer pages and any asset part 1 lacks, and
 * its copies of the site-wide pages (which every part renders) are dropped.
 */
export function mergeAction(path: string, partIndex: number): 'keep' | 'asset' | 'drop' {
  if (path.startsWith('_astro/')) return 'asset';
  if (partIndex === 1) return 'keep';
  // The pages that carry an article, and answer pages.
  const page = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : '';
  return (page.startsWith('topics/') && isArticlePage(page)) || /^a\/[^/]+\/$/.test(page) ? 'keep' : 'drop';
}
