// The generated articles (content/articles/*.mdx) read as data: frontmatter and text, never compiled. Every
// build needs all of them (answers, neighbours, search data and sitemaps are site-wide), while a build part
// (src/lib/build-part.ts) compiles and renders only its own through the `articles` collection.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import jsyaml from 'js-yaml';
import { topicsOfPart, type BuildPart } from './build-part.ts';

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
 * Every article's frontmatter as a data entry; in dev, reloaded when one changes. Not its text: Astro bundles
 * the data store into every build as one module, and the text of every article would make each build part
 * grow with the site (src/search/collections.ts reads the text from the files, where it is needed).
 */
export function articleDataLoader(dir: string): Loader {
  return {
    name: 'huabei-kb:article-data',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const folder = resolve(fileURLToPath(config.root), dir);
      const loadAll = async () => {
        store.clear();
        for (const name of articleFileNames(folder)) {
          const { id, path, data } = readArticleData(folder, name);
          // The path names the file in a schema error, as the glob loader's errors do.
          store.set({ id, data: await parseData({ id, data, filePath: relative(fileURLToPath(config.root), path) }), digest: generateDigest(data) });
        }
      };
      await loadAll();
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder) && path.endsWith('.mdx')) void loadAll();
      });
    },
  };
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
  const files = articleFileNames(dir).map((name) => ({ name, topic: readArticleData(dir, name).data.topic }));
  const count = new Map<unknown, number>();
  for (const f of files) count.set(f.topic, (count.get(f.topic) ?? 0) + 1);
  const mine = topicsOfPart(topics.map((t) => ({ id: t.id, articles: count.get(t.id) ?? 0 })), part);
  return files.filter((f) => mine.has(f.topic as string)).map((f) => f.name);
}
