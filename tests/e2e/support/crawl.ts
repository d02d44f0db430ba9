// A crawl of a built site on disk: every link, asset, form action, canonical/og:url, copied URL, JSON-LD URL and
// sitemap entry must land on a file of the build, and every #fragment on an id of the page it points to.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface CrawlOptions {
  /** The base path the site was built with (BASE_PATH), e.g. `/` or `/kb/`. */
  base: string;
  /** SITE_URL of the build: absolute URLs on it are internal. */
  site: string;
}

export interface CrawlReport {
  pages: number;
  links: number;
  problems: string[];
}

const crawlOrigin = 'http://crawl.invalid';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The URL path a file of the build is served at. */
function urlPathOf(dir: string, file: string, base: string): string {
  const path = relative(dir, file).split(sep).join('/');
  return base + (path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1'));
}

function attributeValues(html: string): string[] {
  const values = [...html.matchAll(/\s(?:href|src|action|data-copy-url)="([^"]*)"/g)].map((m) => m[1]!);
  const ogUrl = /<meta property="og:url" content="([^"]*)"/.exec(html)?.[1];
  const ldUrls = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) =>
    JSON.stringify(JSON.parse(m[1]!)).match(/"https?:\/\/[^"]*"/g)?.map((s) => s.slice(1, -1)) ?? [],
  );
  return [...values, ...(ogUrl ? [ogUrl] : []), ...ldUrls.filter((u) => !u.startsWith('https://schema.org'))];
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

export function crawlBuild(dir: string, { base, site }: CrawlOptions): CrawlReport {
  const siteOrigin = new URL(site).origin;
  const pages = new Map(htmlFiles(dir).map((file) => [urlPathOf(dir, file, base), readFileSync(file, 'utf8')]));
  const idCache = new Map<string, Set<string>>();
  const problems: string[] = [];
  let links = 0;

  function check(from: string, raw: string): void {
    if (raw.startsWith('data:')) return;
    links++;
    const url = new URL(raw, crawlOrigin + from);
    if (url.origin !== crawlOrigin && url.origin !== siteOrigin) return void problems.push(`${from}: link to another host: ${raw}`);
    if (!url.pathname.startsWith(base)) return void problems.push(`${from}: link outside the base path ${base}: ${raw}`);
    const file = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
    const isDir = existsSync(file) && statSync(file).isDirectory();
    if (isDir && !url.pathname.endsWith('/')) return void problems.push(`${from}: link without its trailing slash: ${raw}`);
    const target = isDir ? join(file, 'index.html') : file;
    if (!existsSync(target)) return void problems.push(`${from}: broken link: ${raw}`);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment) {
      const html = pages.get(url.pathname);
      if (html === undefined) return void problems.push(`${from}: fragment on a page that is not HTML: ${raw}`);
      const ids = idCache.get(url.pathname) ?? idCache.set(url.pathname, idsOf(html)).get(url.pathname)!;
      if (!ids.has(fragment)) problems.push(`${from}: broken anchor: ${raw}`);
    }
  }

  for (const [path, html] of pages) for (const value of attributeValues(html)) check(path, value);
  const sitemap = join(dir, 'sitemap.xml');
  if (!existsSync(sitemap)) problems.push('sitemap.xml is missing');
  else for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)) check(`${base}sitemap.xml`, m[1]!);
  const robots = join(dir, 'robots.txt');
  const sitemapLine = existsSync(robots) ? /^Sitemap: (.*)$/m.exec(readFileSync(robots, 'utf8'))?.[1] : undefined;
  if (!sitemapLine) problems.push('robots.txt is missing or names no sitemap');
  else check(`${base}robots.txt`, sitemapLine);
  return { pages: pages.size, links, problems };
}
