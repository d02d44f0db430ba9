// The generated articles (content/articles/*.mdx) read as data: frontmatter and text, never compiled. Every page
// needs all of them (answers, neighbours, search data and sitemaps are site-wide), while the `articles` collection
// compiles the MDX of the articles whose pages a build renders. The site-wide frontmatter stays out of Astro's data
// store: Astro bundles the store into every build, and would carry every article's metadata through its content
// sync, its bundle and its memory.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import jsyaml from 'js-yaml';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { siteSettings } from '../site/settings.ts';

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

/** An article's id and its frontmatter, checked against the schema of the `articles` collection. */
export interface ArticleMeta {
  id: string;
  data: ArticleData;
}

/**
 * Every article's frontmatter, checked, in file-name order. A frontmatter that does not match the schema stops
 * the build, naming the file and what is wrong in it. With KB_ARTICLE_INDEX (src/site/settings.ts), the index of
 * checked frontmatter that writeArticleIndex wrote stands for the files.
 */
export function readArticleMetas(dir: string, index = siteSettings().articleIndex): ArticleMeta[] {
  if (index) return JSON.parse(readFileSync(index, 'utf8')) as ArticleMeta[];
  return articleFileNames(dir).map((name) => checked(readArticleData(dir, name)));
}

function checked({ id, path, data }: Omit<ArticleFile, 'body'>): ArticleMeta {
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`).join('; ');
    throw new Error(`${relative(process.cwd(), path)}: frontmatter does not match the article schema (src/schemas/article.ts): ${problems}; ${regenerate}`);
  }
  return { id, data: result.data };
}

/**
 * Writes the index readArticleMetas reads when KB_ARTICLE_INDEX names `file`: every article's checked frontmatter,
 * read once for builds that would each parse every article's YAML again. Read past the memo of readArticleData:
 * the process that writes the index has no further use for it.
 */
export function writeArticleIndex(dir: string, file: string): ArticleMeta[] {
  const metas = articleFileNames(dir).map((name) => checked(readArticleFile(dir, name)));
  writeFileSync(file, JSON.stringify(metas));
  return metas;
}

