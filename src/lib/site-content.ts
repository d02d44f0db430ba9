// The site's content in reading order, loaded once per build: topics, their articles, every answer, and the
// permanent ids that land on them. Loading fails the build when a published id resolves nowhere.
// Everything here is site-wide metadata (every article's frontmatter, read from the files:
// src/lib/article-files.ts); only `renderable` reaches the compiled MDX, which a build part
// (src/lib/build-part.ts) has for its own topics only.
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readArticleMetas, type ArticleMeta } from './article-files.ts';
import { parseBuildPart, topicsOfPart, writesSiteWidePages } from './build-part.ts';
import { aliasesByAnswer, movedAnswersByTopic, readPermalinks, resolvePermalinks, type ResolvedPermalink } from './permalinks.ts';

export type Topic = CollectionEntry<'topics'>;
export type Article = ArticleMeta;
export type ArticleAnswer = Article['data']['answers'][number];

/** One answer with the article and topic it belongs to. */
export interface Answer extends ArticleAnswer {
  topic: Topic;
  article: Article;
}

export interface SiteContent {
  /** In the order of content/topics.yaml. */
  topics: Topic[];
  /** Every article, in the order of their file names (that of the search data). */
  articles: Article[];
  /** A topic's articles in source order (today one each). */
  articlesOf: (topicId: string) => Article[];
  /** Every answer in reading order: topic, article, then document order. */
  answers: Answer[];
  /** A topic's answers, in reading order. */
  answersOf: (topicId: string) => Answer[];
  answerById: ReadonlyMap<string, Answer>;
  /** An answer's place in `answers` (its previous and next answers are its neighbours there). */
  indexOfAnswer: (answerId: string) => number;
  /** Every id ever published, current or retired, with the answer it lands on. */
  permalinks: ReadonlyMap<string, ResolvedPermalink>;
  /** Retired ids of each current answer. */
  aliasesOf: (answerId: string) => readonly string[];
  /** Retired ids first published on a topic's page whose answers now live under another topic. */
  movedFrom: (topicId: string) => readonly ResolvedPermalink[];
  /** Whether this build renders the topic's pages (always, unless it is one part of a large build). */
  rendersTopic: (topicId: string) => boolean;
  /** Whether this build writes the site-wide pages (home, search, 404, sitemaps, search data). */
  writesSiteWidePages: boolean;
}

async function load(): Promise<SiteContent> {
  const topics = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
  const files = readArticleMetas(join(process.env.KB_CONTENT_DIR ?? 'content', 'articles'));
  const articles = files.toSorted((a, b) => a.data.source.file.localeCompare(b.data.source.file));
  const topicIds = new Set(topics.map((t) => t.id));
  for (const a of articles) {
    if (!topicIds.has(a.data.topic)) throw new Error(`content: article ${a.id} names the unknown topic "${a.data.topic}"`);
  }
  // Grouped once: pages look these up per topic and per answer, and a scan of every article or answer on
  // every page would make the build grow with the square of the site.
  const articlesByTopic = groupBy(articles, (a) => a.data.topic);
  const articlesOf = (topicId: string) => articlesByTopic.get(topicId) ?? [];
  const answers = topics.flatMap((topic) =>
    articlesOf(topic.id).flatMap((article) => article.data.answers.map((answer) => ({ ...answer, topic, article }))),
  );
  const answersByTopic = groupBy(answers, (a) => a.topic.id);
  const answerIndex = new Map(answers.map((a, i) => [a.id, i]));
  const current = answers.map((a) => ({ id: a.id, topic: a.topic.id }));
  const permalinks = resolvePermalinks(readPermalinks(), current);
  const aliases = aliasesByAnswer(permalinks);
  const moved = movedAnswersByTopic(permalinks, current);
  const part = parseBuildPart(process.env.KB_BUILD_PART);
  const rendered = topicsOfPart(topics.map((t) => ({ id: t.id, articles: articlesOf(t.id).length })), part);
  return {
    topics,
    articles: files,
    articlesOf,
    answers,
    answersOf: (topicId) => answersByTopic.get(topicId) ?? [],
    answerById: new Map(answers.map((a) => [a.id, a])),
    indexOfAnswer: (answerId) => answerIndex.get(answerId) ?? -1,
    permalinks,
    aliasesOf: (answerId) => aliases.get(answerId) ?? [],
    movedFrom: (topicId) => moved.get(topicId) ?? [],
    rendersTopic: (topicId) => rendered.has(topicId),
    writesSiteWidePages: writesSiteWidePages(part),
  };
}

/** The compiled MDX of an article, to render it: there for every article the build renders. */
export async function renderable(article: Article): Promise<CollectionEntry<'articles'>> {
  const entry = await getEntry('articles', article.id);
  if (!entry) throw new Error(`content: article ${article.id} is not compiled in this build (KB_BUILD_PART=${process.env.KB_BUILD_PART ?? ''}); only its topic's part may render it`);
  return entry;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

let cached: Promise<SiteContent> | undefined;

/** Loaded once per build; in dev, on every call, so that edited content shows. */
export function getSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
