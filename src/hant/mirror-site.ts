// Writes the Traditional twin of every page of a finished build under <outDir>/zh-hant/, one file at a time
// (memory stays bounded however large the site grows), with one converter for the whole build, or, for a large
// build, one per worker thread, each converting a contiguous share of the pages (the same shares every build).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createConverter, type Converter } from './convert.ts';
import { createLinkRewriter } from './links.ts';
import { mirrorHtml } from './mirror-html.ts';
import type { FormCounts } from './script-forms.ts';
import { switchLinkHtml } from './switch-link.ts';
import { basePath, pathInVariant, variants } from './variants.ts';

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
}

/** What one thread mirrors: its pages, and every page of the build (links are rewritten by that list). */
export interface MirrorShare {
  outDir: string;
  base: string;
  site?: string | undefined;
  files: readonly string[];
  allFiles: readonly string[];
}

export interface ShareReport {
  stats: { hits: number; misses: number };
  forms: FormCounts;
}

export interface MirrorReport {
  pages: number;
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

/** Writes the twins of `files`. */
export async function mirrorFiles({ outDir, base, site, files, allFiles }: MirrorShare, converter: Converter): Promise<void> {
  const link = createLinkRewriter({ base, site, pages: new Set(allFiles) });
  const switchBack = (href: string) => switchLinkHtml('hans', pathInVariant(href, 'hans', base));
  // Synchronous file calls: a page is read, converted and written in about a millisecond, and each await of an
  // asynchronous call left the thread idle for as long again (half the mirror's time, measured).
  const made = new Set<string>();
  for (const file of files) {
    const pagePath = urlPathOf(file, base);
    const html = readFileSync(join(outDir, file), 'utf8');
    const twin = await mirrorHtml(html, { convert: converter, link: (url) => link(url, pagePath), switchBack });
    const target = join(outDir, variants.hant.dir, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, twin);
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

export async function mirrorSite({ outDir, base, site, converter = createConverter(), workers = 1, addForms }: MirrorSiteOptions): Promise<MirrorReport> {
  const started = performance.now();
  const files = await simplifiedPages(outDir);
  if (workers <= 1) {
    await mirrorFiles({ outDir, base, site, files, allFiles: files }, converter);
  } else {
    const size = Math.ceil(files.length / workers);
    const shares = Array.from({ length: workers }, (_, k) => files.slice(k * size, (k + 1) * size));
    const reports = await Promise.all(shares.map((share) => inWorker({ outDir, base, site, files: share, allFiles: files })));
    for (const report of reports) {
      converter.stats.hits += report.stats.hits;
      converter.stats.misses += report.stats.misses;
      addForms?.(report.forms);
    }
  }
  return { pages: files.length, ms: performance.now() - started, converter };
}
