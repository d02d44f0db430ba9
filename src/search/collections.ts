// The content collections as the search data builders take them (Astro glue; the builders stay pure). The
// articles' text comes from their files: the collections keep frontmatter only (src/lib/article-files.ts).
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { readArticleFile } from '../lib/article-files.ts';
import type { ArticleInput, TopicInput } from './search-data.ts';

export async function searchInputs(): Promise<{ articles: ArticleInput[]; topics: TopicInput[] }> {
  const dir = join(process.env.KB_CONTENT_DIR ?? 'content', 'articles');
  const articles = (await getCollection('articleData')).map((a) => ({
    topic: a.data.topic,
    title: a.data.title,
    body: readArticleFile(dir, `${a.id}.mdx`).body,
    answers: a.data.answers,
  }));
  const topics = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order).map((t) => ({ id: t.id, name: t.data.name }));
  return { articles, topics };
}
