// The site's content in reading order: topics, their articles, every answer, and the permanent ids that land on
// them. Pure (no astro:content): the pages get it through src/lib/site-content.ts, and the steps after the pages
// (src/steps/) build it from the same files.
// Building it fails when a published id resolves nowhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { topicSchema, type Topic as TopicData } from '../schemas/topic.ts';
import { readArticleMetas, type ArticleMeta } from './article-files.ts';
import { siteSettings } from '../site/settings.ts';
import { aliasesByAnswer, movedAnswersByTopic, readPermalinks, resolvePermalinks, retiredPermalinks, type ResolvedPermalink, type RetiredPermalink } from './permalinks.ts';
import type { Permalinks } from '../schemas/permalinks.ts';

export interface Topic {
  id: string;
  data: TopicData;
}
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
  /** A topic's articles in source order. */
  articlesOf: (topicId: string) => Article[];
  /**
   * The slug of an article's own page, /topics/<topic>/<slug>/, or undefined for the article named after its topic
   * (the slug a topic's first article gets by default), whose text the topic page carries. A topic page stays as
   * light with the hundredth article as with the first, and where an article is depends on its own name alone:
   * adding or removing another never moves an answer that was published.
   */
  ownPageOf: (article: Article) => string | undefined;
  /** `ownPageOf` the article of an answer. */
  ownPageOfAnswer: (answerId: string) => string | undefined;
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
  /** Ids of removed answers (`retired` in the registry), each with the reason readers are shown. */
  retired: readonly RetiredPermalink[];
  /** The removed answers' ids first published on a topic's page. */
  retiredFrom: (topicId: string) => readonly RetiredPermalink[];
}

export interface SiteInputs {
  /** Any order; sorted by their `order`. */
  topics: readonly Topic[];
  /** In file-name order. */
  articles: readonly Article[];
  permalinks: Permalinks;
}

export function siteModel({ topics: unsorted, articles: files, permalinks: registry }: SiteInputs): SiteContent {
  const topics = unsorted.toSorted((a, b) => a.data.order - b.data.order);
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
  const answerById = new Map(answers.map((a) => [a.id, a]));
  const ownPageOf = (article: Article) => (article.id === article.data.topic ? undefined : article.id);
  const answerIndex = new Map(answers.map((a, i) => [a.id, i]));
  const current = answers.map((a) => ({ id: a.id, topic: a.topic.id }));
  const permalinks = resolvePermalinks(registry, current);
  const aliases = aliasesByAnswer(permalinks);
  const moved = movedAnswersByTopic(permalinks, current);
  const retired = retiredPermalinks(registry);
  const retiredByTopic = groupBy(retired, (p) => p.topic);
  return {
    topics,
    articles: [...files],
    articlesOf,
    ownPageOf,
    ownPageOfAnswer: (answerId) => {
      const answer = answerById.get(answerId);
      return answer && ownPageOf(answer.article);
    },
    answers,
    answersOf: (topicId) => answersByTopic.get(topicId) ?? [],
    answerById,
    indexOfAnswer: (answerId) => answerIndex.get(answerId) ?? -1,
    permalinks,
    aliasesOf: (answerId) => aliases.get(answerId) ?? [],
    movedFrom: (topicId) => moved.get(topicId) ?? [],
    retired,
    retiredFrom: (topicId) => retiredByTopic.get(topicId) ?? [],
  };
}

/** The topics of content/topics.yaml, checked as the `topics` collection checks them. */
export function readTopics(contentDir: string): Topic[] {
  const file = join(contentDir, 'topics.yaml');
  const entries = jsyaml.load(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: must be a list of topics`);
  return entries.map((entry, i) => {
    const checked = topicSchema.safeParse(entry);
    if (!checked.success) throw new Error(`${file}: topic ${i + 1}: ${checked.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    return { id: checked.data.id, data: checked.data };
  });
}

/** The site model of a build, from the files, as the pages see it. */
export function readSiteModel(contentDir = siteSettings().contentDir, articleIndex = siteSettings().articleIndex): SiteContent {
  return siteModel({
    topics: readTopics(contentDir),
    articles: readArticleMetas(join(contentDir, 'articles'), articleIndex),
    permalinks: readPermalinks(contentDir),
  });
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
