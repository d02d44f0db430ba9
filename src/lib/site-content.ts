// The site's content for the pages (src/lib/site-model.ts), loaded once per build: the topics from their
// collection, every article's frontmatter from the files (src/lib/article-files.ts); only `renderable` reaches
// the compiled MDX of the `articles` collection.
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readArticleMetas } from './article-files.ts';
import { readPermalinks } from './permalinks.ts';
import { siteSettings } from '../site/settings.ts';
import { siteModel, type Article, type SiteContent } from './site-model.ts';

export type { Answer, Article, ArticleAnswer, SiteContent, Topic } from './site-model.ts';

async function load(): Promise<SiteContent> {
  const { contentDir } = siteSettings();
  return siteModel({
    topics: (await getCollection('topics')).map(({ id, data }) => ({ id, data })),
    articles: readArticleMetas(join(contentDir, 'articles')),
    permalinks: readPermalinks(contentDir),
  });
}

/** The compiled MDX of an article, to render it: there for every article whose topic the build renders. */
export async function renderable(article: Article): Promise<CollectionEntry<'articles'>> {
  const entry = await getEntry('articles', article.id);
  if (!entry) throw new Error(`content: article ${article.id} is not in the articles collection of this build`);
  return entry;
}

/**
 * The topics whose articles' MDX this build compiled: every topic, unless the build was given the MDX of some
 * articles only (their pages are the build's share of the site).
 */
export async function renderedTopics(): Promise<Set<string>> {
  const compiled = new Set((await getCollection('articles')).map((entry) => entry.id));
  const { topics, articlesOf } = await getSiteContent();
  return new Set(topics.filter((t) => articlesOf(t.id).every((a) => compiled.has(a.id))).map((t) => t.id));
}

let cached: Promise<SiteContent> | undefined;

/** Loaded once per build; in dev, on every call, so that edited content shows. */
export function getSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
