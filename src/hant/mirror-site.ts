// Writes the Traditional twin of every page of a finished build under <outDir>/zh-hant/, one file at a time
// (memory stays bounded however large the site grows), with one converter for the whole build.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { createConverter, type Converter } from './convert.ts';
import { createLinkRewriter } from './links.ts';
import { mirrorHtml } from './mirror-html.ts';
import { switchLinkHtml } from './switch-link.ts';
import { basePath, pathInVariant, variants } from './variants.ts';

export interface MirrorSiteOptions {
  outDir: string;
  base: string;
  site?: string | undefined;
  converter?: Converter;
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

export async function mirrorSite({ outDir, base, site, converter = createConverter() }: MirrorSiteOptions): Promise<MirrorReport> {
  const started = performance.now();
  const files = await simplifiedPages(outDir);
  const link = createLinkRewriter({ base, site, pages: new Set(files) });
  const switchBack = (href: string) => switchLinkHtml('hans', pathInVariant(href, 'hans', base));
  for (const file of files) {
    const pagePath = urlPathOf(file, base);
    const html = await readFile(join(outDir, file), 'utf8');
    const twin = await mirrorHtml(html, { convert: converter, link: (url) => link(url, pagePath), switchBack });
    const target = join(outDir, variants.hant.dir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, twin);
  }
  return { pages: files.length, ms: performance.now() - started, converter };
}
