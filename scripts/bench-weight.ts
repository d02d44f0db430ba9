// Page weight as a reader's browser sees it before any interaction: every request a page makes until the network
// is idle, with the bytes transferred for it (gzipped bodies, as scripts/serve.ts sends them), by kind.
// A fresh browser per page: headless Chromium shares its favicon cache between contexts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** The page of a folder of dist/ (`topics`, `zh-hant/a`) whose HTML is heaviest gzipped: the one closest to its budget. */
export function heaviestPage(dir: string): string {
  // Pages in folders below `dir`: topic pages and the articles' own pages below them (topics/<topic>/<slug>/).
  const pages = readdirSync(join('dist', dir), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html') && file !== 'index.html')
    .map((file) => file.slice(0, -'index.html'.length));
  const size = (page: string) => gzipSync(readFileSync(join('dist', dir, page, 'index.html'))).length;
  return `/${dir}/${pages.reduce((a, b) => (size(b) > size(a) ? b : a))}`;
}

export interface PageWeight {
  requests: number;
  /** Transferred body bytes (gzipped where the server compressed). */
  total: number;
  html: number;
  css: number;
  js: number;
  other: number;
  urls: string[];
}

const kindOf: Record<string, keyof Pick<PageWeight, 'html' | 'css' | 'js'>> = { document: 'html', stylesheet: 'css', script: 'js' };

export async function weigh(launch: () => Promise<Browser>, url: string): Promise<PageWeight> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const requests: import('@playwright/test').Request[] = [];
    page.on('request', (r) => void requests.push(r));
    await page.goto(url, { waitUntil: 'networkidle' });
    const weight: PageWeight = { requests: requests.length, total: 0, html: 0, css: 0, js: 0, other: 0, urls: [] };
    for (const r of requests) {
      const { responseBodySize } = await r.sizes();
      weight.total += responseBodySize;
      weight[kindOf[r.resourceType()] ?? 'other'] += responseBodySize;
      weight.urls.push(`${responseBodySize} ${r.url()}`);
    }
    return weight;
  } finally {
    await browser.close();
  }
}
