// Writes the Traditional twin of every page of a finished build under <outDir>/zh-hant/, one file at a time
// (memory stays bounded however large the site grows), with one converter for the whole build, or, for a large
// build, one per worker thread, each converting a contiguous share of the pages (the same shares every build).
// An answer page's twin is cut from its topic page's twin (src/answer-pages/hant.ts), as the Simplified one was
// cut from the topic page, right after that twin is written: most of a large site's pages are answer pages, and
// the topic page already holds their text converted. The cut marks (src/lib/cut-marks.ts) are removed from each
// page and its twin here, once both scripts' answer pages are cut.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hantAnswerPageHtml } from '../answer-pages/hant.ts';
import { answersOfArticle, articlePageFile, articlePageOf } from '../answer-pages/write.ts';
import { withoutCutMarks } from '../lib/cut-marks.ts';
import { readSiteModel, type SiteContent } from '../lib/site-model.ts';
import { siteUrls } from '../lib/site-urls.ts';
import { createConverter, type Converter } from './convert.ts';
import { createLinkRewriter } from './links.ts';
import { mirrorHtml, type MirrorRules } from './mirror-html.ts';
import type { FormCounts } from './script-forms.ts';
import { switchLinkHtml } from '../lib/switch-link.ts';
import { basePath, pathInVariant, variants } from '../site/variants.ts';

export interface MirrorSiteOptions {
  outDir: string;
  base: string;
  site?: string | undefined;
  converter?: Converter;
  /**
   * Worker threads to convert in (default 1: this thread, with `converter`). Each has its own converter; what
   * they saw reaches `addForms`, and their conversions count in `converter.stats`.
   */
  workers?: number;
  addForms?: (counts: FormCounts) => void;
  /**
   * Pages of the output (answer pages included: Astro's list of the pages it rendered lacks them) from which the
   * mirror uses `workers` threads; below, one (default 0: always `workers`).
   */
  parallelFrom?: number;
  /** Whether the output has answer pages cut from topic pages, cut here the same way (default true). */
  answerPages?: boolean;
}

/**
 * What one thread mirrors: share `index` of `count` contiguous shares of the build's pages (`allFiles`, by which
 * links are rewritten too), the answer pages left out: they come with their topic page.
 */
export interface MirrorShare {
  outDir: string;
  base: string;
  site?: string | undefined;
  allFiles: readonly string[];
  share: { index: number; count: number };
  answerPages: boolean;
}

/** The answer pages cut from topic pages (src/answer-pages/): every current answer's. */
export function answerPageFiles(content: SiteContent): Set<string> {
  return new Set(content.answers.map((a) => `a/${a.id}/index.html`));
}

export interface ShareReport {
  stats: { hits: number; misses: number };
  forms: FormCounts;
}

export interface MirrorReport {
  pages: number;
  threads: number;
  ms: number;
  converter: Converter;
}

/** Folders of the output that hold no pages of their own. */
const notPages = [variants.hant.dir, 'pagefind/', '_astro/'];

/** The Simplified build's HTML files, relative to the output folder, with "/" separators. */
export async function simplifiedPages(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.html') && !notPages.some((dir) => f.startsWith(dir)))
    .sort();
}

/** The URL path an HTML file of the build is served at ("topics/theft/index.html" → "/topics/theft/"). */
export function urlPathOf(file: string, base: string): string {
  return basePath(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

/** How the mirror converts the page at `pagePath` (a URL path) of a build whose HTML files are `pages`. */
export function mirrorRules({ base, site, pages }: { base: string; site?: string | undefined; pages: ReadonlySet<string> }, converter: Converter): (pagePath: string) => MirrorRules {
  const link = createLinkRewriter({ base, site, pages });
  const switchBack = (href: string) => switchLinkHtml('hans', pathInVariant(href, 'hans', base));
  return (pagePath) => ({ convert: converter, link: (url: string) => link(url, pagePath), switchBack });
}

/** Writes the twins of `files`, and of the answer pages of the article pages among them. */
export async function mirrorFiles({ outDir, base, site, allFiles, share, answerPages }: MirrorShare, converter: Converter): Promise<void> {
  // Each thread reads the content itself: the thread that starts them then holds none of it while Pagefind runs.
  const content = answerPages ? readSiteModel() : undefined;
  const cut = content ? answerPageFiles(content) : new Set<string>();
  const pages = allFiles.filter((f) => !cut.has(f));
  const size = Math.ceil(pages.length / share.count);
  const files = pages.slice(share.index * size, (share.index + 1) * size);
  const rules = mirrorRules({ base, site, pages: new Set(allFiles) }, converter);
  const urls = siteUrls(base, site);
  const articlePages = new Map(content?.articles.map((a) => [articlePageFile(a, content), a]));
  // Synchronous file calls: a page is read, converted and written in about a millisecond, and each await of an
  // asynchronous call left the thread idle for as long again (half the mirror's time, measured).
  const made = new Set<string>();
  const write = (file: string, html: string) => {
    const target = join(outDir, variants.hant.dir, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, html);
    return target;
  };
  for (const file of files) {
    const source = join(outDir, file);
    const html = readFileSync(source, 'utf8');
    const twin = await mirrorHtml(html, rules(urlPathOf(file, base)));
    const target = write(file, withoutCutMarks(twin));
    const article = articlePages.get(file);
    if (article && content) {
      const page = articlePageOf(target, twin, article);
      for (const answer of answersOfArticle(article, content)) {
        write(`a/${answer.id}/index.html`, await hantAnswerPageHtml(page, answer, content, urls, (made, pagePath) => mirrorHtml(made, rules(pagePath))));
      }
    }
    // The answer pages of both scripts are cut: the page's cut marks have served.
    const plain = withoutCutMarks(html);
    if (plain !== html) writeFileSync(source, plain);
  }
}

function inWorker(share: MirrorShare): Promise<ShareReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./mirror-worker.ts', import.meta.url), { workerData: share });
    let report: ShareReport | undefined;
    worker.once('message', (message: ShareReport) => (report = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (report && code === 0 ? resolve(report) : reject(new Error(`hant: a mirror worker stopped (exit ${code})`))));
  });
}

export async function mirrorSite({ outDir, base, site, converter = createConverter(), workers: threads = 1, parallelFrom = 0, addForms, answerPages = true }: MirrorSiteOptions): Promise<MirrorReport> {
  const started = performance.now();
  const allFiles = await simplifiedPages(outDir);
  const workers = allFiles.length >= parallelFrom ? threads : 1;
  if (workers <= 1) {
    await mirrorFiles({ outDir, base, site, allFiles, share: { index: 0, count: 1 }, answerPages }, converter);
  } else {
    const shares = Array.from({ length: workers }, (_, index) => ({ index, count: workers }));
    const reports = await Promise.all(shares.map((share) => inWorker({ outDir, base, site, allFiles, share, answerPages })));
    for (const report of reports) {
      converter.stats.hits += report.stats.hits;
      converter.stats.misses += report.stats.misses;
      addForms?.(report.forms);
    }
  }
  return { pages: allFiles.length, threads: workers, ms: performance.now() - started, converter };
}
