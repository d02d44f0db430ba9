// Where the site is published and what it is built from, read from the environment in this one place: the Astro
// config, the pages and the build steps outside Astro all take them from here.
//   SITE_URL   the origin the site is served from (canonical links, sitemaps, Open Graph)
//   BASE_PATH  the path the site lives under ("/" or "/kb/")
//   KB_CONTENT_DIR  the content folder (tests build fixture copies of content/)
//   KB_OUT_DIR, KB_CACHE_DIR  where a build writes its output and keeps Astro's cache
//   KB_ARTICLE_INDEX  a JSON file of every article's checked frontmatter, read instead of the MDX files' (a build
//                     given some of the articles' MDX, src/scale/, learns the others' from it)

import { siteUrlOf } from './site-address.ts';

export interface SiteSettings {
  site: string;
  base: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  articleIndex: string | undefined;
}

export function siteSettings(env: Readonly<Record<string, string | undefined>> = process.env): SiteSettings {
  return {
    site: siteUrlOf(env),
    base: env.BASE_PATH || '/',
    contentDir: env.KB_CONTENT_DIR || 'content',
    outDir: env.KB_OUT_DIR || 'dist',
    cacheDir: env.KB_CACHE_DIR || 'node_modules/.astro',
    articleIndex: env.KB_ARTICLE_INDEX || undefined,
  };
}
