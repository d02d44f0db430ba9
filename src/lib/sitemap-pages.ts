// The page paths a sitemap lists: home, topics, articles' own pages and current answers (retired ids only forward).
import type { SiteContent } from './site-content.ts';
import { answerPath, articlePath, homePath, topicPath } from './urls.ts';

export function sitemapPagePaths({ topics, articles, ownPageOf, answers }: Pick<SiteContent, 'topics' | 'articles' | 'ownPageOf' | 'answers'>): string[] {
  const ownPages = articles.flatMap((a) => {
    const ownPage = ownPageOf(a);
    return ownPage ? [articlePath(a.data.topic, ownPage)] : [];
  });
  return [homePath(), ...topics.map((t) => topicPath(t.id)), ...ownPages, ...answers.map((a) => answerPath(a.id))];
}
