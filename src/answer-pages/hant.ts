// The Traditional twin of an answer page, cut from its topic page's twin: the kept pieces are already converted
// there, and the pieces written here in Simplified are converted as the mirror converts a page
// (src/hant/mirror-html.ts: text, readable attributes, JSON-LD, links), each a run of whole elements, so that
// the twin reads as the mirror of the Simplified answer page would (tests/unit/answer-pages.test.ts holds the two
// together).
import type { SiteUrls } from '../lib/site-urls.ts';
import type { Answer, SiteContent } from '../lib/site-model.ts';
import { answerPagePieces } from './answer-page.ts';
import type { TopicPage } from './topic-page.ts';

/** Converts HTML written in Simplified for the page at `pagePath` (a URL path of the Simplified page). */
export type ConvertHtml = (html: string, pagePath: string) => Promise<string>;

export async function hantAnswerPageHtml(twin: TopicPage, answer: Answer, content: SiteContent, urls: SiteUrls, convert: ConvertHtml): Promise<string> {
  const pagePath = urls.answerPath(answer.id);
  let out = '';
  for (const piece of answerPagePieces(twin, answer, content, urls, 'hant')) out += piece.made ? await convert(piece.html, pagePath) : piece.html;
  return out;
}
