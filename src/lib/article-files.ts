// The generated articles (content/articles/*.mdx) read as data: frontmatter and text, never compiled. Every
// build needs all of them (answers, neighbours, search data and sitemaps are site-wide), while a build part
// (src/scale/build-part.ts) compiles and renders only its own through the `articles` collection. The site-wide
// frontmatter stays out of Astro's data store: Astro bundles the store into every build, and a build part would
// carry every article's metadata through its content sync, its bundle and its memory (bench:scale, 10,000
// articles: 4.4 s of a part's 16 s).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import jsyaml from 'js-yaml';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { topicsOfPart, type BuildPart } from '../scale/build-part.ts';

export interface ArticleFile {
  /** The id Astro's glob loader gives the file: its name without `.mdx`. */
  id: string;
  path: string;
  data: Record<string, unknown>;
  /** The MDX after the frontmatter, as the glob loader keeps it. */
  body: string;
}

const frontmatter = /^---\n([\s\S]*?\n)---/;
const regenerate = 'content/articles/ is generated: run `npm run normalize`, never edit it by hand';

export function readArticleFile(dir: string, name: string): ArticleFile {
  const path = join(dir, name);
  return parseArticleFile(path, readFileSync(path, 'utf8'));
}

/** Frontmatter read this process, by path, with the time the file changed: a build reads each file once. */
const read = new Map<string, { changed: number; data: Omit<ArticleFile, 'body'> }>();

/** An article's id and frontmatter (not its text, which only the search data needs). */
export function readArticleData(dir: string, name: string): Omit<ArticleFile, 'body'> {
  const path = join(dir, name);
  const changed = statSync(path).mtimeMs;
  const known = read.get(path);
  if (known?.changed === changed) return known.data;
  const { body: _, ...data } = readArticleFile(dir, name);
  read.set(path, { changed, data });
  return data;
}

function parseArticleFile(path: string, text: string): ArticleFile {
  const match = frontmatter.exec(text);
  if (!match) throw new Error(`${path}:1: no frontmatter (--- … ---) at the start of the file; ${regenerate}`);
  let data: unknown;
  try {
    data = jsyaml.load(match[1]!);
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line ?? 0;
    throw new Error(`${path}:${line + 2}: frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); ${regenerate}`);
  }
  if (typeof data !== 'object' || data === null) throw new Error(`${path}:2: frontmatter is not a mapping; ${regenerate}`);
  return { id: basename(path, '.mdx'), path, data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

export function articleFileNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
}

/**
 * Every article's id, path and frontmatter. A build in parts reads them from the index that scripts/build.ts
 * writes once (KB_ARTICLE_INDEX, see writeArticleIndex): each part would otherwise parse every article's YAML
 * again, twice (its content config and its pages run in different module graphs).
 */
export function readArticleIndex(dir: string): Omit<ArticleFile, 'body'>[] {
  const index = process.env.KB_ARTICLE_INDEX;
  if (index) return JSON.parse(readFileSync(index, 'utf8')) as Omit<ArticleFile, 'body'>[];
  return articleFileNames(dir).map((name) => readArticleData(dir, name));
}

/**
 * Writes the index of `dir`'s articles that readArticleIndex reads when KB_ARTICLE_INDEX names `file`. Read past
 * the memo of readArticleData: the process that writes the index (scripts/build.ts) has no use for it, and it
 * would hold every article's frontmatter while the parts build.
 */
export function writeArticleIndex(dir: string, file: string): void {
  const metas = articleFileNames(dir).map((name) => {
    const { body: _, ...meta } = readArticleFile(dir, name);
    return meta;
  });
  writeFileSync(file, JSON.stringify(metas));
}

/** An article's id and its frontmatter, checked against the schema of the `articles` collection. */
export interface ArticleMeta {
  id: string;
  data: ArticleData;
}

/**
 * Every article's frontmatter, checked, in file-name order. A frontmatter that does not match the schema stops
 * the build, naming the file and what is wrong in it.
 */
export function readArticleMetas(dir: string): ArticleMeta[] {
  return readArticleIndex(dir).map(({ id, path, data }) => {
    const checked = articleSchema.safeParse(data);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`).join('; ');
      throw new Error(`${relative(process.cwd(), path)}: frontmatter does not match the article schema (src/schemas/article.ts): ${problems}; ${regenerate}`);
    }
    return { id, data: checked.data };
  });
}

/** The glob pattern of the articles a build part compiles, those of its topics: one pattern, `{a,b,…}.mdx`. */
export function articlePatternOfPart(contentDir: string, part: BuildPart): string {
  const names = articleFilesOfPart(contentDir, part).map((name) => basename(name, '.mdx'));
  // One brace pattern is one regular expression; a list of patterns would test every file against each.
  const unsafe = names.find((name) => !/^[\w-]+$/.test(name));
  if (unsafe) throw new Error(`content/articles/${unsafe}.mdx: a file name outside [A-Za-z0-9_-]; ${regenerate}`);
  return names.length === 1 ? `${names[0]}.mdx` : `{${names.join(',')}}.mdx`;
}

/** The files of the articles a build part compiles: those of its topics. */
function articleFilesOfPart(contentDir: string, part: BuildPart): string[] {
  const dir = join(contentDir, 'articles');
  const topics = (jsyaml.load(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as { id: string; order: number }[]).toSorted((a, b) => a.order - b.order);
  const files = readArticleIndex(dir).map(({ path, data }) => ({ name: basename(path), topic: data.topic }));
  const count = new Map<unknown, number>();
  for (const f of files) count.set(f.topic, (count.get(f.topic) ?? 0) + 1);
  const mine = topicsOfPart(topics.map((t) => ({ id: t.id, articles: count.get(t.id) ?? 0 })), part);
  return files.filter((f) => mine.has(f.topic as string)).map((f) => f.name);
}
