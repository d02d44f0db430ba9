import { z } from 'astro/zod';
import { permalinksSchema, type Permalinks } from '../schemas/permalinks.ts';
import { topicSchema } from '../schemas/topic.ts';
import { type BuiltArticle, buildArticle, type SourceInput } from './article.ts';
import { IngestError } from './errors.ts';
import { applyEditorial } from './notes.ts';
import { updatePermalinks } from './permalinks.ts';
import { parseYamlFile } from './yaml-input.ts';

export interface SiteInput {
  sources: SourceInput[];
  topicsPath: string;
  topicsText: string;
  permalinksPath: string;
  /** undefined on the very first run */
  permalinksText: string | undefined;
}

export interface SiteOutput {
  articles: BuiltArticle[];
  permalinks: Permalinks;
  /** content/articles/<slug>.mdx → text */
  files: Map<string, string>;
  permalinksText: string;
}

/** Every problem found in one run, so a person fixes them all at once instead of one per run. */
export class IngestErrors extends Error {
  readonly errors: IngestError[];
  constructor(errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
    this.errors = errors;
  }
}

/** All sources → all article files and the updated permalink registry, or every error found. Pure. */
export function ingestSite(input: SiteInput): SiteOutput {
  const topicList = parseYamlFile(input.topicsText, input.topicsPath, z.array(topicSchema).min(1));
  const topics = new Set(topicList.map((t) => t.id));
  if (topics.size !== topicList.length) throw new IngestError(input.topicsPath, undefined, 'a topic id is listed twice', 'give every topic its own id');

  const errors: IngestError[] = [];
  const articles: BuiltArticle[] = [];
  for (const source of input.sources) {
    try {
      articles.push(buildArticle(source, topics));
    } catch (error) {
      if (error instanceof IngestError) errors.push(error);
      else throw error;
    }
  }

  const owners = new Map<string, string>();
  const slugs = new Map<string, string>();
  for (const article of articles) {
    const { metaPath } = article;
    const otherSlug = slugs.get(article.slug);
    if (otherSlug) errors.push(new IngestError(metaPath, undefined, `writes content/articles/${article.slug}.mdx, as ${otherSlug} does`, 'set a distinct "slug:" in one of them'));
    slugs.set(article.slug, metaPath);
    for (const answer of article.meta.answers) {
      for (const id of [answer.id, ...(answer.aliases ?? [])]) {
        const other = owners.get(id);
        if (other) errors.push(new IngestError(metaPath, undefined, `answer id "${id}" (heading "${answer.heading}") is already used by ${other}`, 'ids must be unique across the site: choose another id'));
        owners.set(id, `${metaPath} ("${answer.heading}")`);
      }
    }
  }
  const editorial = applyEditorial(articles, new Map(input.sources.map((s) => [s.metaPath, s.metaText ?? ''])), articles.length === input.sources.length);
  if (errors.length > 0) throw new IngestErrors([...errors, ...editorial]);

  const previous: Permalinks =
    input.permalinksText === undefined ? {} : parseJsonFile(input.permalinksText, input.permalinksPath);
  const permalinks = updatePermalinks(
    previous,
    articles.flatMap((a) =>
      a.meta.answers.map((answer) => ({
        id: answer.id,
        topic: a.meta.topic,
        aliases: answer.aliases ?? [],
        metaFile: a.metaPath,
      })),
    ),
    input.permalinksPath,
  );
  // After the registry's check: a published id that resolves nowhere is the cause of a note citing it.
  if (editorial.length > 0) throw new IngestErrors(editorial);
  return {
    articles,
    permalinks,
    files: new Map(articles.map((a) => [`${a.slug}.mdx`, a.mdx])),
    permalinksText: `${JSON.stringify(permalinks, null, 2)}\n`,
  };
}

function parseJsonFile(text: string, path: string): Permalinks {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IngestError(path, undefined, `invalid JSON: ${(error as Error).message}`, 'restore the file from git; it is written by npm run normalize');
  }
  const result = permalinksSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new IngestError(path, undefined, `entry ${issue.path.join('.')}: ${issue.message}`, 'restore the file from git; it is written by npm run normalize');
  }
  return result.data;
}
