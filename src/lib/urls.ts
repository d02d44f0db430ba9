// Every internal URL is built here, so that BASE_PATH and the /zh-hant/ variant change one place.
// Paths are base-relative and always end in a slash (astro.config.mjs: trailingSlash 'always').
// Pages are rendered in Simplified; src/integrations/zh-hant.ts writes each one's Traditional twin.
import { pathInVariant, variants, type Variant } from '../hant/variants.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path such as `topics/theft/` → `/topics/theft/` (or `/kb/topics/theft/` under BASE_PATH=/kb). */
export function pathTo(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const homePath = (): string => pathTo();
export const searchPath = (): string => pathTo('search/');
export const topicPath = (slug: string, fragment?: string): string => pathTo(`topics/${slug}/`) + (fragment ? `#${fragment}` : '');
export const answerPath = (id: string): string => pathTo(`a/${id}/`);
/** A page of the topic index of a large site (src/lib/topic-listing.ts): `/topics/`, `/topics/page/2/`, … */
export const topicIndexPath = (page = 1): string => pathTo(page === 1 ? 'topics/' : `topics/page/${page}/`);

/** The same page in a variant: `/topics/theft/` → `/zh-hant/topics/theft/` (and back). */
export const variantPath = (path: string, variant: Variant): string => pathInVariant(path, variant, base);

/** The absolute URL of a path from `pathTo` (canonical, og:url, JSON-LD, copied links), on SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** A page in every variant, for hreflang: Simplified (also x-default: the stored text) and Traditional. */
export function alternatesOf(path: string): Alternate[] {
  const simplified = absoluteUrl(variantPath(path, 'hans'));
  return [
    { hreflang: variants.hans.hreflang, href: simplified },
    { hreflang: variants.hant.hreflang, href: absoluteUrl(variantPath(path, 'hant')) },
    { hreflang: 'x-default', href: simplified },
  ];
}
