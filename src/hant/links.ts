// Internal links of a Traditional page lead to Traditional pages: a link to one of the site's pages gets the
// /zh-hant/ prefix after the base path; links to anything else (assets, the search index, data files, other
// hosts, fragments) stay as they are. Decided by the list of the build's pages, not by the look of a URL.
import { basePath, variantOfPath, variants } from '../site/variants.ts';

export interface LinkContext {
  /** The base path of the build (BASE_PATH), e.g. "/" or "/kb/". */
  base: string;
  /** SITE_URL: absolute URLs on its origin are internal. */
  site?: string | undefined;
  /** The HTML files of the Simplified build, relative to the output folder ("topics/theft/index.html", "404.html"). */
  pages: ReadonlySet<string>;
}

/** Rewrites a link found on the Simplified page at `pagePath` (a URL path) for its Traditional twin. */
export type LinkRewriter = (url: string, pagePath: string) => string;

const scheme = /^[a-z][a-z0-9+.-]*:/i;
const placeholderOrigin = 'http://page.invalid';

export function createLinkRewriter({ base, site, pages }: LinkContext): LinkRewriter {
  const root = basePath(base);
  const origin = site ? new URL(site).origin : undefined;

  /** A URL path (with the base) that one of the build's HTML files answers. */
  const isPage = (path: string): boolean => {
    if (!path.startsWith(root)) return false;
    let rest: string;
    try {
      rest = decodeURIComponent(path.slice(root.length));
    } catch {
      return false;
    }
    if (rest === '' || rest.endsWith('/')) return pages.has(`${rest}index.html`);
    return pages.has(rest) || pages.has(`${rest}/index.html`);
  };
  const inHant = (path: string) => root + variants.hant.dir + path.slice(root.length);

  return (url, pagePath) => {
    if (url === '' || url.startsWith('#') || url.startsWith('//')) return url;
    const onSite = origin !== undefined && url.startsWith(`${origin}/`);
    if (onSite || url.startsWith('/')) {
      const prefix = onSite ? origin : '';
      const rest = url.slice(prefix.length);
      const path = rest.split(/[?#]/, 1)[0]!;
      if (!isPage(path) || variantOfPath(path, base) === 'hant') return url;
      // Spliced rather than re-serialized: a URL template such as ?q={q} must stay as written.
      return prefix + inHant(rest);
    }
    if (scheme.test(url)) return url;
    // A relative URL means the same on the twin when it lands on the twin of its target.
    const target = new URL(url, placeholderOrigin + pagePath);
    const wanted = isPage(target.pathname) && variantOfPath(target.pathname, base) === 'hans' ? inHant(target.pathname) : target.pathname;
    const onTwin = new URL(url, placeholderOrigin + inHant(pagePath));
    return onTwin.pathname === wanted ? url : wanted + target.search + target.hash;
  };
}
