// sitemap-1.xml, …: the parts of a sitemap too large for one file (none on a site of up to 25,000 pages).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../lib/site-content.ts';
import { partPaths, sitemapParts, urlset, xmlHeaders } from '../lib/sitemap.ts';
import { sitemapPagePaths } from '../lib/sitemap-pages.ts';

export const getStaticPaths = (async () => {
  const content = await getSiteContent();
  const parts = sitemapParts(sitemapPagePaths(content).length);
  return Array.from({ length: parts }, (_, i) => ({ params: { part: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const paths = sitemapPagePaths(await getSiteContent());
  return new Response(urlset(partPaths(paths, Number(params.part))), { headers: xmlHeaders });
};
