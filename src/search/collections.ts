// The content collections as the search data builders take them (Astro glue; the builders stay pure).
import { getCollection } from 'astro:content';
import type { ArticleInput, TopicInput } from './search-data.ts';

export async function searchInputs(): Promise<{ articles: ArticleInput[]; topics: TopicInput[] }> {
  const articles = (await getCollection('articles')).map((a) => ({
    topic: a.data.topic,
    title: a.data.title,
    body: a.body ?? '',
    answers: a.data.answers,
  }));
  const topics = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order).map((t) => ({ id: t.id, name: t.data.name }));
  return { articles, topics };
}
