// sitemap.xml: every page in both scripts (src/lib/sitemap.ts), or, on a site past the protocol's 50,000
// URLs, the index of its parts (src/pages/sitemap-[part].xml.ts).
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-content.ts';
import { sitemapIndex, sitemapParts, urlset, xmlHeaders } from '../lib/sitemap.ts';
import { sitemapPagePaths } from '../lib/sitemap-pages.ts';

export const GET: APIRoute = async () => {
  const paths = sitemapPagePaths(await getSiteContent());
  const parts = sitemapParts(paths.length);
  return new Response(parts > 0 ? sitemapIndex(parts) : urlset(paths), { headers: xmlHeaders });
};
