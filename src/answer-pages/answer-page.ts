// /a/<id>/: one answer alone (with the answers it owns), what a forum or chat preview of a shared link shows.
// Cut from its article's page after the build instead of rendered on its own: that page already holds the
// answer's text as rendered, and the header, footer, head and page script every page shares, so an answer page
// is that page with its own head, switch and main. (Rendering each of a large site's ~10 answers per article with
// Astro, and converting each to Traditional, was a third of the build's time.)
// The page is written as pieces: `kept` ones come from the article's page as they are, `made` ones are written here
// in Simplified (the Traditional twin converts them as the mirror converts a page: src/answer-pages/hant.ts).
import { answerSubtree, neighbours } from '../lib/answer-tree.ts';
import { titleOfAnswer, type AnswerTitle } from '../lib/answer-title.ts';
import { withoutCutMarks } from '../lib/cut-marks.ts';
import { answerPageShift, shiftedLevel, topicPageShift } from '../lib/heading-plan.ts';
import { escapeAttribute as attr, escapeText as text } from '../lib/escape.ts';
import { breadcrumbsHtml, pagerHtml, type PagerLink } from '../lib/navigation-html.ts';
import { pageHeadHtml } from '../lib/page-head.ts';
import type { SiteUrls } from '../lib/site-urls.ts';
import type { Answer, SiteContent } from '../lib/site-model.ts';
import { article as articleThing, breadcrumbList } from '../lib/structured-data.ts';
import { switchLinkHtml } from '../lib/switch-link.ts';
import type { Variant } from '../site/variants.ts';
import { TemplatePageError, type Section, type TemplatePage } from './template-page.ts';

export interface Piece {
  html: string;
  /** Written here in Simplified: converted for the Traditional twin. */
  made: boolean;
}

const kept = (html: string): Piece => ({ html, made: false });
const made = (html: string): Piece => ({ html, made: true });

/** Where the h1 of an answer page's own answer has its anchor link, cut out: a link to the page itself goes nowhere. */
function anchorLink(html: string, id: string, from: number, to: number): { start: number; end: number } | undefined {
  const tools = '<span class="heading-tools" data-pagefind-ignore>';
  const open = `${tools}<a class="anchor-link" href="#${id}" aria-label="`;
  for (let at = html.indexOf(open, from); at >= 0 && at < to; at = html.indexOf(open, at + 1)) {
    const quote = html.indexOf('"', at + open.length);
    if (quote >= 0 && html.startsWith('">#</a>', quote)) return { start: at + tools.length, end: quote + '">#</a>'.length };
  }
  return undefined;
}

/**
 * A shown section with its headings at the answer page's levels, and no link to itself on its h1. Sliced from
 * the page's HTML by offsets (a regular expression and a copy of each section per answer page were most of the
 * time of cutting 106,000 pages, bench:scale).
 */
function relevel(page: TemplatePage, section: Section, levels: ReadonlyMap<string, number>, root: Answer): string {
  const { html } = page;
  const id = section.id!;
  const from = shiftedLevel(levels.get(id)!, topicPageShift);
  const open = `<h${from} id="${id}">`;
  const at = html.indexOf(open, section.start);
  if (at < 0 || at + open.length > section.end) throw new TemplatePageError(`${page.file}: the heading of answer "${id}" is not ${open} (src/components/answer/AnswerHeading.astro, src/lib/heading-plan.ts)`);
  const level = shiftedLevel(levels.get(id)!, answerPageShift(root.level));
  const close = html.indexOf(`</h${from}>`, at);
  if (close < 0 || close >= section.end) throw new TemplatePageError(`${page.file}: the heading of answer "${id}" has no </h${from}> (src/components/answer/AnswerHeading.astro)`);
  const heading = `${html.slice(section.start, at)}<h${level} id="${id}">${html.slice(at + open.length, close)}</h${level}>`;
  const rest = close + `</h${from}>`.length;
  if (id !== root.id) return heading + html.slice(rest, section.end);
  const link = anchorLink(html, id, rest, section.end);
  if (!link) throw new TemplatePageError(`${page.file}: the heading of answer "${id}" has no anchor link (src/components/answer/AnswerHeading.astro)`);
  return heading + html.slice(rest, link.start) + html.slice(link.end, section.end);
}

/** The article text the answer page shows: its sections, the others left out as the MDX leaves out hidden ones. */
function answerText(page: TemplatePage, answer: Answer): string {
  const parts = page.articles.get(answer.article.id)!;
  const show = new Set(answerSubtree(answer.article.data.answers, answer.id));
  const levels = new Map(answer.article.data.answers.map((a) => [a.id, a.level]));
  let out = '';
  let at = parts.content.start;
  for (const section of parts.sections) {
    out += page.html.slice(at, section.outerStart);
    if (section.id !== undefined && show.has(section.id)) out += relevel(page, section, levels, answer);
    at = section.outerEnd;
  }
  if (!parts.sections.some((s) => s.id === answer.id)) throw new TemplatePageError(`${page.file}: no section of answer "${answer.id}" in article ${answer.article.id}`);
  return out + page.html.slice(at, parts.content.end);
}

/**
 * The page's h1 with the context its heading needs to stand alone (src/lib/answer-title.ts): written before the
 * heading's own text, which loses its list number; a separator only screen readers hear joins them, so the
 * heading's name is the page's title.
 */
function headingInContext(article: string, answer: Answer, shown: AnswerTitle): Piece[] {
  if (shown.context === undefined) return [kept(article)];
  const open = `<h1 id="${answer.id}">`;
  const at = article.indexOf(open) + open.length;
  if (at < open.length) throw new TemplatePageError(`answer page ${answer.id}: its heading is not ${open} (src/answer-pages/answer-page.ts)`);
  const number = article.startsWith(text(shown.number), at) ? text(shown.number).length : 0;
  return [
    kept(article.slice(0, at)),
    made(`<span class="answer-context">${text(shown.context)}<span class="sr-only">：</span></span>`),
    kept(article.slice(at + number)),
  ];
}

/** The article's source box at the answer page's level, with a link to the list of edits instead of the list. */
function sourceBox(page: TemplatePage, answer: Answer, content: SiteContent, urls: SiteUrls): Piece[] {
  const { start, end } = page.articles.get(answer.article.id)!.sourceBox;
  const box = page.html.slice(start, end);
  const title = `source_${answer.article.id}_title`;
  const heading = box.replace(`<h3 id="${title}">`, `<h2 id="${title}">`);
  if (heading === box) throw new TemplatePageError(`${page.file}: the source box of ${answer.article.id} has no <h3 id="${title}"> (src/components/SourceBox.astro)`);
  const retitled = heading.replace('</h3>', '</h2>');
  if (answer.article.data.edits.length === 0) return [kept(retitled)];
  const listStart = retitled.indexOf('<details class="edit-list">');
  const listEnd = retitled.indexOf('</details>', listStart) + '</details>'.length;
  if (listStart < 0) throw new TemplatePageError(`${page.file}: the source box of ${answer.article.id} has no list of edits (src/components/topic/EditList.astro)`);
  const link = `<p><a href="${attr(urls.articlePath(answer.topic.id, content.ownPageOf(answer.article), `source_${answer.article.id}`))}">逐条查看补回的字词</a></p>`;
  return [kept(retitled.slice(0, listStart)), made(link), kept(retitled.slice(listEnd))];
}

/** The answer page of `answer`, cut from `page`, the page of its article in `variant`. */
export function answerPagePieces(page: TemplatePage, answer: Answer, content: SiteContent, urls: SiteUrls, variant: Variant): Piece[] {
  const { html } = page;
  const { topic, article } = answer;
  const path = urls.answerPath(answer.id);
  const url = urls.absoluteUrl(path);
  const topicUrl = urls.absoluteUrl(urls.topicPath(topic.id));
  const shown = titleOfAnswer(answer);
  const graph = [
    breadcrumbList([
      { name: '首页', url: urls.absoluteUrl(urls.homePath()) },
      { name: topic.data.name, url: topicUrl },
      { name: shown.title, url },
    ]),
    articleThing({ headline: shown.title, url, author: article.data.source.author, published: article.data.source.published, partOf: topicUrl }),
  ];
  const { prev, next } = neighbours(content.answers, content.indexOfAnswer(answer.id));
  const asLink = (a: Answer | undefined): PagerLink | undefined => a && { href: urls.answerPath(a.id), title: a.title };
  const other: Variant = variant === 'hans' ? 'hant' : 'hans';
  return [
    kept(html.slice(0, page.head.start)),
    made(pageHeadHtml({ title: shown.title, description: answer.excerpt, canonical: url, alternates: urls.alternatesOf(path), ogType: 'article', graph })),
    kept(html.slice(page.head.end, page.switchLink.start)),
    // In its own script, never converted.
    kept(switchLinkHtml(other, urls.variantPath(path, other))),
    kept(withoutCutMarks(html.slice(page.switchLink.end, page.main.start))),
    made(breadcrumbsHtml([{ label: '首页', href: urls.homePath() }, { label: topic.data.name, href: urls.topicPath(topic.id) }, { label: shown.heading }])),
    ...headingInContext(`<article class="article answer-page">${answerText(page, answer)}</article>`, answer, shown),
    made(`<p class="read-in-topic"><a href="${attr(urls.articlePath(topic.id, content.ownPageOf(article), answer.id))}">在完整文章中阅读</a>（${text(topic.data.name)}）</p>`),
    ...sourceBox(page, answer, content, urls),
    made(pagerHtml({ label: '其他回答', noun: '个回答', prev: asLink(prev), next: asLink(next) })),
    kept(withoutCutMarks(html.slice(page.main.end))),
  ];
}

/** The Simplified answer page: its pieces as they are. */
export function answerPageHtml(page: TemplatePage, answer: Answer, content: SiteContent, urls: SiteUrls): string {
  return answerPagePieces(page, answer, content, urls, 'hans')
    .map((p) => p.html)
    .join('');
}
