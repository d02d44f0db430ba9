// The settings of the large-site path, in one typed object validated with zod, read from the environment in this
// one place (scripts/build.ts, astro.config.mjs and the post-build steps all call scaleOptions()). Every field has
// a default that suits this machine (two cores, 8 GB); docs/scale.md explains each mechanism they tune.
import { z } from 'astro/zod';

const count = z.coerce.number().int().positive();

export const scaleOptionsSchema = z.object({
  /** Sites with more articles than this are built in parts (a build in one part renders on one core). */
  partsFrom: count.default(500),
  /** Most articles in one build part: a part's memory grows with its articles. */
  articlesPerPart: count.default(1000),
  /** Build parts at a time, each an `astro build` in a process of its own. */
  parallel: count.default(2),
  /** Forces this many parts of topics (tests build the real site in parts to compare it with a whole build). */
  parts: count.optional(),
  /**
   * Most pages of one language per Pagefind run: a run holds about 2.4 MB per page of the synthetic topic pages,
   * so 1,300 keep it near 3 GB. A larger site gets more shards, of equal size.
   */
  shardSize: count.default(1300),
  /** Pagefind runs at a time: a run already keeps two cores busy and each holds its pages in memory. */
  pagefindParallel: count.default(1),
  /** Indexed pages of one language from which the search data is split into a file per page. */
  pageFilesFrom: count.default(200),
  /** Pages from which the Traditional mirror converts in worker threads (starting them costs more below). */
  mirrorThreadsFrom: count.default(2000),
  /** Most worker threads of the mirror (at most one per core). */
  mirrorThreads: count.default(2),
  /** Set by the build in parts for each part's `astro build` (src/scale/parts.ts): "index/count". */
  part: z.string().regex(/^\d+\/\d+$/, 'expected "index/count", e.g. "2/8"').optional(),
  /** Set with `part`: where the part writes its answer pages. */
  answerPagesInto: z.string().optional(),
});

export type ScaleOptions = z.infer<typeof scaleOptionsSchema>;

/** The environment variable of each setting. */
export const scaleEnv: Readonly<Record<keyof ScaleOptions, string>> = {
  partsFrom: 'KB_PARTS_FROM',
  articlesPerPart: 'KB_ARTICLES_PER_PART',
  parallel: 'KB_BUILD_PARALLEL',
  parts: 'KB_BUILD_PARTS',
  shardSize: 'KB_PAGEFIND_SHARD_SIZE',
  pagefindParallel: 'KB_PAGEFIND_PARALLEL',
  pageFilesFrom: 'KB_PAGE_FILES_FROM',
  mirrorThreadsFrom: 'KB_MIRROR_THREADS_FROM',
  mirrorThreads: 'KB_MIRROR_THREADS',
  part: 'KB_BUILD_PART',
  answerPagesInto: 'KB_ANSWER_PAGES_DIR',
};

/** The settings from `env` (unset or empty variables take their defaults); a bad value names its variable. */
export function scaleOptions(env: Readonly<Record<string, string | undefined>> = process.env): ScaleOptions {
  const raw = Object.fromEntries(Object.entries(scaleEnv).flatMap(([key, name]) => (env[name] ? [[key, env[name]]] : [])));
  const parsed = scaleOptionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path[0] as keyof ScaleOptions;
    return `${scaleEnv[key]}=${JSON.stringify(env[scaleEnv[key]])}: ${issue.message}`;
  });
  throw new Error(`large-site settings: ${problems.join('; ')} (see docs/scale.md)`);
}

/**
 * Parts of topics for a site of `articles` articles: one below `partsFrom`; else at least `parallel`, and once
 * the parts take several rounds, as many as fill every round's lanes (the part of the site-wide pages takes one
 * lane), so that the last part never runs alone with a core idle.
 */
export function partCount(articles: number, options: ScaleOptions): number {
  if (options.parts) return options.parts;
  if (articles <= options.partsFrom) return 1;
  const sized = Math.ceil(articles / options.articlesPerPart);
  return sized > options.parallel ? Math.ceil((sized + 1) / options.parallel) * options.parallel - 1 : Math.max(options.parallel, sized);
}
