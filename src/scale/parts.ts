// A large site built in parts, each unit of work a command over files (scripts/parts.ts), so that one machine
// (scripts/build.ts) or a CI runner's matrix (.github/workflows/build-large.yml) can spread them:
//   part i of n    an `astro build` in a root of its own whose content folder holds the MDX of the part's topics
//                  (links) and whose pages read every article's frontmatter from an index; writes <work>/<i>/dist
//   search data    the search data and pinyin map from the content alone; writes <work>/search-files.json
//   merge          moves the parts' files into the output folder, then runs the mirror and the index (each a
//                  process of its own) and writes the search data once (src/steps/site-steps.ts)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { articleFileNames, writeArticleIndex, type ArticleMeta } from '../lib/article-files.ts';
import { readTopics } from '../lib/site-model.ts';
import { mergeAction, topicsOfPart, type BuildPart } from './build-part.ts';

/** The project files a part's root links to; its content folder is its own. */
const linked = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules'];
const astro = resolve('node_modules/astro/bin/astro.mjs');

/** The working folder of a build in parts, named after its output folder, so that two builds never share one. */
export function workDirOf(outDir: string): string {
  return join(resolve('.astro'), 'parts', createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12));
}

export const articleIndexOf = (work: string) => join(work, 'articles.json');
export const searchFilesOf = (work: string) => join(work, 'search-files.json');
export const partOutDir = (work: string, index: number) => join(work, String(index), 'dist');

/** Writes the index of every article's checked frontmatter that the parts read (KB_ARTICLE_INDEX). */
export function writeIndex(contentDir: string, work: string): ArticleMeta[] {
  mkdirSync(work, { recursive: true });
  return writeArticleIndex(join(contentDir, 'articles'), articleIndexOf(work));
}

/** The article files of a part's topics, from the index. */
export function articleFilesOfPart(contentDir: string, metas: readonly ArticleMeta[], part: BuildPart): string[] {
  const count = new Map<string, number>();
  for (const m of metas) count.set(m.data.topic, (count.get(m.data.topic) ?? 0) + 1);
  const topics = readTopics(contentDir).toSorted((a, b) => a.data.order - b.data.order);
  const mine = topicsOfPart(topics.map((t) => ({ id: t.id, articles: count.get(t.id) ?? 0 })), part);
  return metas.filter((m) => mine.has(m.data.topic)).map((m) => `${m.id}.mdx`);
}

/** A hard link (a copy where the file system has none): the part's files are the project's. */
function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * The root of part `part`: links to the project's files, and a content folder of its own holding the topics, the
 * permalinks and the MDX of its articles only, so that the `articles` collection compiles just those.
 */
export function preparePart(contentDir: string, work: string, metas: readonly ArticleMeta[], part: BuildPart): string {
  const root = join(work, String(part.index));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  for (const name of linked) symlinkSync(resolve(name), join(root, name));
  for (const name of readdirSync(contentDir)) {
    if (name.endsWith('.yaml') || name.endsWith('.json')) linkFile(join(contentDir, name), join(root, 'content', name));
  }
  const articles = join(contentDir, 'articles');
  for (const name of articleFilesOfPart(contentDir, metas, part)) linkFile(join(articles, name), join(root, 'content', 'articles', name));
  return root;
}

/** Runs `astro build` of a prepared part; rejects when it fails. `answerPagesInto` defaults to the part's output. */
export async function buildPart(work: string, part: BuildPart, answerPagesInto?: string): Promise<void> {
  const root = join(work, String(part.index));
  const label = `[part ${part.index}/${part.count}]`;
  const env = {
    ...process.env,
    KB_BUILD_PART: `${part.index}/${part.count}`,
    KB_CONTENT_DIR: join(root, 'content'),
    KB_ARTICLE_INDEX: articleIndexOf(work),
    KB_OUT_DIR: partOutDir(work, part.index),
    KB_CACHE_DIR: join(root, '.cache'),
    ...(answerPagesInto ? { KB_ANSWER_PAGES_DIR: answerPagesInto } : {}),
  };
  const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(`${label} ${line}`));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`build: astro build of ${label} failed (exit ${code}); its output is above`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();
}

const sameBytes = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));

/**
 * Moves the parts' files into `outDir` (mergeAction decides which); fails on two different files at one path. A
 * page's folder that the output lacks moves whole (one rename instead of a folder made and a file moved: most of
 * a large site is such folders). Returns the output's files, so that the steps after need not walk it again.
 */
export function mergeParts(partDirs: readonly string[], outDir: string): { files: string[]; dropped: number } {
  const files: string[] = [];
  let dropped = 0;
  partDirs.forEach((dir, i) => {
    const index = i + 1;
    for (const path of filesUnder(dir)) {
      const action = mergeAction(path, index);
      const from = join(dir, path);
      const to = join(outDir, path);
      if (action === 'drop') {
        dropped++;
        continue;
      }
      if (existsSync(to)) {
        if (sameBytes(from, to)) continue;
        throw new Error(`build: part ${index} wrote ${path}, and an earlier part wrote a different file there; parts must agree on shared files`);
      }
      if (path.endsWith('/index.html') && !existsSync(dirname(to)) && readdirSync(dirname(from)).length === 1) {
        mkdirSync(dirname(dirname(to)), { recursive: true });
        renameSync(dirname(from), dirname(to));
      } else {
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
      }
      files.push(path);
    }
  });
  return { files, dropped };
}

/** Site paths of the HTML pages among the output's files ("topics/theft/"), as Astro lists the pages it built. */
export function pagesOf(files: readonly string[]): string[] {
  return files.filter((f) => f.endsWith('.html')).map((f) => f.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'));
}

/** Articles of the site, to size the build. */
export const articleCount = (contentDir: string) => articleFileNames(join(contentDir, 'articles')).length;
