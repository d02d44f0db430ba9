// What a page's <head> says about the page itself: title, description, canonical and alternate URLs, Open Graph
// and JSON-LD. BaseLayout writes it for every page Astro renders, and the answer pages, cut from their topic page
// after the build (src/answer-pages/), replace their topic page's with theirs: one markup for both.
import { variants } from '../site/variants.ts';
import { escapeAttribute as attr, escapeText as text } from './escape.ts';
import type { Alternate } from './site-urls.ts';
import { siteName } from './site.ts';
import { jsonLdText, type Thing } from './structured-data.ts';

export interface PageHead {
  /** The page's own title (Open Graph); the document title adds the site name. */
  title: string;
  description: string;
  /** Absolute; a page without one (404) is not indexed. */
  canonical?: string | undefined;
  alternates: readonly Alternate[];
  ogType: 'website' | 'article';
  graph: readonly Thing[];
}

/** The first element pageHeadHtml writes, and its last element's end: where a page's own head is in its HTML. */
export const pageHeadStart = '<title>';
export const pageHeadEnd = '</script>';

export function pageHeadHtml({ title, description, canonical, alternates, ogType, graph }: PageHead): string {
  const fullTitle = title === siteName ? siteName : `${title}｜${siteName}`;
  return [
    `<title>${text(fullTitle)}</title>`,
    `<meta name="description" content="${attr(description)}">`,
    canonical ? `<link rel="canonical" href="${attr(canonical)}">` : '<meta name="robots" content="noindex">',
    ...alternates.map((a) => `<link rel="alternate" hreflang="${attr(a.hreflang)}" href="${attr(a.href)}">`),
    '<meta name="color-scheme" content="light dark">',
    // No favicon request: the page budget counts every request.
    '<link rel="icon" href="data:,">',
    `<meta property="og:type" content="${ogType}">`,
    `<meta property="og:title" content="${attr(title)}">`,
    `<meta property="og:description" content="${attr(description)}">`,
    canonical ? `<meta property="og:url" content="${attr(canonical)}">` : '',
    `<meta property="og:site_name" content="${siteName}">`,
    `<meta property="og:locale" content="${variants.hans.ogLocale}">`,
    '<meta name="twitter:card" content="summary">',
    `<script type="application/ld+json">${jsonLdText(graph)}</script>`,
  ].join('');
}
