// The page paths a sitemap lists: home, topics and current answers (retired ids only forward).
import type { SiteContent } from './site-content.ts';
import { answerPath, homePath, topicPath } from './urls.ts';

export function sitemapPagePaths({ topics, answers }: Pick<SiteContent, 'topics' | 'answers'>): string[] {
  return [homePath(), ...topics.map((t) => topicPath(t.id)), ...answers.map((a) => answerPath(a.id))];
}
