// schema.org JSON-LD for search engines and link previews. Only facts the content states: an unknown author or
// date is left out, never guessed.
import { variants } from '../site/variants.ts';

export type Thing = Record<string, unknown>;

export interface Crumb {
  name: string;
  url: string;
}

/** The last crumb is the page itself: its address is the page's canonical link (schema.org lets it go unsaid). */
export function breadcrumbList(crumbs: readonly Crumb[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, ...(i < crumbs.length - 1 ? { item: c.url } : {}) })),
  };
}

export interface ArticleFacts {
  headline: string;
  url: string;
  author: string | null;
  published: string | null;
  /** The topic page an answer page belongs to. */
  partOf?: string;
}

export function article(facts: ArticleFacts): Thing {
  return {
    '@type': 'Article',
    headline: facts.headline,
    // The page's address and summary are in its head (canonical link, meta description): the page, not the
    // JSON-LD, says them once; mainEntityOfPage ties the Article to its page.
    mainEntityOfPage: facts.url,
    inLanguage: variants.hans.lang,
    ...(facts.author ? { author: { '@type': 'Person', name: facts.author } } : {}),
    ...(facts.published ? { datePublished: facts.published } : {}),
    ...(facts.partOf ? { isPartOf: { '@type': 'WebPage', url: facts.partOf } } : {}),
  };
}

export interface Question {
  question: string;
  /** The answer's first sentences; the full answer is at `url`. */
  answer: string;
  url: string;
}

export function faqPage(url: string, questions: readonly Question[]): Thing {
  return {
    '@type': 'FAQPage',
    url,
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer, url: q.url },
    })),
  };
}

export function webSite(name: string, url: string, searchUrl: string): Thing {
  return {
    '@type': 'WebSite',
    name,
    url,
    inLanguage: variants.hans.lang,
    potentialAction: { '@type': 'SearchAction', target: `${searchUrl}?q={q}`, 'query-input': 'required name=q' },
  };
}

export function webPage(name: string, description: string, url: string | undefined): Thing {
  return { '@type': 'WebPage', name, description, inLanguage: variants.hans.lang, ...(url ? { url } : {}) };
}

/** JSON that is safe as the text of a `<script>` (no `</script>`, no `<!--`). */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The text of a `<script type="application/ld+json">`: one graph. */
export function jsonLdText(things: readonly Thing[]): string {
  return scriptSafeJson({ '@context': 'https://schema.org', '@graph': things });
}
