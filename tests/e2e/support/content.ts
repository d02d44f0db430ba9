// What the built site should show, read from the content it was built from (generated MDX frontmatter,
// topics.yaml, permalinks.json), so that tests follow the content instead of hard-coding it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ExpectedAnswer {
  id: string;
  title: string;
  level: number;
  excerpt: string;
  question: boolean;
  /** Readers' questions from the review (searched, never shown). */
  asks?: string[];
}

export interface ExpectedArticle {
  slug: string;
  topic: string;
  /** The page that carries it: its topic page for the article named after its topic, else its own page. */
  page: string;
  title: string;
  answers: ExpectedAnswer[];
  source: { file: string; site: string | null; author: string | null; origin?: string; editor?: string; published: string | null; script: 'hans' | 'hant' };
  restoredCount: number;
  gapCount: number;
  comments: { name: string; date: string | null; text: string }[];
}

/**
 * The rows of an article's source box, label and value, as a reader sees them in Simplified: the byline's people
 * under their own labels (作者 未注明 only when the page names nobody), then the date (its text is not compared).
 */
export function sourceBoxRows(source: ExpectedArticle['source']): [string, string | null][] {
  const unknown = '未注明';
  return [
    ['原网站', source.site ?? unknown],
    ...(source.author || (!source.origin && !source.editor) ? [['作者', source.author ?? unknown] as [string, string]] : []),
    ...(source.origin ? [['来源', source.origin] as [string, string]] : []),
    ...(source.editor ? [['责任编辑', source.editor] as [string, string]] : []),
    ['发布日期', source.published ? null : unknown],
  ];
}

export interface ExpectedTopic {
  id: string;
  name: string;
  description: string;
  order: number;
}

export const contentDir = 'content';

export function readTopics(dir = contentDir): ExpectedTopic[] {
  return (parse(readFileSync(join(dir, 'topics.yaml'), 'utf8')) as ExpectedTopic[]).sort((a, b) => a.order - b.order);
}

export function readArticles(dir = contentDir): ExpectedArticle[] {
  const articlesDir = join(dir, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(articlesDir, name), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`${name}: no frontmatter`);
      return { slug: name.replace(/\.mdx$/, ''), ...(parse(frontmatter) as Omit<ExpectedArticle, 'slug' | 'page'>) };
    });
  return articles.map((a) => ({ ...a, page: a.slug === a.topic ? `/topics/${a.topic}/` : `/topics/${a.topic}/${a.slug}/` }));
}

export function readPermalinks(dir = contentDir): Record<string, { topic: string; aliasOf?: string; retired?: string }> {
  return JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8'));
}

/** Every current answer with its topic and the page that carries it, in reading order (topic order, then document order). */
export function readAnswers(dir = contentDir): (ExpectedAnswer & { topic: string; page: string })[] {
  const articles = readArticles(dir).sort((a, b) => a.source.file.localeCompare(b.source.file));
  return readTopics(dir).flatMap((t) =>
    articles.filter((a) => a.topic === t.id).flatMap((a) => a.answers.map((answer) => ({ ...answer, topic: t.id, page: a.page }))),
  );
}

/**
 * The answers that are only a heading (a section holding nothing but its heading: the parent of numbered steps),
 * each with the answers one level under it, in order: what the search lists in its place.
 */
export function readHeadingOnlyAnswers(dir = contentDir): { id: string; title: string; children: string[] }[] {
  const articlesDir = join(dir, 'articles');
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(articlesDir, name), 'utf8'))
    .flatMap((text) =>
      [...text.matchAll(/<Section answer="([^"]+)"[^>]*>\s*(#+) (.+?) \{#\1\}\s*<\/Section>/g)].map((m) => {
        const level = m[2]!.length;
        const children: string[] = [];
        for (const h of text.slice(m.index + m[0].length).matchAll(/^(#+) .+? \{#([a-z0-9-]+)\}$/gm)) {
          if (h[1]!.length <= level) break;
          if (h[1]!.length === level + 1) children.push(h[2]!);
        }
        return { id: m[1]!, title: m[3]!.replace(/<[^>]+>/g, ''), children };
      }),
    );
}

/**
 * The page each published id is an anchor of: its answer's article's page (renamed ids too, beside the answer);
 * for an id whose answer moved to another topic or was removed, the page of the topic it was published under.
 */
export function readAnchorPages(dir = contentDir): Map<string, string> {
  const registry = readPermalinks(dir);
  const answers = new Map(readAnswers(dir).map((a) => [a.id, a]));
  return new Map(
    Object.entries(registry).map(([id, entry]) => {
      let target = id;
      while (registry[target]?.aliasOf) target = registry[target]!.aliasOf!;
      const answer = entry.retired ? undefined : answers.get(target);
      return [id, answer?.topic === entry.topic ? answer.page : `/topics/${entry.topic}/`];
    }),
  );
}

/** The site URL the build used for canonical links and copied links. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';

/** A heading without the list number it starts with (一、 2. （三）): what an answer alone is called after its context. */
export const withoutListNumber = (heading: string): string =>
  heading.replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．)）]|[（(][一二三四五六七八九十\d]+[）)])\s*/, '');
