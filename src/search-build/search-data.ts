// What the browser's search needs besides the Pagefind index, built from the content collections:
// answer titles (with restored words, which Pagefind's heading text loses), topic names, and the few
// Traditional characters inside GB2312 that make a query load the converter (src/search/gb2312.ts). The
// Pagefind integration adds each page's section boundaries (`pages`) after indexing.
import type { Thesaurus } from '../search/thesaurus.ts';
import { hanCharsOf, visibleText, wordsOf } from './vocabulary.ts';
import { gb2312Hanzi } from '../search/gb2312.ts';
import { traditionalCharsFor } from './traditional-chars.ts';

export interface ArticleInput {
  topic: string;
  title: string;
  body: string;
  answers: readonly { id: string; title: string; level?: number; asks?: readonly string[] | undefined }[];
}
export interface TopicInput {
  id: string;
  name: string;
}

export type { AnswerTexts, PageFile, PageSections, ScriptTables, SearchData } from '../search/data-files.ts';
import type { AnswerTexts, SearchData } from '../search/data-files.ts';

/**
 * The site's text a reader sees, piece by piece: topic names, article titles, answer titles, article bodies. One
 * piece at a time: on a large site their sum is tens of megabytes, held twice over as one string.
 */
function* siteTexts(articles: readonly ArticleInput[], topics: readonly TopicInput[]): Generator<string> {
  for (const t of topics) yield t.name;
  for (const a of articles) {
    yield a.title;
    for (const x of a.answers) yield x.title;
    yield visibleText(a.body);
  }
}

export function buildSearchData(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): SearchData {
  const answers: SearchData['answers'] = {};
  for (const article of articles) for (const answer of article.answers) answers[answer.id] = [answer.title, article.topic, answer.level ?? 2];
  const simplified = gb2312Hanzi();
  return {
    answers,
    topics: Object.fromEntries(topics.map((t) => [t.id, t.name])),
    traditionalInGb2312: [...traditionalCharsFor(siteChars(articles, topics, thesaurus))].filter((c) => simplified.has(c)).join(''),
  };
}

/** The Han characters of the site's text and of the readers' words of the thesaurus. */
function siteChars(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): Set<string> {
  const chars = hanCharsOf([...thesaurus.keys()].join(''));
  for (const text of siteTexts(articles, topics)) for (const c of hanCharsOf(text)) chars.add(c);
  return chars;
}

/** Words a reader may type in pinyin: the site's words and the thesaurus' readers' words. */
export function pinyinVocabulary(articles: readonly ArticleInput[], topics: readonly TopicInput[], thesaurus: Thesaurus): Set<string> {
  const words = new Set<string>();
  for (const text of siteTexts(articles, topics)) for (const word of wordsOf(text)) words.add(word);
  for (const key of thesaurus.keys()) words.add(key);
  return words;
}

/** The Han text of `text`, every other run of characters as one space: a bigram never spans them. */
const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]+/gu, ' ').trim();

/**
 * Each answer's Han text, for the character-bigram ranking (src/search/bigrams.ts): the article body between its
 * `<Section answer="…">` and the next, as a reader sees it; other characters become one space (a bigram never
 * spans them), which keeps the file small. An answer that is only a heading (the parent of numbered steps) reads
 * as its children: on its own it would be a few bigrams that any query sharing them would put first. Only a site
 * without page files fetches it (it is fetched whole).
 */
export function answerTexts(articles: readonly ArticleInput[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const article of articles) {
    const parts = article.body.split(/<Section answer="([^"]+)"[^>]*>/);
    const sections: { id: string; level: number; text: string; headingOnly: boolean }[] = [];
    for (let i = 1; i < parts.length; i += 2) {
      const source = parts[i + 1]!.replace(/<\/Section>[\s\S]*$/, '');
      const level = /^\s*(#+) /.exec(source)?.[1]?.length ?? 2;
      const han = (text: string) => hanOnly(visibleText(text));
      sections.push({ id: parts[i]!, level, text: han(source), headingOnly: han(source.replace(/^\s*#+ .*$/m, '')) === '' });
    }
    sections.forEach((section, i) => {
      let text = section.text;
      if (section.headingOnly) {
        for (const child of sections.slice(i + 1)) {
          if (child.level <= section.level) break;
          text += ` ${child.text}`;
        }
      }
      texts[section.id] = text;
    });
  }
  return texts;
}

/** search/text.json: the answers' text and their readers' questions, one question apart from the next. */
export function answerSearchTexts(articles: readonly ArticleInput[]): AnswerTexts {
  const asks: Record<string, string> = {};
  for (const article of articles) for (const answer of article.answers) if (answer.asks?.length) asks[answer.id] = answer.asks.map(hanOnly).join(' ');
  return { texts: answerTexts(articles), asks };
}
