// The address the site is published at (SITE_URL): canonical links, og:url, JSON-LD, the sitemap and robots.txt
// are absolute on it. Copied links are not: the page script builds them on the reader's own origin
// (src/components/enhancements/copy-links.ts), so a build served anywhere shares working links.

/** What a build without SITE_URL writes into its absolute links. */
export const localSiteUrl = 'http://localhost:4321';

/** The site URL of a build: SITE_URL, checked, or the local address when it is not set. */
export function siteUrlOf(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim();
  if (!value) return localSiteUrl;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL="${value}" is not an http(s) address; set it to the address readers will use, e.g. SITE_URL=https://kb.example.org`);
  }
  return value;
}

/** The one line a build without SITE_URL ends with, or undefined when the build has one. */
export function missingSiteUrlNotice(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return `build: SITE_URL is not set, so canonical links, og:url, JSON-LD, sitemap.xml and robots.txt point to ${localSiteUrl}; to deploy, build with SITE_URL=https://your.host npm run build (README, Deploying)`;
}
