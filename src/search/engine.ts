// The search engine in the browser: plans the query, asks Pagefind where each word occurs, ranks answers,
// and fetches page fragments only for the answers it returns. Loaded when the reader first uses search.
import { hasLatin, needsConverter, planQuery, subPhrases, type Concept } from './query.ts';
import { rankAnswers, runsOf, sectionsOf, type ConceptHits, type Section, type TermHits } from './rank.ts';
import { answerExcerpt, pageWords, type ExcerptPiece } from './excerpt.ts';
import { loadThesaurus } from './thesaurus.ts';
import { wordsForPinyin, type PinyinMap } from './pinyin.ts';
import type { SearchData } from './data-files.ts';
import { variants, type Variant } from '../site/variants.ts';

export interface SearchHit {
  id: string;
  title: string;
  topic: string;
  topicName: string;
  /** Path of the answer's page inside its variant, without the base and /zh-hant/ (e.g. "topics/theft/"). */
  path: string;
  /** Text with matched words to mark; empty for answers below the first few. */
  excerpt: ExcerptPiece[];
  /** Words to mark on the page the result links to. */
  marks: string[];
}

export interface SearchOutcome {
  /** The words searched, as labels; differs from the query when it was relaxed. */
  searched: string[];
  /** Query words that occur nowhere on the site. */
  ignored: string[];
  /** True when no answer holds every word looked for, so the results hold only some of them. */
  relaxed: boolean;
  hits: SearchHit[];
}

interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<{ raw_content?: string; content: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Only the first answers get an excerpt: each excerpt needs its page's fragment (3–5 KB), and the first
 * query's weight is budgeted (scripts/bench-search.ts). Later answers show their heading and topic.
 */
const excerpts = 3;

export interface Engine {
  /** topic id → name, in the site's order: the way out when nothing is found. */
  topics: Readonly<Record<string, string>>;
  search: (query: string, limit?: number) => Promise<SearchOutcome>;
}

/**
 * The engine of a variant's pages. Pagefind picks the index of the page's `<html lang>` by itself; a
 * Traditional page's search data carries the tables that turn its queries into Simplified for the planner and
 * its planned words into Traditional for the index (src/search/script-tables.ts).
 */
export async function createEngine(base: string, variant: Variant = 'hans'): Promise<Engine> {
  const dir = variants[variant].dir;
  const [pagefind, data, scriptTables] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetch(`${base}${dir}search/data.json`).then((r) => r.json() as Promise<SearchData>),
    // Only the Traditional index comes with script tables: Simplified pages never load the code that reads them.
    variant === 'hant' ? import('./script-tables.ts') : undefined,
  ]);
  const bridge = data.script && scriptTables?.scriptBridge(data.script);
  /** A page URL of the index ("/zh-hant/topics/theft/") → its path inside the variant ("topics/theft/"). */
  const inVariant = (url: string) => {
    const path = url.replace(/^\//, '');
    return path.startsWith(dir) ? path.slice(dir.length) : path;
  };
  // No worker: the index is small, and the worker would be one more script to fetch (12 KB gz).
  await pagefind.options({ noWorker: true, baseUrl: base });
  // A large site's index comes in shards (src/search-build/pagefind-index.ts); Pagefind searches them as one.
  await Promise.all((data.indexes ?? []).map((path) => pagefind.mergeIndex(`${base}${path}`, { baseUrl: base, language: variants[variant].lang.toLowerCase() })));
  const thesaurus = loadThesaurus();
  const sections = sectionsOf(data.pages ?? {}, data.answers);
  // A large site's sections come with the page files of the pages a query ranks first (src/search/page-files.ts).
  let pageFiles: Promise<typeof import('./page-files.ts')> | undefined;
  let sectionsFor: ((concepts: ConceptHits[]) => Promise<Section[]>) | undefined;
  const resultOfPage = new Map<string, PagefindResult>();
  const termCache = new Map<string, TermHits>();
  const exactCache = new Map<string, Promise<Set<string>>>();
  // Pagefind's data() recomputes excerpts for the whole page on every call; its words are all we need.
  const wordCache = new Map<string, Promise<string[]>>();
  const wordsOfPage = (pageId: string): Promise<string[]> => {
    const result = resultOfPage.get(pageId);
    if (!result) return Promise.resolve([]);
    let words = wordCache.get(pageId);
    if (!words) wordCache.set(pageId, (words = result.data().then((d) => pageWords(d.raw_content ?? '', d.content))));
    return words;
  };
  let converter: Promise<(text: string) => string> | undefined;
  let pinyinMap: Promise<PinyinMap> | undefined;

  async function hitsOf(term: string): Promise<TermHits> {
    const cached = termCache.get(term);
    if (cached) return cached;
    const found = await pagefind.search(term);
    const hits = new Map<string, number[]>();
    for (const result of found?.results ?? []) {
      if (result.words.length === 0) continue;
      hits.set(result.id, result.words);
      resultOfPage.set(result.id, result);
    }
    termCache.set(term, hits);
    return hits;
  }

  /**
   * Where a term occurs. A term that is a word of the index (报警, 措施) matches as a whole; one that is not
   * makes Pagefind match its characters separately and drop those it never indexed (外星人 would find a 外
   * on every page). When the matches never span all the term's characters, the two cannot be told apart by
   * position, so a quoted (exact phrase) search decides which pages hold the term at all.
   */
  async function occurrences(term: string): Promise<TermHits> {
    const hits = await hitsOf(term);
    const chars = [...term];
    // A loop, not Math.max(...all): a common word on a large site has more runs than a call can take arguments.
    let longest = 0;
    for (const positions of hits.values()) for (const [, length] of runsOf(positions)) longest = Math.max(longest, length);
    if (hits.size === 0 || chars.length < 2 || longest >= chars.length) return hits;
    let exact = exactCache.get(term);
    if (!exact) exactCache.set(term, (exact = pagefind.search(`"${term}"`).then((r) => new Set(r?.results.map((x) => x.id)))));
    const pages = await exact;
    return new Map([...hits].filter(([page]) => pages.has(page)));
  }

  /** A concept none of whose words occurs anywhere is tried again as its two-character sub-phrases. */
  async function resolve(concept: Concept): Promise<{ concept: Concept; hits: ConceptHits } | undefined> {
    let terms = await Promise.all(concept.terms.map(async (term) => ({ term, hits: await occurrences(term) })));
    if (terms.every((t) => t.hits.size === 0)) {
      const parts = concept.terms.flatMap(subPhrases);
      terms = await Promise.all(parts.map(async (term) => ({ term, hits: await occurrences(term) })));
      concept = { label: concept.label, terms: parts };
    }
    terms = terms.filter((t) => t.hits.size > 0);
    if (terms.length === 0) return undefined;
    return { concept: { label: terms.length === concept.terms.length ? concept.label : terms.map((t) => t.term).join('/'), terms: terms.map((t) => t.term) }, hits: { terms } };
  }

  async function hitFor(answer: ReturnType<typeof rankAnswers>[number], sections: Section[], concepts: Concept[], withExcerpt: boolean): Promise<SearchHit> {
    const [title, topic] = data.answers[answer.id] ?? ['', ''];
    const page = data.pages?.[answer.pageId];
    const section = sections.find((s) => s.id === answer.id)!;
    const words = withExcerpt ? await wordsOfPage(answer.pageId) : [];
    const next = sections.find((s) => s.pageId === section.pageId && s.start === section.end);
    return {
      id: answer.id,
      title,
      topic,
      topicName: data.topics[topic] ?? topic,
      path: inVariant(page?.url ?? `/${dir}topics/${topic}/`),
      excerpt: words.length ? answerExcerpt(words, { ...section, title }, answer.positions, next) : [],
      marks: answer.matched.flatMap((i) => concepts[i]?.terms ?? []),
    };
  }

  return {
    topics: data.topics,
    async search(query, limit = 10) {
      const toSimplified = bridge
        ? bridge.toSimplified
        : needsConverter(query, data.traditionalInGb2312 ?? '')
          ? await (converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' })))
          : undefined;
      const map = hasLatin(query) ? await (pinyinMap ??= fetch(`${base}search/pinyin.json`).then((r) => r.json() as Promise<PinyinMap>)) : undefined;
      const plan = planQuery(query, { thesaurus, ...(toSimplified ? { toSimplified } : {}), ...(map ? { pinyin: (latin: string) => wordsForPinyin(latin, map) } : {}) });
      const large = data.pageFiles ? await (pageFiles ??= import('./page-files.ts')) : undefined;
      const inScript = bridge ? plan.concepts.map(bridge.inTraditional) : plan.concepts;
      const planned = large ? large.withoutCommon(inScript, data.common ?? []) : inScript;
      const resolved = await Promise.all(planned.map(resolve));
      const kept = resolved.filter((r) => r !== undefined);
      const ignored = planned.filter((_, i) => resolved[i] === undefined).map((c) => c.label);
      const found = kept.map((r) => r.hits);
      const pool = large ? await (sectionsFor ??= large.pageFileLoader(base, data, { rankAnswers, sectionsOf }))(found) : sections;
      const ranked = rankAnswers(found, pool).slice(0, limit);
      const concepts = kept.map((r) => r.concept);
      const hits = await Promise.all(ranked.map((answer, rank) => hitFor(answer, pool, concepts, rank < excerpts)));
      const relaxed = ignored.length > 0 || (ranked[0] !== undefined && ranked[0].matched.length < kept.length);
      return { searched: concepts.map((c) => c.label), ignored, relaxed, hits };
    },
  };
}
