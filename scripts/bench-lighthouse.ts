// Lighthouse (its default, mobile preset: a mid-range phone on a slow 4G connection, simulated) on one page,
// in a fresh Chromium each run, the median score of each category over `runs`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumArgs } from './support/browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseResult {
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Audits that cost points in any run, e.g. "seo: canonical". */
  failing: string[];
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One Lighthouse run in a fresh browser. A run that fails to record the page (NO_NAVSTART and the like, seen on a
 * busy machine) is tried again, twice at most: it says nothing about the page. */
async function oneRun(url: string, chromePath: string | undefined, attempt = 1): Promise<Result> {
  // Lighthouse wants the new headless mode; the other flags are the ones the browser tests use.
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromiumArgs.filter((f) => f !== '--headless')],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    if (attempt >= 3) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    console.error(`bench: lighthouse on ${url}: ${lhr.runtimeError.code}; trying again`);
  } finally {
    chrome.kill();
  }
  return oneRun(url, chromePath, attempt + 1);
}

export async function lighthouseScores(url: string, chromePath: string | undefined, runs = 3): Promise<LighthouseResult> {
  const all: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
  const failing = new Set<string>();
  for (let run = 0; run < runs; run++) {
    const lhr = await oneRun(url, chromePath);
    for (const id of categories) {
      const category = lhr.categories[id]!;
      all[id].push(Math.round((category.score ?? 0) * 100));
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${id}: ${ref.id} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
  return { scores: Object.fromEntries(categories.map((c) => [c, median(all[c])])) as Record<Category, number>, failing: [...failing] };
}
