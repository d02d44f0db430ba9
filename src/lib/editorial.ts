// Anchors and lists of the editorial data that quotes the articles (src/ingest/notes.ts).
import type { ArticleData } from '../schemas/article.ts';

/** The id of the editor's note on an answer (one note an answer). */
export const noteAnchor = (answer: string): string => `note_${answer}`;

/** A topic's "先做什么" steps: those of its articles, in their order. */
export function startSteps(articles: readonly { data: ArticleData }[]): NonNullable<ArticleData['start']> {
  return articles.flatMap((a) => a.data.start ?? []);
}
