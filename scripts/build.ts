// npm run build: `astro build` of the site. A large site (src/scale/options.ts: more than 500 articles) is built
// in parts instead, the units of work of scripts/parts.ts run on this machine: the parts and the search data unit
// `parallel` at a time, then the merge and the steps after it. docs/scale.md explains the mechanisms.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBuildPart } from '../src/scale/build-part.ts';
import { partCount, scaleOptions } from '../src/scale/options.ts';
import { articleCount, buildPart, preparePart, workDirOf, writeIndex } from '../src/scale/parts.ts';
import { siteSettings } from '../src/site/settings.ts';
import { missingSiteUrlNotice } from '../src/site/site-address.ts';
import { finishParts } from './post-build.ts';

const settings = siteSettings();
const scale = scaleOptions();
const outDir = resolve(settings.outDir);
const articles = articleCount(settings.contentDir);
const parts = partCount(articles, scale);
const work = workDirOf(outDir);

/** Runs `node args` with this process's output; rejects when it fails. */
async function run(args: string[], what: string): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`build: ${what} failed (exit ${code}); its output is above`);
}

async function buildInParts(): Promise<void> {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  const metas = writeIndex(settings.contentDir, work);
  console.log(`build: ${articles} articles in ${parts} parts, ${scale.parallel} at a time, beside the search data`);
  // The search data first: it takes about as long as a part. Each part writes its answer pages straight into the
  // output (on one machine, moving 100,000 page folders at the merge would cost time for nothing).
  const units = [
    () => run([resolve('scripts/parts.ts'), 'search-data', '--work', work], 'the search data'),
    ...Array.from({ length: parts }, (_, i) => () => {
      const part = parseBuildPart(`${i + 1}/${parts}`);
      preparePart(settings.contentDir, work, metas, part);
      return buildPart(work, part, outDir);
    }),
  ];
  let next = 0;
  const lane = async () => {
    while (next < units.length) await units[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(scale.parallel, units.length) }, lane));
  console.log(`build: parts took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await finishParts(work, parts);
  rmSync(work, { recursive: true, force: true });
  // scripts/bench-scale.ts reads the time off this line.
  console.log(`build: ${parts} parts built, merged and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  if (parts <= 1) await run([resolve('node_modules/astro/bin/astro.mjs'), 'build'], 'astro build');
  else await buildInParts();
  // Last, where it is seen: a site deployed with localhost links in its canonical URLs and sitemap fails silently.
  const notice = missingSiteUrlNotice(process.env);
  if (notice) console.warn(notice);
} catch (error) {
  // Nothing half-written: a failed build leaves no output folder to serve or deploy.
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  console.error((error as Error).message);
  process.exit(1);
}
