// The steps that run over the pages Astro wrote, as plain functions, in this order: the answer pages are cut from
// their topic pages, the Traditional mirror is written, Pagefind indexes both scripts, and the search data is
// written, once, with what the index found. The integration (src/integrations/site-steps.ts) runs them after a
// whole build; a build in parts (src/scale/) runs the same functions over the merged parts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { writeAnswerPages } from '../answer-pages/write.ts';
import { createConverter } from '../hant/convert.ts';
import { mirrorSite } from '../hant/mirror-site.ts';
import { mirrorSearchData } from '../hant/search-data.ts';
import { recordForms, type ScriptForms } from '../hant/script-forms.ts';
import type { SiteContent } from '../lib/site-model.ts';
import { isArticlePage } from '../lib/site-urls.ts';
import { buildSearchFiles, type SearchFiles } from '../search-build/collections.ts';
import { indexSite, type IndexedSite } from '../search-build/pagefind-index.ts';
import { addSections } from '../search-build/pagefind-search-data.ts';
import type { SearchData } from '../search-build/search-data.ts';
import { traditionalCharsFor } from '../search-build/traditional-chars.ts';
import { hanCharsOf } from '../search-build/vocabulary.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { withReaders } from '../search/readers.ts';
import { variants } from '../site/variants.ts';

export interface StepSettings {
  shardSize: number;
  pagefindParallel: number;
  pageFilesFrom: number;
  mirrorThreadsFrom: number;
  mirrorThreads: number;
}

export interface SiteBuild {
  /** The output folder. */
  outDir: string;
  base: string;
  site: string;
  contentDir: string;
  /** Site paths of the pages Astro wrote ("topics/theft/"; the answer pages are not among them). */
  pages: readonly string[];
  /** The large-site settings the steps read (src/scale/options.ts). */
  scale: StepSettings;
  log: (message: string) => void;
}

/** The search data files, relative to the output folder, by index language. */
export const searchDataFiles = { 'zh-cn': 'search/data.json', 'zh-hant': `${variants.hant.dir}search/data.json` } as const;
export const pinyinFile = 'search/pinyin.json';
/** The common characters' readings, for the homophone step (src/search/homophones.ts). */
export const readingsFile = 'search/readings.json';
/** The answers' text for the bigram ranking (src/search/bigrams.ts); both scripts' pages read it. */
export const textFile = 'search/text.json';

/** Writes the answer pages of the topics this build wrote (into `writeDir`, default the output). */
export function answerPagesStep(build: SiteBuild, content: SiteContent, writeDir?: string): void {
  const topics = new Set(build.pages.flatMap((page) => /(?:^|\/)topics\/([^/]+)\/$/.exec(page)?.[1] ?? []));
  const started = performance.now();
  const written = writeAnswerPages({ outDir: build.outDir, writeDir, base: build.base, site: build.site, content, topics });
  build.log(`wrote ${written} answer pages from the pages of their articles in ${(performance.now() - started).toFixed(0)} ms`);
}

/** What the mirror learnt that the Traditional search data needs: the site's Traditional forms of each character. */
export interface MirrorTables {
  forms: ScriptForms;
  /** The Traditional characters a reader may type whose Simplified forms are the site's. */
  traditional: string;
}

/** Writes the /zh-hant/ twin of every page. */
export async function mirrorStep(build: SiteBuild): Promise<MirrorTables> {
  const forms = recordForms();
  const converter = createConverter({ observe: forms.observe });
  const workers = Math.min(build.scale.mirrorThreads, availableParallelism());
  const mirrored = await mirrorSite({ outDir: build.outDir, base: build.base, site: build.site, converter, workers, parallelFrom: build.scale.mirrorThreadsFrom, addForms: forms.add });
  const readersChars = [...withReaders(loadThesaurus()).keys()].join('');
  const traditional = traditionalCharsFor(new Set([...forms.counts().map(([char]) => char), ...hanCharsOf(readersChars)]));
  const { hits, misses } = converter.stats;
  const { threads } = mirrored;
  build.log(
    `mirrored ${mirrored.pages} pages into ${variants.hant.dir} in ${mirrored.ms.toFixed(0)} ms (${(mirrored.ms / mirrored.pages).toFixed(2)} ms per page, ${threads} thread${threads > 1 ? 's' : ''}; ` +
      `${misses} distinct texts converted, ${hits} repeats answered from memory)`,
  );
  return { forms: forms.forms(), traditional };
}

/** Indexes the pages that carry articles, and their twins, with Pagefind. */
export async function indexStep(build: SiteBuild): Promise<IndexedSite> {
  const started = performance.now();
  // The pages that hold indexed text (`data-pagefind-body`): those that carry an article (tests/e2e/crawl.spec.ts).
  const pages = build.pages.filter(isArticlePage);
  const { scale } = build;
  const site = await indexSite({
    site: build.outDir,
    pages,
    mirrors: [variants.hant.dir],
    languages: Object.keys(searchDataFiles),
    shardSize: scale.shardSize,
    parallel: scale.pagefindParallel,
    countFrom: scale.pageFilesFrom,
    log: build.log,
  });
  // scripts/bench-scale.ts reads the time off this line.
  build.log(`indexed ${pages.length * 2} HTML files into ${join(build.outDir, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return site;
}

/** Writes the search data of both scripts, the pinyin map and the readings: the only writer of these files. */
export async function searchDataStep(build: SiteBuild, files: SearchFiles, tables: MirrorTables, index: IndexedSite): Promise<void> {
  const byLanguage: Record<keyof typeof searchDataFiles, SearchData> = {
    'zh-cn': files.data,
    'zh-hant': mirrorSearchData(files.data, createConverter(), tables.forms, tables.traditional),
  };
  for (const [language, file] of Object.entries(searchDataFiles) as [keyof typeof searchDataFiles, string][]) {
    const target = join(build.outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    const data = await addSections(structuredClone(byLanguage[language]), target, build.outDir, index.shardDirs, language, index.runs.get(language)!, build.scale.pageFilesFrom);
    writeFileSync(target, JSON.stringify(data));
    // A site with page files never fetches the answers' text whole (its size grows with the site).
    if (language === 'zh-cn' && files.texts && !data.pageFiles) writeFileSync(join(build.outDir, textFile), JSON.stringify(files.texts));
  }
  writeFileSync(join(build.outDir, pinyinFile), JSON.stringify(files.pinyin));
  writeFileSync(join(build.outDir, readingsFile), JSON.stringify(files.readings));
}

/** Every step, in order, over a whole build. */
export async function runSiteSteps(build: SiteBuild, content: SiteContent): Promise<void> {
  answerPagesStep(build, content);
  const files = buildSearchFiles(content, build.contentDir);
  const tables = await mirrorStep(build);
  const index = await indexStep(build);
  await searchDataStep(build, files, tables, index);
}
