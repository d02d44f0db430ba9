// The site's content as the search data builders take them (Astro glue; the builders stay pure). The
// articles' text comes from their files: the site content holds frontmatter only (src/lib/article-files.ts).
import { join } from 'node:path';
import { readArticleFile } from '../lib/article-files.ts';
import { getSiteContent } from '../lib/site-content.ts';
import type { ArticleInput, TopicInput } from './search-data.ts';

export interface SearchInputs {
  articles: ArticleInput[];
  topics: TopicInput[];
}

async function load(): Promise<SearchInputs> {
  const dir = join(process.env.KB_CONTENT_DIR ?? 'content', 'articles');
  const content = await getSiteContent();
  const articles = content.articles.map((a) => ({
    topic: a.data.topic,
    title: a.data.title,
    body: readArticleFile(dir, `${a.id}.mdx`).body,
    answers: a.data.answers,
  }));
  const topics = content.topics.map((t) => ({ id: t.id, name: t.data.name }));
  return { articles, topics };
}

let cached: Promise<SearchInputs> | undefined;

/**
 * Read once per build and shared by the search data and the pinyin map, which may render at the same time: each
 * holding every article's text of a large site would double the memory of its build part. In dev, every call.
 */
export function searchInputs(): Promise<SearchInputs> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
