// The site's content as the search data builders take them, and the two files they make for the browser:
// search/data.json (answer titles, topic names, the Traditional character set) and search/pinyin.json (toneless
// pinyin → the site's words). The articles' text comes from their files: the site model holds frontmatter only
// (src/lib/article-files.ts).
import { join } from 'node:path';
import { readArticleFile } from '../lib/article-files.ts';
import type { SiteContent } from '../lib/site-model.ts';
import type { PinyinMap } from '../search/pinyin.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { withReaders } from '../search/readers.ts';
import { buildPinyinMap } from './pinyin-map.ts';
import { readingRuns } from './han-readings.ts';
import { answerSearchTexts, buildSearchData, pinyinVocabulary, type AnswerTexts, type ArticleInput, type SearchData, type TopicInput } from './search-data.ts';

export interface SearchInputs {
  articles: ArticleInput[];
  topics: TopicInput[];
}

export function searchInputs(content: SiteContent, contentDir: string): SearchInputs {
  const dir = join(contentDir, 'articles');
  const articles = content.articles.map((a) => ({
    topic: a.data.topic,
    title: a.data.title,
    body: readArticleFile(dir, `${a.id}.mdx`).body,
    answers: a.data.answers,
  }));
  const topics = content.topics.map((t) => ({ id: t.id, name: t.data.name }));
  return { articles, topics };
}

/** What the search data holds before indexing, and the pinyin map: both built from the content alone. */
export interface SearchFiles {
  data: SearchData;
  pinyin: PinyinMap;
  /** The common characters' readings, as runs (src/search/homophones.ts): the same for every site. */
  readings: string;
  /**
   * The answers' Han text and readers' questions, for the browser's bigram ranking: written only for a site
   * without page files, and not even built for a site far past that size (see textsUpTo).
   */
  texts?: AnswerTexts;
}

/**
 * Articles up to which the answers' text is built. A site splits its search data into page files long before
 * (by default from 200 indexed pages), and then never fetches the text; beyond this, the text (megabytes) would
 * only weigh on the build.
 */
const textsUpTo = 1000;

export function buildSearchFiles(content: SiteContent, contentDir: string): SearchFiles {
  const { articles, topics } = searchInputs(content, contentDir);
  const thesaurus = withReaders(loadThesaurus());
  return { data: buildSearchData(articles, topics, thesaurus), pinyin: buildPinyinMap(pinyinVocabulary(articles, topics, thesaurus)), readings: readingRuns(), ...(articles.length <= textsUpTo ? { texts: answerSearchTexts(articles) } : {}) };
}
