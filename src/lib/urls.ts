// Every internal URL is built here, so that BASE_PATH (and later a /zh-hant/ prefix) changes one place.
// Paths are base-relative and always end in a slash (astro.config.mjs: trailingSlash 'always').

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path such as `topics/theft/` → `/topics/theft/` (or `/kb/topics/theft/` under BASE_PATH=/kb). */
export function pathTo(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const homePath = (): string => pathTo();
export const searchPath = (): string => pathTo('search/');
export const topicPath = (slug: string, fragment?: string): string => pathTo(`topics/${slug}/`) + (fragment ? `#${fragment}` : '');
export const answerPath = (id: string): string => pathTo(`a/${id}/`);

/** The absolute URL of a path from `pathTo` (canonical, og:url, JSON-LD, copied links), on SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}
