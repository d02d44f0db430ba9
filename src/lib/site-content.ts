// The site's content for the pages (src/lib/site-model.ts), loaded once per build: the topics from their
// collection, every article's frontmatter from the files (src/lib/article-files.ts); only `renderable` reaches
// the compiled MDX, which a build part (src/scale/build-part.ts) has for its own topics only.
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readArticleMetas } from './article-files.ts';
import { parseBuildPart } from '../scale/build-part.ts';
import { readPermalinks } from './permalinks.ts';
import { handOver, siteModel, type Article, type SiteContent } from './site-model.ts';

export type { Answer, Article, ArticleAnswer, SiteContent, Topic } from './site-model.ts';

async function load(): Promise<SiteContent> {
  const contentDir = process.env.KB_CONTENT_DIR ?? 'content';
  const content = siteModel({
    topics: (await getCollection('topics')).map(({ id, data }) => ({ id, data })),
    articles: readArticleMetas(join(contentDir, 'articles')),
    permalinks: readPermalinks(contentDir),
    part: parseBuildPart(process.env.KB_BUILD_PART),
  });
  handOver(content);
  return content;
}

/** The compiled MDX of an article, to render it: there for every article the build renders. */
export async function renderable(article: Article): Promise<CollectionEntry<'articles'>> {
  const entry = await getEntry('articles', article.id);
  if (!entry) throw new Error(`content: article ${article.id} is not compiled in this build (KB_BUILD_PART=${process.env.KB_BUILD_PART ?? ''}); only its topic's part may render it`);
  return entry;
}

let cached: Promise<SiteContent> | undefined;

/** Loaded once per build; in dev, on every call, so that edited content shows. */
export function getSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
