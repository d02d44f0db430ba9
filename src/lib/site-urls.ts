// Every internal URL of a site published at `site` under `base`. Pure, so that the pages (src/lib/urls.ts, bound
// to Astro's BASE_URL and SITE) and the build steps outside Astro (src/answer-pages/) build them one way.
// Paths are base-relative and always end in a slash (astro.config.mjs: trailingSlash 'always').
import { pathInVariant, variants, type Variant } from '../site/variants.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * Whether `path` (topics/theft/ or topics/theft/<slug>/, after any base) is that of a page that carries an article:
 * a topic page or an article's own page (`articlePath`), whose slug starts with a letter, so that the topic index's
 * pages (topics/page/<n>/) are not.
 */
export function isArticlePage(path: string): boolean {
  return /(?:^|\/)topics\/[^/]+\/(?:[a-z][a-z0-9-]*\/)?$/.test(path);
}

/** `site` may be read when a URL is made (the pages read Astro's SITE, which tests set after importing). */
export function siteUrls(baseUrl: string, site: string | undefined | (() => string | undefined)) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  /** A site path such as `topics/theft/` → `/topics/theft/` (or `/kb/topics/theft/` under BASE_PATH=/kb). */
  const pathTo = (path = ''): string => base + path.replace(/^\/+/, '');
  /** The same page in a variant: `/topics/theft/` → `/zh-hant/topics/theft/` (and back). */
  const variantPath = (path: string, variant: Variant): string => pathInVariant(path, variant, base);
  /** The absolute URL of a path from `pathTo` (canonical, og:url, JSON-LD, copied links), on SITE_URL. */
  const absoluteUrl = (path: string): string => new URL(path, typeof site === 'function' ? site() : site).href;
  return {
    pathTo,
    variantPath,
    absoluteUrl,
    homePath: (): string => pathTo(),
    searchPath: (): string => pathTo('search/'),
    topicPath: (slug: string, fragment?: string): string => pathTo(`topics/${slug}/`) + (fragment ? `#${fragment}` : ''),
    /** The page that carries an article's text: its topic page, or its own page (`ownPageOf` in site-model.ts). */
    articlePath: (topic: string, ownPage: string | undefined, fragment?: string): string =>
      pathTo(`topics/${topic}/${ownPage ? `${ownPage}/` : ''}`) + (fragment ? `#${fragment}` : ''),
    answerPath: (id: string): string => pathTo(`a/${id}/`),
    /** A page of the topic index of a large site (src/lib/topic-listing.ts): `/topics/`, `/topics/page/2/`, … */
    topicIndexPath: (page = 1): string => pathTo(page === 1 ? 'topics/' : `topics/page/${page}/`),
    /** A page in every variant, for hreflang: Simplified (also x-default: the stored text) and Traditional. */
    alternatesOf: (path: string): Alternate[] => {
      const simplified = absoluteUrl(variantPath(path, 'hans'));
      return [
        { hreflang: variants.hans.hreflang, href: simplified },
        { hreflang: variants.hant.hreflang, href: absoluteUrl(variantPath(path, 'hant')) },
        { hreflang: 'x-default', href: simplified },
      ];
    },
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;
