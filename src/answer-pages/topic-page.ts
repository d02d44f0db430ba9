// A built topic page read as the template of its answer pages: where its own head, its 简/繁 switch, its main
// content and each article's answers are in its HTML. Only markup this site's components write is read (a topic
// page, Simplified or its Traditional twin), so plain searches for their exact markup suffice; anything missing
// is an error that names the page and the component to look at, never a page cut wrong.
import { pageHeadEnd, pageHeadStart } from '../lib/page-head.ts';

/** One `<div class="answer">` of an article's text: an answer (its heading and text) or the introduction. */
export interface Section {
  /** The answer's id (that of its heading); undefined for text before the first heading. */
  id: string | undefined;
  start: number;
  end: number;
}

export interface ArticleParts {
  /** The article's text as its MDX renders it: sections and the whitespace between them. */
  content: { start: number; end: number };
  sections: Section[];
  /** Its <section class="source-box">. */
  sourceBox: { start: number; end: number };
}

export interface TopicPage {
  file: string;
  html: string;
  /** The page's own head (src/lib/page-head.ts): from its <title> to the end of its JSON-LD. */
  head: { start: number; end: number };
  /** The 简/繁 switch (src/lib/switch-link.ts), the whole <a>. */
  switchLink: { start: number; end: number };
  /** Inside <main>: from its start tag's end to the page script's status line and template (Enhancements). */
  main: { start: number; end: number };
  articles: ReadonlyMap<string, ArticleParts>;
}

export class TopicPageError extends Error {}

function find(page: { file: string; html: string }, what: string, from: number, component: string): number {
  const at = page.html.indexOf(what, from);
  if (at < 0) throw new TopicPageError(`${page.file}: no ${JSON.stringify(what)} after offset ${from}; the answer pages are cut from the topic page by its markup (${component}): update src/answer-pages/topic-page.ts with it`);
  return at;
}

const sectionStart = '<div class="answer">';
const headingId = /<div class="answer"><div class="answer-heading">(?:<span class="alias-anchor" id="[^"]*"><\/span>)*<h[1-6] id="([^"]+)">/y;

/** The sections of an article's text: `<div class="answer">` blocks (with nested divs) and whitespace between. */
export function sectionsOf(page: { file: string; html: string }, start: number, end: number): Section[] {
  const { html } = page;
  const sections: Section[] = [];
  let at = start;
  for (;;) {
    while (at < end && /\s/.test(html[at]!)) at++;
    if (at === end) return sections;
    if (!html.startsWith(sectionStart, at)) {
      throw new TopicPageError(`${page.file}: an article's text at offset ${at} is not a sequence of answer sections (<div class="answer">, src/components/content/Section.astro); the generated MDX must wrap all its text in sections`);
    }
    // The matching </div>: the text is escaped, so every "<div" and "</div>" here is markup.
    let depth = 0;
    let cursor = at;
    do {
      const open = html.indexOf('<div', cursor);
      const close = html.indexOf('</div>', cursor);
      if (close < 0 || close >= end) throw new TopicPageError(`${page.file}: the answer section at offset ${at} is not closed inside its article (src/components/content/Section.astro)`);
      if (open >= 0 && open < close) {
        depth++;
        cursor = open + 4;
      } else {
        depth--;
        cursor = close + 6;
      }
    } while (depth > 0);
    headingId.lastIndex = at;
    sections.push({ id: headingId.exec(html)?.[1], start: at, end: cursor });
    at = cursor;
  }
}

/** Reads a topic page whose articles are `articleIds`. */
export function readTopicPage(file: string, html: string, articleIds: readonly string[]): TopicPage {
  const page = { file, html };
  const headStart = find(page, pageHeadStart, 0, 'src/lib/page-head.ts');
  const jsonLd = find(page, '<script type="application/ld+json">', headStart, 'src/lib/page-head.ts');
  const headEnd = find(page, pageHeadEnd, jsonLd, 'src/lib/page-head.ts') + pageHeadEnd.length;
  const switchStart = find(page, '<a class="script-switch"', headEnd, 'src/lib/switch-link.ts');
  const switchEnd = find(page, '</a>', switchStart, 'src/lib/switch-link.ts') + 4;
  const mainTag = '<main id="page_main" class="page" tabindex="-1">';
  const mainStart = find(page, mainTag, switchEnd, 'src/layouts/BaseLayout.astro') + mainTag.length;
  const articles = new Map<string, ArticleParts>();
  let at = mainStart;
  for (const id of articleIds) {
    const open = find(page, `<article class="article" aria-labelledby="article_${id}"`, at, 'src/components/topic/TopicArticle.astro');
    const contentStart = find(page, '</header>', open, 'src/components/topic/TopicArticle.astro') + '</header>'.length;
    const contentEnd = find(page, '<footer class="article-footer"', contentStart, 'src/components/topic/TopicArticle.astro');
    const boxStart = find(page, `<section class="source-box" id="source_${id}"`, contentEnd, 'src/components/SourceBox.astro');
    const boxEnd = find(page, '</section>', boxStart, 'src/components/SourceBox.astro') + '</section>'.length;
    articles.set(id, { content: { start: contentStart, end: contentEnd }, sections: sectionsOf(page, contentStart, contentEnd), sourceBox: { start: boxStart, end: boxEnd } });
    at = boxEnd;
  }
  const mainEnd = find(page, '<p id="copy_status"', at, 'src/components/enhancements/Enhancements.astro');
  return { file, html, head: { start: headStart, end: headEnd }, switchLink: { start: switchStart, end: switchEnd }, main: { start: mainStart, end: mainEnd }, articles };
}
