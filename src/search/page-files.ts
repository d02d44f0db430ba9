// The search data of a large site (SearchData.pageFiles): instead of every page's sections and every answer's
// title up front, the pages a query's words rank first are fetched, a small file each, and only their answers
// are ranked. Loaded by the engine only on such a site.
import type { Concept } from './query.ts';
// Types only: the ranking functions come from the engine, so that they stay in its chunk (an import here would
// split them into a chunk of their own, one more request for every first query of the real site).
import type { ConceptHits, rankAnswers, Section, sectionsOf } from './rank.ts';
import type { PageFile, SearchData } from './data-files.ts';

export interface Ranking {
  rankAnswers: typeof rankAnswers;
  sectionsOf: typeof sectionsOf;
}

/** Pages whose answers are ranked, a page file each (about 1.5 KB gzipped). */
export const rankedPages = 10;

/**
 * The query without its words that are the site's most common (SearchData.common: 花呗, 逾期, 还款 … make up a
 * large share of its text, are on nearly every page, and their index chunks are the heaviest to fetch), as long
 * as at least two other words remain to find the answers: one alone is too thin a basis to rank them.
 */
export function withoutCommon(concepts: readonly Concept[], common: readonly string[]): Concept[] {
  const words = new Set(common);
  const rare = concepts.filter((c) => !c.terms.every((term) => words.has(term)));
  return rare.length >= 2 ? rare : [...concepts];
}

/**
 * Every page a query's words were found on, as one section: ranking these ranks pages. A page runs to its last
 * match (its length is not known before its file is fetched).
 */
export function wholePages(concepts: readonly ConceptHits[]): Section[] {
  const ends = new Map<string, number>();
  for (const { terms } of concepts) {
    for (const { hits } of terms) {
      for (const [pageId, positions] of hits) {
        let end = ends.get(pageId) ?? 0;
        for (const p of positions) end = Math.max(end, p + 1);
        ends.set(pageId, end);
      }
    }
  }
  return [...ends].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pageId, end]) => ({ id: pageId, pageId, start: 0, end, title: '' }));
}

/**
 * A function from a query's hits to the sections of its first pages. Each page file fetched joins `data` (its
 * answers' titles, its topic's name, its sections), so the engine reads titles and URLs where it always does.
 */
export function pageFileLoader(base: string, data: SearchData, { rankAnswers, sectionsOf }: Ranking): (concepts: ConceptHits[]) => Promise<Section[]> {
  const pages = (data.pages ??= {});
  const loading = new Map<string, Promise<void>>();
  const load = (pageId: string): Promise<void> => {
    let loaded = loading.get(pageId);
    if (!loaded) {
      loaded = fetch(`${base}${data.pageFiles}${pageId}.json`)
        .then((r) => r.json() as Promise<PageFile>)
        .then((file) => {
          data.topics[file.topic] = file.topicName;
          for (const [id, , title, level] of file.sections) data.answers[id] = [title, file.topic, level];
          pages[pageId] = { url: file.url, words: file.words, sections: file.sections.map(([id, start]) => [id, start]) };
        });
      loading.set(pageId, loaded);
    }
    return loaded;
  };
  return async (concepts) => {
    const first = rankAnswers(concepts, wholePages(concepts)).slice(0, rankedPages).map((page) => page.pageId);
    await Promise.all(first.map(load));
    return sectionsOf(Object.fromEntries(first.map((id) => [id, pages[id]!])), data.answers);
  };
}
