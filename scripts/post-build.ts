// The merge of a build in parts and the steps after it (src/steps/site-steps.ts) over the merged output, each step
// in a process of its own, so that what one holds (the mirror's threads, a converter's memory) is given back
// before the next starts (Pagefind holds gigabytes of its own on a large site). Run as a command, this file is one
// of those steps: `node scripts/post-build.ts <mirror|index> <work folder>`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleOptions } from '../src/scale/options.ts';
import { articleIndexOf, mergeParts, pagesOf, partOutDir, searchFilesOf } from '../src/scale/parts.ts';
import type { SearchFiles } from '../src/search-build/collections.ts';
import { siteSettings } from '../src/site/settings.ts';
import { indexStep, mirrorStep, searchDataStep, type MirrorTables, type SiteBuild } from '../src/steps/site-steps.ts';

const pagesFile = (work: string) => join(work, 'pages.json');
const tablesFile = (work: string) => join(work, 'mirror-tables.json');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function siteBuild(work: string): SiteBuild {
  const settings = siteSettings();
  return {
    outDir: resolve(settings.outDir),
    base: settings.base,
    site: settings.site,
    contentDir: settings.contentDir,
    pages: readJson<string[]>(pagesFile(work)),
    scale: scaleOptions(),
    log: (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [site-steps] ${message}`),
  };
}

const steps: Record<string, (work: string) => Promise<void>> = {
  mirror: async (work) => writeFileSync(tablesFile(work), JSON.stringify(await mirrorStep(siteBuild(work)))),
  index: async (work) => {
    const build = siteBuild(work);
    const index = await indexStep(build);
    await searchDataStep(build, readJson<SearchFiles>(searchFilesOf(work)), readJson<MirrorTables>(tablesFile(work)), index);
  },
};

async function runStep(step: string, work: string): Promise<void> {
  // The mirror's threads read every article's frontmatter: from the index the parts read, when there is one.
  const index = articleIndexOf(work);
  const env = { ...process.env, ...(existsSync(index) ? { KB_ARTICLE_INDEX: index } : {}) };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), step, work], { stdio: 'inherit', env });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`build: the step ${step} failed (exit ${code}); its output is above`);
}

/**
 * Merges parts 1…`count` of `work` into the output folder, then mirrors, indexes and writes the search data (from
 * the search data unit's <work>/search-files.json).
 */
export async function finishParts(work: string, count: number): Promise<void> {
  const outDir = resolve(siteSettings().outDir);
  const partDirs = Array.from({ length: count }, (_, i) => partOutDir(work, i + 1));
  const merged = mergeParts(partDirs, outDir);
  for (const dir of partDirs) rmSync(dir, { recursive: true, force: true });
  console.log(`build: merged ${merged.files.length} files of ${count} parts into ${outDir} (${merged.dropped} copies of site-wide files dropped)`);
  writeFileSync(pagesFile(work), JSON.stringify(pagesOf(merged.files)));
  for (const step of Object.keys(steps)) await runStep(step, work);
}

if (import.meta.main) {
  const [step, work] = process.argv.slice(2);
  const run = step === undefined ? undefined : steps[step];
  if (!run || !work) {
    console.error(`usage: node scripts/post-build.ts <${Object.keys(steps).join('|')}> <work folder>`);
    process.exit(2);
  }
  await run(work);
}
