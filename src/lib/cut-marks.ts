// The marks an answer page is cut at: HTML comments the components write around the parts of an article's page
// that an answer page keeps or replaces (src/answer-pages/template-page.ts reads them). They are a contract between the
// components and the cutter, so that a change to a component's markup never breaks the cut, and no reader sees
// them: the cutter leaves them out of the answer pages, and the mirror step removes them from every page once the
// answer pages of both scripts are cut (src/steps/site-steps.ts).

const mark = (name: string, id?: string) => `<!--kb:${name}${id === undefined ? '' : ` ${id}`}-->`;

export const cutMarks = {
  /** Around the page's own head (src/lib/page-head.ts), which an answer page replaces with its own. */
  headStart: mark('head'),
  headEnd: mark('/head'),
  /** Around the 简/繁 switch, which points to the page's own twin. */
  switchStart: mark('switch'),
  switchEnd: mark('/switch'),
  /** Where the main content starts (inside <main>), and where the page's tools after it start. */
  mainStart: mark('main'),
  toolsStart: mark('tools'),
  /** Around an article's text (its sections), and its source box. */
  textStart: (articleId: string) => mark('text', articleId),
  textEnd: (articleId: string) => mark('/text', articleId),
  sourceStart: (articleId: string) => mark('source', articleId),
  sourceEnd: (articleId: string) => mark('/source', articleId),
  /** Around one section of an article's text: an answer (its id), or the introduction (no id). */
  sectionStart: (answerId: string | undefined) => mark('section', answerId),
  sectionEnd: mark('/section'),
} as const;

const anyMark = /<!--kb:[^>]*-->/g;

/** `html` without its cut marks. */
export function withoutCutMarks(html: string): string {
  return html.includes('<!--kb:') ? html.replace(anyMark, '') : html;
}
