// npm run build: `astro build` of the site. A large site (more than 500 articles) is built in parts of at most
// KB_ARTICLES_PER_PART articles (1,000 by default) instead (src/scale/build-part.ts): each part an `astro build` of its own in a root of
// its own under .astro/parts/, the part of the site-wide pages and the parts of topics at most KB_BUILD_PARALLEL
// (2) at a time; the parts are merged into the output folder, and the post-build steps (the /zh-hant/ mirror,
// then the Pagefind index) run once over the whole, each in a process of its own. Node's memory then grows with a part, not with the site's
// MDX, and the two cores work on two parts at once. Every article's frontmatter is read once, into an index
// that the parts read (src/lib/article-files.ts).
//   KB_BUILD_PARTS=n  forces n parts (tests build the real site in parts to compare it with the one-part build)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import config from '../astro.config.mjs';
import { articleFileNames, writeArticleIndex } from '../src/lib/article-files.ts';
import { mergeAction } from '../src/scale/build-part.ts';

const astro = resolve('node_modules/astro/bin/astro.mjs');
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';
const outDir = resolve(config.outDir ?? 'dist');
const articles = articleFileNames(join(contentDir, 'articles')).length;
// A part of 1,000 articles of a 10,000-article site peaks at about 1.4 GB (its answer pages are cut from its topic
// pages, not rendered: src/answer-pages/); two at a time and this process stay near 3.1 GB (bench:scale).
const perPart = Number(process.env.KB_ARTICLES_PER_PART) || 1000;
const parallel = Number(process.env.KB_BUILD_PARALLEL) || 2;
// A build in one part renders on one core: from 500 articles on, at least `parallel` parts (1,000 articles built
// whole took 52 s here, in two parts and the site-wide part 39 s).
const partsFrom = 500;
// Once the parts take several rounds, as many builds as there are lanes in every round (the site-wide part counts
// as one: at 10,000 articles it takes as long as a part of topics): otherwise the last part runs alone, one
// core idle for a whole part (10 parts and part 0 at 10,000 articles: 33 s of 226).
const sized = Math.ceil(articles / perPart);
const rounded = sized > parallel ? Math.ceil((sized + 1) / parallel) * parallel - 1 : Math.max(parallel, sized);
const parts = Number(process.env.KB_BUILD_PARTS) || (articles > partsFrom ? rounded : 1);

/** Runs `astro build` with `env`, its output prefixed with `label`; rejects when it fails. */
async function astroBuild(env: Record<string, string>, cwd = process.cwd(), label = ''): Promise<void> {
  const child = spawn(process.execPath, [astro, 'build'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', label ? 'pipe' : 'inherit', label ? 'pipe' : 'inherit'] });
  if (label) {
    for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => console.log(`${label} ${line}`));
  }
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`build: astro build${label ? ` of ${label}` : ''} failed (exit ${code}); its output is above`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();
}

function sameBytes(a: string, b: string): boolean {
  return readFileSync(a).equals(readFileSync(b));
}

/**
 * Moves the parts' files into the output folder (mergeAction decides which); fails on two different files at one
 * path. A page's folder that the output lacks moves whole (one rename instead of a folder made and a file moved:
 * most of a large site is such folders). Returns the output's files, so that the post-build steps need not walk
 * it again.
 */
function mergeParts(partDirs: readonly string[]): { files: string[]; dropped: number } {
  const files: string[] = [];
  let dropped = 0;
  partDirs.forEach((dir, index) => {
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

/**
 * The post-build steps of astro.config.mjs (the mirror, then Pagefind) over the output's `files`, as Astro runs
 * them after a whole build, each in a process of its own (scripts/post-build.ts).
 */
async function postBuild(files: readonly string[]): Promise<void> {
  const list = join(work, 'pages.json');
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => f.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'));
  writeFileSync(list, JSON.stringify(pages));
  for (const step of ['zh-hant', 'pagefind']) {
    const child = spawn(process.execPath, [resolve('scripts/post-build.ts'), step, list], { stdio: 'inherit' });
    const [code] = (await once(child, 'close')) as [number | null];
    if (code !== 0) throw new Error(`build: the post-build step ${step} failed (exit ${code}); its output is above`);
  }
}

/**
 * The parts' working folders. Each part is an `astro build` with a project root of its own (links to this
 * project's files): Astro writes what one build compiles (.astro/content-modules.mjs, the server chunks) under
 * its root, and two parts in one root would overwrite each other's. Named after the output folder, so that two
 * builds never share them.
 */
const work = join(resolve('.astro'), 'parts', createHash('sha256').update(outDir).digest('hex').slice(0, 12));
const linked = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules'];

function partRoot(index: number): string {
  const root = join(work, String(index));
  mkdirSync(root, { recursive: true });
  for (const name of linked) symlinkSync(resolve(name), join(root, name));
  return root;
}

async function buildInParts(): Promise<void> {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  // Part 0 writes the site-wide pages and compiles no article; parts 1…n render the topics.
  const roots = Array.from({ length: parts + 1 }, (_, i) => partRoot(i));
  const partDirs = roots.map((root) => join(root, 'dist'));
  const articleIndex = join(work, 'articles.json');
  writeArticleIndex(resolve(contentDir, 'articles'), articleIndex);
  console.log(`build: ${articles} articles in ${parts} parts, ${parallel} at a time, beside the part of the site-wide pages`);
  const buildPart = (i: number) => {
    const env = {
      KB_BUILD_PART: `${i}/${parts}`,
      KB_CONTENT_DIR: resolve(contentDir),
      KB_ARTICLE_INDEX: articleIndex,
      KB_ANSWER_PAGES_DIR: outDir,
      KB_OUT_DIR: partDirs[i]!,
      KB_CACHE_DIR: join(roots[i]!, '.cache'),
    };
    return astroBuild(env, roots[i]!, `[part ${i}/${parts}]`);
  };
  let next = 0;
  const lane = async () => {
    while (next <= parts) await buildPart(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, parts + 1) }, lane));
  const rendered = performance.now();
  const merged = mergeParts(partDirs);
  for (const dir of partDirs) rmSync(dirname(dir), { recursive: true, force: true });
  console.log(`build: merged ${merged.files.length} files of ${parts + 1} parts into ${outDir} (${merged.dropped} copies of site-wide files dropped); parts took ${((rendered - started) / 1000).toFixed(1)} s`);
  // The mirror's threads read the site's content from the index too.
  process.env.KB_ARTICLE_INDEX = articleIndex;
  await postBuild(merged.files);
  rmSync(work, { recursive: true, force: true });
  // scripts/bench-scale.ts reads the time off this line.
  console.log(`build: ${parts} parts built, merged and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  if (parts <= 1) await astroBuild({});
  else await buildInParts();
} catch (error) {
  // Nothing half-written: a failed build leaves no output folder to serve or deploy.
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  console.error((error as Error).message);
  process.exit(1);
}
