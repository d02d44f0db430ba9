// npm run bench:scale -- --articles N [--per-topic 4] [--shard-size 1300] [--per-part 700] [--port 4447] [--profile] [--keep]
// The site grown to N articles: the five real ones plus N − 5 synthetic ones (scripts/bench-synthetic.ts),
// in a temporary copy of the project under the system temp folder. Times `normalize` and `npm run build`'s build
// (Pagefind runs inside it, as a child process), samples the peak memory of the whole process tree, weighs
// dist/, the search index and sample pages, and measures the bytes of a first query in Chromium.
// Prints one table; exits 1 when a goal is missed. Not part of `npm test`. KB_ARTICLES_PER_PART (scripts/build.ts)
// sets where the build switches to parts.
//   --profile   also writes V8 CPU profiles of normalize and the build (node --cpu-prof) and prints their
//               heaviest functions; kept in <temp>/profiles (implies --keep)
//   --shard-size  topic pages per Pagefind run (src/scale/options.ts; default 1,300)
//   --per-part  articles per build part (scripts/build.ts; default 700: a larger site builds in parts)
//   --keep      keep the temporary project (its path is printed) instead of deleting it
//   --reuse <project>  weigh and query a project kept by an earlier run again, with that run's times (no build)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Measured, measure, mib } from './bench-process.ts';
import { firstQuery, kb, launchBrowser, simplifiedQuery } from './bench-search.ts';
import { startServer } from './bench-serve.ts';
import { writeSynthetic } from './bench-synthetic.ts';
import { budgetRow, formatTable, reported, writeBenchmarks, type Row } from './bench-table.ts';
import { topFunctions } from './bench-profile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    'per-topic': { type: 'string', default: '4' },
    'shard-size': { type: 'string' },
    'per-part': { type: 'string' },
    port: { type: 'string', default: '4447' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const articles = Number(values.articles);
const realArticles = readdirSync('content/sources').filter((n) => n.endsWith('.txt')).length;
if (!Number.isInteger(articles) || articles < realArticles) {
  console.error(`bench:scale: --articles N is required, a whole number ≥ ${realArticles} (the real articles are part of it)`);
  process.exit(2);
}
const perTopic = Number(values['per-topic']);
const keep = values.keep || values.profile || values.reuse !== undefined;

/** Goals of issue 5 at 10,000 articles, scaled linearly below that. */
const goals = { secondsPer10k: 300, treeRss: 4 * 2 ** 30, firstQueryBytes: 300 * 1024 };

// The project, without its content, build output and caches; node_modules is linked, not copied.
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public'];

function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), `huabei-kb-scale-${articles}-`));
  for (const name of projectFiles) {
    try {
      cpSync(name, join(root, name), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  cpSync('content/sources', join(root, 'content', 'sources'), { recursive: true });
  cpSync('content/permalinks.json', join(root, 'content', 'permalinks.json'));
  return root;
}

interface Tree {
  bytes: number;
  files: number;
}

function treeSize(dir: string): Tree {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Gzipped size of every page of a kind: the smallest, median and largest. */
function pageSizes(dir: string): { min: number; median: number; max: number; count: number } {
  const sizes = readdirSync(dir, { withFileTypes: true })
    // Folders without a page of their own (topics/page/ holds the topic index's later pages) are not of the kind.
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => gz(join(dir, e.name, 'index.html')))
    .sort((a, b) => a - b);
  return { min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0, count: sizes.length };
}

async function run(step: string, root: string, args: string[], profileDir: string): Promise<Measured> {
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, step)}`] : [];
  console.error(`bench:scale: ${step} …`);
  const m = await measure(process.execPath, [...profile, ...args], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CACHE_DIR: join(root, 'cache'),
      ...(values['shard-size'] ? { KB_PAGEFIND_SHARD_SIZE: values['shard-size'] } : {}),
      ...(values['per-part'] ? { KB_ARTICLES_PER_PART: values['per-part'] } : {}),
    },
  });
  if (m.status !== 0) throw new Error(`bench:scale: ${step} failed (exit ${m.status}):\n${m.log.slice(-4000)}`);
  console.error(`bench:scale: ${step} took ${m.seconds.toFixed(1)} s, peak tree RSS ${mib(m.peakRss)}`);
  return m;
}

/** Normalizes and builds the project, or reads the figures of the run that built it (--reuse). */
async function buildOnce(root: string, profileDir: string): Promise<{ normalize: Measured; build: Measured }> {
  const saved = join(root, 'measured.json');
  if (values.reuse) return JSON.parse(readFileSync(saved, 'utf8')) as { normalize: Measured; build: Measured };
  const t0 = Date.now();
  const synthetic = writeSynthetic({ contentDir: 'content', targetDir: join(root, 'content'), count: articles - realArticles, perTopic });
  console.error(`bench:scale: wrote ${synthetic.articles} synthetic articles (${synthetic.answers} answers) in ${synthetic.topics} topics in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const normalize = await run('normalize', root, ['scripts/normalize.ts'], profileDir);
  const build = await run('build', root, ['scripts/build.ts'], profileDir);
  writeFileSync(saved, JSON.stringify({ normalize, build }));
  return { normalize, build };
}

const root = values.reuse ? resolve(values.reuse) : makeProject();
const profileDir = join(root, 'profiles');
console.error(`bench:scale: temporary project ${root}`);
try {
  const { normalize, build } = await buildOnce(root, profileDir);
  writeFileSync(join(root, 'build.log'), build.log);
  const pagefindSeconds = Number(/indexed \d+ HTML files[^\n]* in ([\d.]+) s/.exec(build.log)?.[1] ?? NaN);
  const mirrored = /mirrored (\d+) pages into [^ ]+ in (\d+) ms[^,]*, (\d+) thread/.exec(build.log);
  // Astro logs "Completed in 728ms.", "… in 43.57s." or "… in 6m 31s.".
  // Per part (a large site is built in parts, two at a time: scripts/build.ts), summed.
  const partLogs = Map.groupBy(build.log.split('\n'), (line) => /^\[part \d+\/\d+\]/.exec(line)?.[0] ?? '');
  const renderings = [...partLogs.values()].map((lines) => /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(lines.join('\n')));
  const renderSeconds = renderings.reduce((sum, r) => sum + (r ? Number(r[1] ?? 0) * 60 + Number(r[2]) / (r[3] === 'ms' ? 1000 : 1) : 0), 0) || NaN;
  const parted = /build: (\d+) articles in (\d+) parts, (\d+) at a time[\s\S]*?parts took ([\d.]+) s/.exec(build.log);

  const dist = join(root, 'dist');
  const site = treeSize(dist);
  const index = treeSize(join(dist, 'pagefind'));
  const answers = pageSizes(join(dist, 'a'));
  const topics = pageSizes(join(dist, 'topics'));
  const home = gz(join(dist, 'index.html'));
  const notFound = gz(join(dist, '404.html'));
  const searchPage = gz(join(dist, 'search', 'index.html'));
  // Every sitemap file within the protocol's 50,000 URLs (sitemap.xml is an index of parts on a large site).
  const sitemaps = readdirSync(dist).filter((n) => /^sitemap(-\d+)?\.xml$/.test(n));
  const sitemapUrls = Math.max(...sitemaps.map((n) => readFileSync(join(dist, n), 'utf8').match(/<url>/g)?.length ?? 0));
  const searchData = statSync(join(dist, 'search', 'data.json')).size;

  const server = await startServer(dist, Number(values.port));
  const browser = await launchBrowser();
  let query;
  try {
    query = await firstQuery(browser, server.origin, simplifiedQuery);
  } finally {
    await browser.close();
    server.stop();
  }

  const seconds = normalize.seconds + build.seconds;
  const per1000 = (seconds / articles) * 1000;
  const s = (n: number) => `${n.toFixed(1)} s`;
  const rows: Row[] = [
    reported('articles / topics / answer pages', `${articles} / ${topics.count} / ${answers.count}`),
    reported('normalize, wall time', s(normalize.seconds)),
    reported('astro build (render + Pagefind), wall time', s(build.seconds)),
    reported('  of which the parts (astro builds, at a time), wall time', parted ? `${s(Number(parted[4]))} (${parted[2]}, ${parted[3]})` : 'one build'),
    reported('  pages rendered (Astro: generating static routes, summed over parts)', s(renderSeconds)),
    reported('  of which the /zh-hant/ mirror (pages, threads)', mirrored ? `${s(Number(mirrored[2]) / 1000)} (${mirrored[1]}, ${mirrored[3]})` : '?'),
    reported('  of which Pagefind (index + sections)', s(pagefindSeconds)),
    budgetRow('seconds per 1,000 articles (normalize + build)', per1000, (goals.secondsPer10k / 10_000) * 1000, (n) => `${n.toFixed(1)} s`),
    budgetRow('peak RSS, normalize process tree', normalize.peakRss, goals.treeRss, mib),
    budgetRow('peak RSS, build process tree (incl. Pagefind)', build.peakRss, goals.treeRss, mib),
    reported('  peak RSS per program', Object.entries(build.peakByName).filter(([, rss]) => rss > 2 ** 20).map(([name, rss]) => `${name} ${mib(rss)}`).join(', ')),
    reported('dist/ size (files)', `${mib(site.bytes)} (${site.files})`),
    reported('search index size, pagefind/ (files, shards)', `${mib(index.bytes)} (${index.files}, ${/in (\d+) shards/.exec(build.log)?.[1] ?? 1})`),
    reported('search/data.json (+ a file per page on a large site)', kb(searchData)),
    reported('home / 404 / search pages, gzipped', `${kb(home)} / ${kb(notFound)} / ${kb(searchPage)}`),
    budgetRow(`sitemap: most URLs in one file (${sitemaps.length} files)`, sitemapUrls, 50_000, String),
    reported(`topic pages, gzipped: median / max (${topics.count})`, `${kb(topics.median)} / ${kb(topics.max)}`),
    reported(`answer pages, gzipped: median / max (${answers.count})`, `${kb(answers.median)} / ${kb(answers.max)}`),
    budgetRow(`first query (${simplifiedQuery}), bytes`, query.bytes, goals.firstQueryBytes, kb),
  ];
  const table = formatTable(`bench:scale --articles ${articles} (--per-topic ${perTopic}) — ${new Date().toISOString().slice(0, 10)}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores`, rows);
  const fetched = query.files.map(([url, bytes]) => `  ${kb(bytes).padStart(9)}  ${url}`);
  console.log(table);
  console.log('first query fetched:');
  console.log(fetched.join('\n'));
  if (!values.reuse) writeBenchmarks(`bench:scale ${articles}`, `## ${articles} articles (npm run bench:scale -- --articles ${articles})\n\n${table}\n\nFirst query fetched:\n\n\`\`\`\n${fetched.join('\n')}\n\`\`\``);
  if (values.profile) {
    for (const step of ['normalize', 'build']) {
      console.log(`\nheaviest functions of ${step} (self time, main thread):`);
      console.log(topFunctions(join(profileDir, step)).join('\n'));
    }
  }
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
} finally {
  if (keep) console.error(`bench:scale: kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
