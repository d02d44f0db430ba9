// The Traditional twin of an answer page, cut from the twin of its article's page: the kept pieces are already converted
// there, and the pieces written here in Simplified are converted as the mirror converts a page
// (src/hant/mirror-html.ts: text, readable attributes, JSON-LD, links), each a run of whole elements, so that
// the twin reads as the mirror of the Simplified answer page would (tests/unit/answer-pages.test.ts and
// tests/e2e/hant.spec.ts hold the two together).
import type { SiteUrls } from '../lib/site-urls.ts';
import type { Answer, SiteContent } from '../lib/site-model.ts';
import { answerPagePieces } from './answer-page.ts';
import { TemplatePageError, type TemplatePage } from './template-page.ts';

/** Converts HTML written in Simplified for the page at `pagePath` (a URL path of the Simplified page). */
export type ConvertHtml = (html: string, pagePath: string) => Promise<string>;

// The written pieces of a page are converted in one pass, cut apart at a comment: the mirror ends a run of text
// at a comment, and no piece holds one (their text is escaped, their JSON-LD has no "<").
const cut = '<!--piece-->';

export async function hantAnswerPageHtml(twin: TemplatePage, answer: Answer, content: SiteContent, urls: SiteUrls, convert: ConvertHtml): Promise<string> {
  const pieces = answerPagePieces(twin, answer, content, urls, 'hant');
  const made = pieces.filter((p) => p.made).map((p) => p.html);
  const converted = (await convert(made.join(cut), urls.answerPath(answer.id))).split(cut);
  if (converted.length !== made.length) throw new TemplatePageError(`${twin.file}: the written pieces of answer page ${answer.id} hold "${cut}"`);
  let next = 0;
  return pieces.map((p) => (p.made ? converted[next++]! : p.html)).join('');
}
