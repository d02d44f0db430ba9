// sitemap.xml and its parts: home, topics and current answers (src/lib/sitemap-pages.ts), each in
// Simplified and in Traditional (/zh-hant/), every entry naming both and x-default as hreflang alternates.
// The protocol allows 50,000 URLs per file: a larger site gets a sitemap index (sitemap.xml) naming its
// parts (sitemap-1.xml, …), each a list of the same kind.
import { absoluteUrl, alternatesOf, pathTo, variantPath } from './urls.ts';

/** URLs per sitemap file (the protocol's limit); each page path gives two, one per script. */
export const urlsPerSitemap = 50_000;
const pathsPerSitemap = urlsPerSitemap / 2;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** How many part files `pathCount` page paths need: 0 when sitemap.xml holds them all. */
export function sitemapParts(pathCount: number): number {
  return pathCount > pathsPerSitemap ? Math.ceil(pathCount / pathsPerSitemap) : 0;
}

/** The page paths of part `part` (1-based) of a split sitemap. */
export function partPaths<T>(paths: readonly T[], part: number): T[] {
  return paths.slice((part - 1) * pathsPerSitemap, part * pathsPerSitemap);
}

export const sitemapPartPath = (part: number): string => pathTo(`sitemap-${part}.xml`);

export function urlset(paths: readonly string[]): string {
  const urls = paths.flatMap((path) => {
    const links = alternatesOf(path)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
      .join('\n');
    return (['hans', 'hant'] as const).map((variant) => `  <url>\n    <loc>${escapeXml(absoluteUrl(variantPath(path, variant)))}</loc>\n${links}\n  </url>`);
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

export function sitemapIndex(parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(sitemapPartPath(i + 1)))}</loc>\n  </sitemap>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${entries.join('\n')}\n</sitemapindex>\n`
  );
}

export const xmlHeaders = { 'Content-Type': 'application/xml; charset=utf-8' };
