// The MDX headings of an article are level 2 and deeper; each page renders them at the level its own outline
// needs (topic page: one lower, under the article title; answer page: the answer becomes the h1). MDX passes a
// mapped heading component only `id` and its text, so the page states the shift once, in Astro.locals, before
// rendering the article.

declare global {
  namespace App {
    interface Locals {
      /** Levels to add to every MDX heading level on this page. */
      headingShift?: number;
    }
  }
}

export function setHeadingShift(locals: App.Locals, shift: number): void {
  locals.headingShift = shift;
}

/** The HTML heading level (1–6) of an answer whose MDX level is `mdxLevel`, on the page that owns `locals`. */
export function renderedLevel(locals: App.Locals, mdxLevel: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return shiftedLevel(mdxLevel, locals.headingShift ?? 0);
}

/** The HTML heading level (1–6) of MDX level `mdxLevel` shifted by `shift`. */
export function shiftedLevel(mdxLevel: number, shift: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, mdxLevel + shift)) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** The shift of a topic page: MDX level 2 sits under the article title (h2), one level down. */
export const topicPageShift = 1;
/** The shift of an answer page: the answer's own heading is the page's h1. */
export const answerPageShift = (answerLevel: number): number => 1 - answerLevel;
