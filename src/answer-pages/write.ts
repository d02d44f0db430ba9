// Writes the answer pages of the topics a build rendered, each cut from the page that carries its article (its
// topic page, or the article's own page: ./answer-page.ts):
// /a/<id>/index.html for every current answer. Retired ids are forwarding pages that Astro renders
// (src/pages/a/[id].astro).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrls } from '../lib/site-urls.ts';
import type { Article, SiteContent } from '../lib/site-model.ts';
import { answerPageHtml } from './answer-page.ts';
import { readTemplatePage, type TemplatePage } from './template-page.ts';

export interface AnswerPagesOptions {
  /** Where the build wrote the pages of the articles. */
  outDir: string;
  /** Where the answer pages go (default `outDir`). */
  writeDir?: string | undefined;
  base: string;
  site: string | undefined;
  content: SiteContent;
  /** The topics whose pages the build wrote. */
  topics: ReadonlySet<string>;
}

/** Paths without a base, for files of the output. */
const outputPaths = siteUrls('/', undefined);

/** The page that carries `article`, as a file of the output: "topics/theft/index.html", "topics/theft/<slug>/index.html". */
export function articlePageFile(article: Article, content: SiteContent): string {
  return `${outputPaths.articlePath(article.data.topic, content.ownPageOf(article)).slice(1)}index.html`;
}

/** The page that carries `article` (its HTML, from `file`: built, mirrored or served by `astro dev`) read as a template. */
export function articlePageOf(file: string, html: string, article: Article): TemplatePage {
  return readTemplatePage(file, html, [article.id]);
}

/** The answers of `article`, in reading order. */
export function answersOfArticle(article: Article, content: SiteContent) {
  return article.data.answers.map((a) => content.answerById.get(a.id)!);
}

/** Writes the Simplified answer pages of every topic this build rendered; returns how many. */
export function writeAnswerPages({ outDir, writeDir = outDir, base, site, content, topics }: AnswerPagesOptions): number {
  const urls = siteUrls(base, site);
  let written = 0;
  for (const article of content.articles) {
    if (!topics.has(article.data.topic)) continue;
    const file = join(outDir, articlePageFile(article, content));
    const page = articlePageOf(file, readFileSync(file, 'utf8'), article);
    for (const answer of answersOfArticle(article, content)) {
      const folder = join(writeDir, 'a', answer.id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), answerPageHtml(page, answer, content, urls));
      written++;
    }
  }
  return written;
}
