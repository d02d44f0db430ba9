// The units of work of a large site's build (src/scale/parts.ts), each a command over files, for a runner that
// spreads them over machines (.github/workflows/build-large.yml) or over cores (scripts/build.ts):
//   node scripts/parts.ts plan                  writes the article index; prints {"parts":[1,…,n]} (a CI matrix)
//   node scripts/parts.ts part <i>/<n>          builds part i of n into <work>/<i>/dist, its answer pages included
//   node scripts/parts.ts search-data           writes the search data and pinyin map to <work>/search-files.json
//   node scripts/parts.ts merge <n>             merges parts 1…n into the output, then mirrors, indexes and writes
//                                               the search data
// Every command takes --work <folder> (default: .astro/parts/<hash of the output folder>).
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleMetas } from '../src/lib/article-files.ts';
import { readSiteModel } from '../src/lib/site-model.ts';
import { parseBuildPart } from '../src/scale/build-part.ts';
import { partCount, scaleOptions } from '../src/scale/options.ts';
import { articleCount, articleIndexOf, buildPart, preparePart, searchFilesOf, workDirOf, writeIndex } from '../src/scale/parts.ts';
import { buildSearchFiles } from '../src/search-build/collections.ts';
import { siteSettings } from '../src/site/settings.ts';
import { finishParts } from './post-build.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { work: { type: 'string' } } });
const [command, arg] = positionals;
const settings = siteSettings();
const work = resolve(values.work ?? workDirOf(settings.outDir));

try {
  if (command === 'plan') {
    rmSync(work, { recursive: true, force: true });
    writeIndex(settings.contentDir, work);
    const parts = partCount(articleCount(settings.contentDir), scaleOptions());
    console.log(JSON.stringify({ parts: Array.from({ length: parts }, (_, i) => i + 1) }));
  } else if (command === 'part' && arg) {
    const part = parseBuildPart(arg);
    preparePart(settings.contentDir, work, readArticleMetas('', articleIndexOf(work)), part);
    await buildPart(work, part);
  } else if (command === 'search-data') {
    const content = readSiteModel(settings.contentDir, articleIndexOf(work));
    writeFileSync(searchFilesOf(work), JSON.stringify(buildSearchFiles(content, settings.contentDir)));
  } else if (command === 'merge' && arg) {
    await finishParts(work, Number(arg));
  } else {
    console.error('usage: node scripts/parts.ts <plan | part <i>/<n> | search-data | merge <n>> [--work <folder>]');
    process.exit(2);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
