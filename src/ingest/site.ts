import { z } from 'astro/zod';
import { permalinksSchema, type Permalinks } from '../schemas/permalinks.ts';
import { topicSchema } from '../schemas/topic.ts';
import { type BuiltArticle, buildArticle, type SourceInput } from './article.ts';
import { IngestError, IngestErrors, type Report } from './errors.ts';
import { applyEditorial } from './notes.ts';
import { updatePermalinks } from './permalinks.ts';
import { answerLines } from './structure.ts';
import { parseYamlFile } from './yaml-input.ts';

export { IngestErrors } from './errors.ts';

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

/**
 * All sources → all article files and the updated permalink registry, or every error found (IngestErrors): each
 * article is read as far as it can be, so one run names every problem of every file, as tsc does. Pure.
 */
export function ingestSite(input: SiteInput): SiteOutput {
  const errors: IngestError[] = [];
  const report: Report = (error) => void errors.push(error);
  const collect = (error: unknown) => {
    if (error instanceof IngestErrors) errors.push(...error.errors);
    else if (error instanceof IngestError) errors.push(error);
    else throw error;
  };

  const topicList = parseYamlFile(input.topicsText, input.topicsPath, z.array(topicSchema).min(1));
  const topics = new Set(topicList.map((t) => t.id));
  if (topics.size !== topicList.length) throw new IngestError(input.topicsPath, undefined, 'a topic id is listed twice', 'give every topic its own id');

  let previous: Permalinks = {};
  try {
    if (input.permalinksText !== undefined) previous = parseJsonFile(input.permalinksText, input.permalinksPath);
  } catch (error) {
    collect(error);
  }
  // Ids an error may suggest: none that is published or declared anywhere.
  const takenIds = new Set(Object.keys(previous));
  for (const source of input.sources) for (const m of source.metaText?.matchAll(/\bid:\s*([a-z][a-z0-9-]*)/g) ?? []) takenIds.add(m[1]!);

  const articles: BuiltArticle[] = [];
  // Ids named in metadata that could not be read: not reported as unresolved, which would only bury its errors.
  const unread = new Set<string>();
  for (const source of input.sources) {
    try {
      articles.push(buildArticle(source, topics, report, takenIds));
    } catch (error) {
      collect(error);
      for (const m of source.metaText?.matchAll(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? []) unread.add(m[0]);
    }
  }

  // The line of every answer's entry, by .yaml file: each file is read once, however many answers a site has.
  const lines = new Map(input.sources.map((s) => [s.metaPath, answerLines(s.metaText)]));
  const owners = new Map<string, { where: string; heading: string }>();
  const slugs = new Map<string, string>();
  const askedBy = new Map<string, { id: string; where: string }>();
  for (const article of articles) {
    const { metaPath } = article;
    const otherSlug = slugs.get(article.slug);
    if (otherSlug) errors.push(new IngestError(metaPath, undefined, `writes content/articles/${article.slug}.mdx, as ${otherSlug} does`, `give one of them its own file name, e.g. slug: ${article.slug}-2`));
    slugs.set(article.slug, metaPath);
    for (const answer of article.meta.answers) {
      for (const id of [answer.id, ...(answer.aliases ?? [])]) {
        const line = id === answer.id ? lines.get(metaPath)?.get(id) : undefined;
        const where = line === undefined ? metaPath : `${metaPath}:${line}`;
        const other = owners.get(id);
        if (other) {
          errors.push(new IngestError(metaPath, line, `answer id "${id}" (heading "${answer.heading}") is already used by ${other.where} (heading "${other.heading}")`, 'ids are unique across the site: choose another id for one of them'));
        } else {
          owners.set(id, { where, heading: answer.heading });
        }
      }
    }
    // A readers' question names the one answer that answers it: given to two, it would rank neither.
    for (const answer of article.frontmatter.answers) {
      const line = lines.get(metaPath)?.get(answer.id);
      for (const question of answer.asks ?? []) {
        const other = askedBy.get(question);
        if (other && other.id !== answer.id) {
          errors.push(new IngestError(metaPath, line, `the readers' question "${question}" of answer "${answer.id}" is also given to answer "${other.id}" (${other.where})`, 'keep it under the one answer that answers it, or make each say what only its answer covers'));
        } else askedBy.set(question, { id: answer.id, where: line === undefined ? metaPath : `${metaPath}:${line}` });
      }
    }
  }
  const editorial = applyEditorial(articles, new Map(input.sources.map((s) => [s.metaPath, s.metaText ?? ''])), articles.length === input.sources.length);

  const permalinks = updatePermalinks(
    previous,
    // A duplicate id is reported above; only its first owner is registered.
    articles.flatMap((a) =>
      a.meta.answers.flatMap((answer) => {
        const line = lines.get(a.metaPath)?.get(answer.id);
        if (owners.get(answer.id)?.where !== (line === undefined ? a.metaPath : `${a.metaPath}:${line}`)) return [];
        return [{ id: answer.id, topic: a.meta.topic, aliases: answer.aliases ?? [], metaFile: a.metaPath, ...(line === undefined ? {} : { metaLine: line }) }];
      }),
    ),
    input.permalinksPath,
    (error) => void (unread.size > 0 && /published id "([^"]+)"/.exec(error.message)?.[1] !== undefined && unread.has(/published id "([^"]+)"/.exec(error.message)![1]!) ? undefined : report(error)),
    input.permalinksText,
  );
  // The registry's problems before the notes': a published id that resolves nowhere is the cause of a note citing it.
  if (errors.length + editorial.length > 0) throw new IngestErrors([...errors, ...editorial]);
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
    throw new IngestErrors(
      result.error.issues.map((issue) => {
        const id = issue.path[0];
        const line = typeof id === 'string' ? text.split('\n').findIndex((l) => l.trimStart().startsWith(`"${id}":`)) + 1 || undefined : undefined;
        return new IngestError(path, line, `entry ${issue.path.join('.')}: ${issue.message}`, 'an entry is { "topic": "<topic id>" }, with "aliasOf": "<answer id>" (written by npm run normalize) or "retired": "<reason for readers>" (written by hand)');
      }),
    );
  }
  return result.data;
}
