// A built page that carries an article (its topic page or its own page), read as the template of its answer
// pages: where its own head, its 简/繁 switch, its main content and each article's answers are in its HTML,
// found at the cut marks its components write (src/lib/cut-marks.ts), never by their markup. A missing mark is
// an error that names the page and the component that writes it, never a page cut wrong.
import { cutMarks } from '../lib/cut-marks.ts';

/** One section of an article's text: an answer (its heading and text) or the introduction. */
export interface Section {
  /** The answer's id; undefined for text before the first heading. */
  id: string | undefined;
  /** The section itself, without its marks. */
  start: number;
  end: number;
  /** The section with its marks: what is left out when the section is. */
  outerStart: number;
  outerEnd: number;
}

export interface ArticleParts {
  /** The article's text as its MDX renders it: sections and the whitespace between them. */
  content: { start: number; end: number };
  sections: Section[];
  /** Its source box. */
  sourceBox: { start: number; end: number };
}

export interface TemplatePage {
  file: string;
  html: string;
  /** The page's own head (src/lib/page-head.ts), its marks included. */
  head: { start: number; end: number };
  /** The 简/繁 switch (src/lib/switch-link.ts), its marks included. */
  switchLink: { start: number; end: number };
  /** Inside <main>: from its mark to the mark of the page's tools after the content (Enhancements). */
  main: { start: number; end: number };
  articles: ReadonlyMap<string, ArticleParts>;
}

export class TemplatePageError extends Error {}

interface Page {
  file: string;
  html: string;
}

/** Where the cut mark `mark` is, after `from`. */
function find(page: Page, mark: string, from: number, component: string): number {
  const at = page.html.indexOf(mark, from);
  if (at < 0) throw new TemplatePageError(`${page.file}: no cut mark ${JSON.stringify(mark)} after offset ${from}; ${component} writes it (src/lib/cut-marks.ts)`);
  return at;
}

/** The offsets between the marks `open` and `close` after `from`: `outer` with the marks, `inner` without. */
function between(page: Page, open: string, close: string, from: number, component: string) {
  const start = find(page, open, from, component);
  const end = find(page, close, start + open.length, component);
  return { outer: { start, end: end + close.length }, inner: { start: start + open.length, end } };
}

const sectionMark = /<!--kb:section(?: ([^ >]+))?-->/g;

/** The sections of an article's text, from their marks (src/components/content/Section.astro). */
export function sectionsOf(page: Page, start: number, end: number): Section[] {
  const sections: Section[] = [];
  sectionMark.lastIndex = start;
  for (let m = sectionMark.exec(page.html); m && m.index < end; m = sectionMark.exec(page.html)) {
    const close = page.html.indexOf(cutMarks.sectionEnd, m.index);
    if (close < 0 || close >= end) throw new TemplatePageError(`${page.file}: the section at offset ${m.index} has no closing cut mark inside its article (src/components/content/Section.astro)`);
    sections.push({ id: m[1], start: m.index + m[0].length, end: close, outerStart: m.index, outerEnd: close + cutMarks.sectionEnd.length });
    sectionMark.lastIndex = close;
  }
  return sections;
}

/** Reads a built page that carries the articles `articleIds`. */
export function readTemplatePage(file: string, html: string, articleIds: readonly string[]): TemplatePage {
  const page = { file, html };
  const head = between(page, cutMarks.headStart, cutMarks.headEnd, 0, 'src/layouts/BaseLayout.astro').outer;
  const switchLink = between(page, cutMarks.switchStart, cutMarks.switchEnd, head.end, 'src/components/script-switch/ScriptSwitch.astro').outer;
  const mainStart = find(page, cutMarks.mainStart, switchLink.end, 'src/layouts/BaseLayout.astro');
  const articles = new Map<string, ArticleParts>();
  let at = mainStart;
  for (const id of articleIds) {
    const content = between(page, cutMarks.textStart(id), cutMarks.textEnd(id), at, 'src/components/topic/TopicArticle.astro').inner;
    const sourceBox = between(page, cutMarks.sourceStart(id), cutMarks.sourceEnd(id), content.end, 'src/components/topic/TopicArticle.astro').inner;
    articles.set(id, { content, sections: sectionsOf(page, content.start, content.end), sourceBox });
    at = sourceBox.end;
  }
  const tools = find(page, cutMarks.toolsStart, at, 'src/components/enhancements/Enhancements.astro');
  return { file, html, head, switchLink, main: { start: mainStart, end: tools }, articles };
}
