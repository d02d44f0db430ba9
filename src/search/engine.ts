// The search engine in the browser: plans the query, asks Pagefind where each word occurs, ranks answers,
// and fetches page fragments only for the answers it returns. Loaded when the reader first uses search.
import { hasLatin, isWord, maxConcepts, needsConverter, planQuery, siteLexicon, withoutFillers, type Concept, type Lexicon, type QueryPlan } from './query.ts';
import { bigramsOf, childrenForHeadings, rankAnswers, sectionsOf, undecided, withHeadingBigrams, type ConceptHits, type Section, type TermHits } from './rank.ts';
import type { BigramRanker } from './bigrams.ts';
import { answerExcerpt, pageWords, type ExcerptPiece } from './excerpt.ts';
import { holdsAsWords } from './whole-words.ts';
import { loadThesaurus, withTable, type Thesaurus } from './thesaurus.ts';
import { gb2312Hanzi } from './gb2312.ts';
import type { PinyinMap } from './pinyin.ts';
import type { AnswerTexts, SearchData } from './data-files.ts';
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
  /** Query words that occur nowhere in the site's text (reader comments are not searched). */
  ignored: string[];
  /** True when no answer holds every word looked for, so the results hold only some of them. */
  relaxed: boolean;
  /**
   * False when the first answer covers only part of what was asked, or matches only through the thesaurus, a
   * pinyin guess or words on most answers: then no answer answers the question directly, and the results are
   * related reading.
   */
  direct: boolean;
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
  /** The site's text (titles, headings, pinyin readings) in the planner's script, Simplified. */
  const inPlanner = bridge ? bridge.toSimplified : (text: string) => text;
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
  let lexicon: { titles: number; lexicon: Lexicon } | undefined;
  const sections = sectionsOf(data.pages ?? {}, data.answers);
  // A large site's sections come with the page files of the pages a query ranks first (src/search/page-files.ts).
  let pageFiles: Promise<typeof import('./page-files.ts')> | undefined;
  let sectionsFor: ((concepts: ConceptHits[]) => Promise<Section[]>) | undefined;
  const resultOfPage = new Map<string, PagefindResult>();
  const termCache = new Map<string, TermHits>();
  const exactCache = new Map<string, Promise<Set<string>>>();
  const wholeCache = new Map<string, Promise<boolean>>();
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
  // The pinyin step and its map load only for a query in Latin letters, side by side.
  let pinyin: Promise<(latin: string) => string[][]> | undefined;
  // What is tried for a word the site lacks, loaded with the first such word.
  let missingWords: Promise<typeof import('./missing-words.ts')> | undefined;
  let homophones: Promise<(word: string) => string[]> | undefined;
  // The answers' text for the bigram ranking, fetched for the first query that the words do not answer directly.
  let bigrams: Promise<BigramRanker> | undefined;
  let readers: Promise<Thesaurus> | undefined;
  type Resolved = { concept: Concept; hits: ConceptHits };

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
   * makes Pagefind match its characters (or words they begin) separately and drop those it never indexed (外星人
   * would find a 外 on every page; 借呗 finds 借款 next to a 呗). Neither position nor run length tells these
   * apart, so a quoted (exact phrase) search decides which pages hold the term at all. That check is loose too:
   * each piece of the phrase may begin a longer word (花呗逾其 meets 花呗逾期其中), so a term the browser's
   * segmenter cuts in pieces is on the site only if a page holds it as whole words in a row (onSite). `prefer`
   * orders the pages to read for that: those the query's other words meet, whose text its excerpts need anyway.
   */
  async function occurrences(term: string, prefer: readonly string[] = []): Promise<TermHits> {
    const hits = await hitsOf(term);
    if (hits.size === 0 || [...term].length < 2) return hits;
    let exact = exactCache.get(term);
    if (!exact) exactCache.set(term, (exact = pagefind.search(`"${term}"`).then((r) => new Set(r?.results.map((x) => x.id)))));
    const pages = await exact;
    const found = new Map([...hits].filter(([page]) => pages.has(page)));
    // One piece is one word of Pagefind's query: it matches the words it begins, which the text holds as typed.
    if (found.size === 0 || isWord(term)) return found;
    let whole = wholeCache.get(term);
    if (!whole) wholeCache.set(term, (whole = onSite(term, found, prefer)));
    return (await whole) ? found : new Map();
  }

  async function onSite(term: string, pages: TermHits, prefer: readonly string[]): Promise<boolean> {
    const rank = (page: string) => (prefer.includes(page) ? prefer.indexOf(page) : prefer.length);
    const order = [...pages.keys()].sort((a, b) => rank(a) - rank(b) || pages.get(b)!.length - pages.get(a)!.length);
    for (const page of order) if (holdsAsWords(await wordsOfPage(page), term)) return true;
    return false;
  }

  /** The pages by how many of the concepts they hold, most first: the pages a query's answers come from. */
  async function pagesOf(concepts: readonly Concept[]): Promise<string[]> {
    const count = new Map<string, number>();
    for (const concept of concepts) {
      const pages = new Set((await Promise.all(concept.terms.map(hitsOf))).flatMap((hits) => [...hits.keys()]));
      for (const page of pages) count.set(page, (count.get(page) ?? 0) + 1);
    }
    return [...count].sort((a, b) => b[1] - a[1]).map(([page]) => page);
  }

  /**
   * The concept as found on the site: its words that occur, or, when none does, the site's words inside it. A
   * word the reader typed (one term, not a guess of the planner) is then searched as each of its parts (花呗逾其
   * → 花呗 and, by sound, 逾期), so an answer must hold them all as it would the words typed apart. Empty when
   * nothing of it is on the site.
   */
  async function resolve(concept: Concept, occurrences: (term: string) => Promise<TermHits>): Promise<Resolved[]> {
    let terms = await Promise.all(concept.terms.map(async (term) => ({ term, hits: await occurrences(term) })));
    let label = concept.label;
    let via = concept.via;
    if (terms.every((t) => t.hits.size === 0)) {
      const missing = await (missingWords ??= import('./missing-words.ts'));
      const rest: string[] = [];
      terms = (await Promise.all(concept.terms.map((term) => missing.siteWordsIn(term, occurrences, rest)))).flat();
      // What no site word covers may be a reader's wrong character of the same sound (花贝, 逾其): searched as
      // the site's word that reads so (花呗, 逾期), and named as that word. Not for a word the planner guessed.
      const alikeIn = async (pieces: readonly string[]) => {
        const alike = await (homophones ??= missing.homophoneFinder(base, gb2312Hanzi()));
        // The map and the readings are Simplified; a Traditional page's index wants its own script back.
        const inScript = (term: string) => (bridge ? bridge.inTraditional({ label: term, terms: [term] }).terms : [term]);
        return (await Promise.all(pieces.map((piece) => missing.homophonesIn(inPlanner(piece), occurrences, (w) => alike(w).flatMap(inScript))))).flat();
      };
      if (!via && concept.terms.length === 1) {
        const typed = terms.filter((t) => t.hits.size > 0).map((t) => ({ concept: { label: t.term, terms: [t.term] }, hits: { terms: [t] } }));
        const alike = rest.length > 0 ? await alikeIn(rest) : [];
        return [...typed, ...alike.map((t) => ({ concept: { label: t.term, terms: [t.term], via: 'pinyin' as const }, hits: { terms: [t] } }))];
      }
      if (terms.length === 0 && !via) {
        terms = await alikeIn(concept.terms);
        if (terms.length > 0) {
          via = 'pinyin';
          label = terms.map((t) => t.term).join('/');
        }
      }
    }
    terms = terms.filter((t) => t.hits.size > 0);
    if (terms.length === 0) return [];
    if (terms.length < concept.terms.length) label = terms.map((t) => t.term).join('/');
    if (via === 'pinyin') {
      // Letters read as several words: named as the one the site uses most.
      const count = (hits: TermHits) => [...hits.values()].reduce((sum, p) => sum + p.length, 0);
      label = terms.reduce((a, b) => (count(b.hits) > count(a.hits) ? b : a)).term;
    }
    // A thesaurus concept keeps the reader's word as its last term: found as typed, it is the reader's own.
    if (via === 'thesaurus' && terms.some((t) => t.term === concept.terms[concept.terms.length - 1])) via = undefined;
    return [{ concept: { label, terms: terms.map((t) => t.term), ...(via ? { via } : {}) }, hits: { terms } }];
  }

  async function hitFor(answer: ReturnType<typeof rankAnswers>[number], sections: Section[], concepts: Concept[], withExcerpt: boolean): Promise<SearchHit> {
    const [title, topic] = data.answers[answer.id] ?? ['', ''];
    const page = data.pages?.[answer.pageId];
    const section = sections.find((s) => s.id === answer.id)!;
    const words = withExcerpt ? await wordsOfPage(answer.pageId) : [];
    return {
      id: answer.id,
      title,
      topic,
      topicName: data.topics[topic] ?? topic,
      path: inVariant(page?.url ?? `/${dir}topics/${topic}/`),
      excerpt: words.length ? answerExcerpt(words, { ...section, title }, answer.positions) : [],
      marks: answer.matched.flatMap((i) => concepts[i]?.terms ?? []),
    };
  }

  /** The plan of `query` with `thesaurus`: the core one, or with the readers' words added. */
  async function planFor(query: string, thesaurus: Thesaurus): Promise<QueryPlan> {
    // A Traditional page reads a query with the site's own table; a character the table does not know (東 of
    // 买東西: the site never writes it) would stay Traditional and match nothing, so such a query is read with
    // OpenCC, as on a Simplified page.
    const toSimplified = bridge && !needsConverter(bridge.toSimplified(query))
      ? bridge.toSimplified
      : needsConverter(query, data.traditionalInGb2312)
        ? await (converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' })))
        : undefined;
    const readings = hasLatin(query)
      ? await (pinyin ??= Promise.all([fetch(`${base}search/pinyin.json`).then((r) => r.json() as Promise<PinyinMap>), import('./pinyin.ts')]).then(([map, code]) => code.pinyinReader(map)))
      : undefined;
    // The site's words from its titles, in the planner's script; built again when a large site's page files
    // have brought more titles since.
    const titles = Object.keys(data.answers).length + Object.keys(data.topics).length;
    if (!lexicon || lexicon.titles !== titles) {
      const texts = [...Object.values(data.answers).map(([title]) => title), ...Object.values(data.topics)].map(inPlanner);
      lexicon = { titles, lexicon: siteLexicon(texts, thesaurus) };
    }
    return planQuery(query, { thesaurus, lexicon: lexicon.lexicon, ...(toSimplified ? { toSimplified } : {}), ...(readings ? { pinyin: readings } : {}) });
  }

  /** The outcome of a plan, and whether the site lacks a word of it as planned (found only inside it, or not at all). */
  async function searchPlan(plan: QueryPlan, limit: number): Promise<{ outcome: SearchOutcome; lacking: boolean }> {
    const large = data.pageFiles ? await (pageFiles ??= import('./page-files.ts')) : undefined;
    const inScript = bridge ? plan.concepts.map(bridge.inTraditional) : plan.concepts;
    const planned = large ? large.withoutCommon(inScript, data.common ?? []) : inScript;
    const prefer = await pagesOf(planned);
    const resolved = await Promise.all(planned.map((concept) => resolve(concept, (term) => occurrences(term, prefer))));
    // A word split into its parts adds words to look for: the plan's bound holds for what is ranked too.
    const kept = resolved.flat().slice(0, maxConcepts);
    // Only words are named as missing, not characters the planner joined (还还 of 还要还); asked of the word in
    // Simplified on both pages: a Traditional form may be no single word (着用 is one, 著用 two).
    const ignored = planned.filter((c, i) => resolved[i]!.length === 0 && (c.via || isWord(inPlanner(c.label)))).map((c) => c.label);
    const found = kept.map((r) => r.hits);
    const pool = large ? await (sectionsFor ??= large.pageFileLoader(base, data, { rankAnswers, sectionsOf }))(found) : sections;
    // The question as typed (less its filler), the articles' words that the thesaurus added, and the word
    // each pinyin reading or wrong character of the same sound was taken for (not its homophones): what the
    // bigram fields compare, in the planner's script (the readers' questions, with the filler).
    // resolved follows planned, which a large site thins of common words: pair each concept with its own.
    const resolvedOf = new Map(planned.map((c, i) => [c, resolved[i]]));
    const added = plan.concepts.flatMap((c, i) => {
      if (c.via === 'thesaurus') return c.terms;
      return (resolvedOf.get(inScript[i]!) ?? []).filter((r) => r.concept.via === 'pinyin').map((r) => inPlanner(r.concept.label));
    });
    const question = [withoutFillers(plan.text), ...added];
    let ranked = withHeadingBigrams(rankAnswers(found, pool), pool, question.join(' '), inPlanner);
    const concepts = kept.map((r) => r.concept);
    const first = ranked[0];
    const relaxed = ignored.length > 0 || (first !== undefined && first.matched.length < kept.length);
    // Words on most answers say little about any one of them; on a large site, the site's most common words.
    const common = (i: number) => (large ? concepts[i]!.terms.every((t) => data.common?.includes(t)) : first!.common.includes(i));
    // A lone character the planner kept (算 of 怎么算) names too little to count as part of the question.
    const asked = [...concepts.keys()].filter((i) => [...concepts[i]!.label].length > 1);
    const direct = first !== undefined && asked.every((i) => first.matched.includes(i)) && asked.some((i) => !concepts[i]!.via && !common(i));
    // When the words do not answer the question, or cannot tell its first two answers apart, the bigrams the
    // question shares with each answer help order what comes closest. Not on a site with page files: its answers'
    // text is not in one file.
    if (!large && (!direct || relaxed || undecided(ranked))) {
      // Its code comes with its data, in a chunk of its own: a query the words answer never loads either.
      const rerank = await (bigrams ??= Promise.all([
        fetch(`${base}search/text.json`).then((r) => (r.ok ? (r.json() as Promise<AnswerTexts>) : { texts: {}, asks: {} })),
        import('./bigrams.ts'),
      ]).then(([texts, code]) => code.bigramRanker(texts, bigramsOf)));
      ranked = rerank(ranked, question, pool, [plan.text, ...added]);
    }
    ranked = childrenForHeadings(ranked, pool).slice(0, limit);
    const hits = await Promise.all(ranked.map((answer, rank) => hitFor(answer, pool, concepts, rank < excerpts)));
    // A word found as planned keeps its own terms; one the site lacks is found as other words, or not at all.
    const lacking = planned.some((c, i) => !resolved[i]!.some((r) => c.terms.includes(r.concept.terms[0]!)));
    return { outcome: { searched: concepts.map((c) => c.label), ignored, relaxed, direct, hits }, lacking };
  }

  return {
    topics: data.topics,
    async search(query, limit = 10) {
      const plan = await planFor(query, thesaurus);
      const { outcome: found, lacking } = await searchPlan(plan, limit);
      if (found.direct && !found.relaxed && !lacking) return found;
      // The words do not answer the question, or the site lacks a word the reader typed (找工作, where the text
      // says 求职): the readers' everyday words (readers.json) may say it in the articles' words, before the word
      // is taken only for the site's words inside it (工作). Loaded for the first such query, and searched again
      // only when they change the plan.
      // The JSON alone: code imported from thesaurus.ts into that chunk would move thesaurus.ts out of this one.
      const more = await (readers ??= import('./readers.json').then(({ default: r }) => withTable(thesaurus, r)));
      const wider = await planFor(query, more);
      return JSON.stringify(wider) === JSON.stringify(plan) ? found : (await searchPlan(wider, limit)).outcome;
    },
  };
}
