// Character-bigram BM25 over each answer's text, as Lucene's CJKBigramAnalyzer and Elasticsearch's `cjk` analyzer
// index Chinese: every two adjacent Han characters are a term. It needs no segmenter to agree with the reader: a
// reader's compound (上征信) shares the article's bigram (征信), a typo keeps the bigrams around it. The engine
// blends it with the word ranking when the words alone do not answer the question (src/search/engine.ts). Pure.

// Types only: the bigram cutter (rank.ts's bigramsOf) comes from the engine, so that rank.ts stays in the
// engine's chunk (a value imported here would split it into a chunk of its own, one more request for every first
// query), as page-files.ts takes the ranking functions.
import type { bigramsOf, RankedAnswer, Section } from './rank.ts';
import type { AnswerTexts } from './data-files.ts';

/** Cuts text into bigrams: rank.ts's bigramsOf. */
export type Bigrams = typeof bigramsOf;

export interface BigramIndex {
  /** answer id → bigram → occurrences in the answer. */
  docs: Map<string, Map<string, number>>;
  /** answer id → bigrams in the answer (its length). */
  lengths: Map<string, number>;
  /** bigram → answers holding it. */
  df: Map<string, number>;
  average: number;
}

const k1 = 1.2;
const b = 0.4;


export function bigramIndex(texts: Readonly<Record<string, string>>, bigramsOf: Bigrams): BigramIndex {
  const docs = new Map<string, Map<string, number>>();
  const lengths = new Map<string, number>();
  const df = new Map<string, number>();
  let total = 0;
  for (const [id, text] of Object.entries(texts)) {
    const counts = new Map<string, number>();
    const grams = bigramsOf(text);
    for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
    for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    docs.set(id, counts);
    lengths.set(id, grams.length);
    total += grams.length;
  }
  return { docs, lengths, df, average: total / Math.max(1, docs.size) };
}

/**
 * BM25 of each answer for the distinct bigrams of `query`: a bigram on few answers weighs more than one on many.
 * Answers holding none are left out.
 */
export function bigramScores(index: BigramIndex, query: readonly string[]): Map<string, number> {
  const grams = [...new Set(query)].filter((g) => index.df.has(g));
  const n = index.docs.size;
  const scores = new Map<string, number>();
  for (const g of grams) {
    const df = index.df.get(g)!;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (const [id, counts] of index.docs) {
      const tf = counts.get(g);
      if (!tf) continue;
      const norm = k1 * (1 - b + (b * index.lengths.get(id)!) / index.average);
      scores.set(id, (scores.get(id) ?? 0) + idf * ((tf * (k1 + 1)) / (tf + norm)));
    }
  }
  return scores;
}

/** How much the character-bigram ranking counts beside the word ranking, each scaled to its best answer. */
const bigramWeight = 1;
/**
 * How much the bigrams the question shares with an answer's readers' questions count, scaled alike: more than the
 * words and the text together. A question is the reader's own kind of text, and the review judged that the answer
 * answers it; the words and the text's bigrams only say that the answer speaks of the same things.
 */
const asksWeight = 3;

/**
 * The word ranking blended with the character-bigram rankings of the answers' text and of their readers'
 * questions, each scaled to its best answer: an answer the words missed can still come in through the bigrams
 * it, or a question it answers, shares with the reader's question.
 */
export function blend(ranked: readonly RankedAnswer[], bigrams: ReadonlyMap<string, number>, pool: readonly Section[], asks: ReadonlyMap<string, number> = new Map()): RankedAnswer[] {
  const maxWord = Math.max(0, ...ranked.map((r) => r.score)) || 1;
  const maxGram = Math.max(0, ...bigrams.values()) || 1;
  const maxAsk = Math.max(0, ...asks.values()) || 1;
  const byId = new Map(ranked.map((r) => [r.id, r]));
  const all: RankedAnswer[] = [];
  for (const section of pool) {
    const word = byId.get(section.id);
    const gram = bigrams.get(section.id) ?? 0;
    const ask = asks.get(section.id) ?? 0;
    if (!word && gram === 0 && ask === 0) continue;
    const base = word ?? { id: section.id, pageId: section.pageId, score: 0, matched: [], common: [], positions: [] };
    all.push({ ...base, score: base.score / maxWord + (bigramWeight * gram) / maxGram + (asksWeight * ask) / maxAsk });
  }
  return all.sort((x, y) => y.score - x.score);
}

/**
 * The word ranking blended with the bigrams of a query's texts, over the answers of one site's text. The
 * answers' text is compared with `texts`, the question without its filler; their readers' questions with
 * `asked`, the question with it (怎么办, 会不会): they are questions too, and the filler says which kind.
 */
export type BigramRanker = (ranked: readonly RankedAnswer[], texts: readonly string[], pool: readonly Section[], asked?: readonly string[]) => RankedAnswer[];

/** The bigram ranking of a site's answers (search/text.json). */
export function bigramRanker(file: AnswerTexts, bigramsOf: Bigrams): BigramRanker {
  const texts = bigramIndex(file.texts, bigramsOf);
  // All of an answer's questions as one text: a bigram many of them share counts more, as in its own text.
  const asks = bigramIndex(file.asks, bigramsOf);
  return (ranked, query, pool, asked = query) => blend(ranked, bigramScores(texts, query.flatMap(bigramsOf)), pool, bigramScores(asks, asked.flatMap(bigramsOf)));
}
