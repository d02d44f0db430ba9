// Writes the answer pages of the topics a build rendered, each cut from its topic page (./answer-page.ts):
// /a/<id>/index.html for every current answer. Retired ids are forwarding pages that Astro renders
// (src/pages/a/[id].astro).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrls } from '../lib/site-urls.ts';
import type { SiteContent } from '../lib/site-model.ts';
import { answerPageHtml } from './answer-page.ts';
import { readTopicPage, type TopicPage } from './topic-page.ts';

export interface AnswerPagesOptions {
  /** Where the build wrote the topic pages. */
  outDir: string;
  /** Where the answer pages go (default `outDir`). */
  writeDir?: string | undefined;
  base: string;
  site: string | undefined;
  content: SiteContent;
  /** The topics whose pages the build wrote. */
  topics: ReadonlySet<string>;
}

/** The page of `topicId` (its HTML, from `file`: built, mirrored or served by `astro dev`) read as a template. */
export function topicPageOf(file: string, html: string, topicId: string, content: SiteContent): TopicPage {
  return readTopicPage(file, html, content.articlesOf(topicId).map((a) => a.id));
}

/** Writes the Simplified answer pages of every topic this build rendered; returns how many. */
export function writeAnswerPages({ outDir, writeDir = outDir, base, site, content, topics }: AnswerPagesOptions): number {
  const urls = siteUrls(base, site);
  let written = 0;
  for (const topic of content.topics) {
    if (!topics.has(topic.id)) continue;
    const file = join(outDir, 'topics', topic.id, 'index.html');
    const page = topicPageOf(file, readFileSync(file, 'utf8'), topic.id, content);
    for (const answer of content.answersOf(topic.id)) {
      const folder = join(writeDir, 'a', answer.id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), answerPageHtml(page, answer, content, urls));
      written++;
    }
  }
  return written;
}
