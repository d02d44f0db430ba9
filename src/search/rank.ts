// Ranks answers, not pages. Pagefind returns a page's sections in document order; here each answer (the text
// from its heading to the next) is scored from the word positions Pagefind found for each query word:
// BM25 over the answers, rarer words weighing more, a word in the heading weighing more (and in a parent
// heading, less: BM25F's fields), and answers holding more of the query's words first. Pure.
import type { AnswerEntry, PageSections } from './data-files.ts';

/** Word positions of one search term, per Pagefind page id. */
export type TermHits = ReadonlyMap<string, readonly number[]>;

export interface ConceptHits {
  /** Alternatives of one query word (e.g. 家人 / 父母 → 家人) and where each was found. */
  terms: readonly { term: string; hits: TermHits }[];
}

export interface RankedAnswer {
  id: string;
  pageId: string;
  score: number;
  /** Indices of the concepts this answer holds (in the heading or the text). */
  matched: number[];
  /** Those of them held by more than half of all answers: they say little about this one. */
  common: number[];
  /** Word positions of full matches inside the answer, for the excerpt. */
  positions: number[];
}

export interface Section {
  id: string;
  pageId: string;
  start: number;
  end: number;
  title: string;
  /**
   * The headings the answer sits under (a numbered step under 五、应对支付宝逾期的步骤), nearest last: a step
   * answers what its parent asks, and its own heading names only the step.
   */
  parents?: readonly string[];
}

const k1 = 1.2;
const b = 0.75;
/** A partial match (some of a word's characters, e.g. 信用 for 信用记录) counts this much of a full one. */
const partialWeight = 0.2;
/** A query word in the answer's heading counts as this many extra occurrences, saturated like the rest. */
const headingBoost = 1.5;
/** A query word in a parent heading (Section.parents) counts this much: it names the answer's question, less closely. */
const parentBoost = 0.75;

export function sectionsOf(pages: Readonly<Record<string, PageSections>>, titles: Readonly<Record<string, Readonly<AnswerEntry>>>): Section[] {
  return Object.entries(pages).flatMap(([pageId, page]) => {
    // The headings open above each answer, by level: a heading closes every one at its level or deeper.
    const open: { level: number; title: string }[] = [];
    return page.sections.map(([id, start], i) => {
      const [title = '', , level = 2] = titles[id] ?? [];
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      const parents = open.map((h) => h.title);
      open.push({ level, title });
      return { id, pageId, start, end: page.sections[i + 1]?.[1] ?? page.words, title, parents };
    });
  });
}

/** Maximal runs of consecutive positions: one run is one occurrence of a term that spans several index words. */
export function runsOf(positions: readonly number[]): [start: number, length: number][] {
  const sorted = [...positions].sort((x, y) => x - y);
  const runs: [number, number][] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && p === last[0] + last[1]) last[1]++;
    else if (!last || p >= last[0] + last[1]) runs.push([p, 1]);
  }
  return runs;
}

/** The sections of each page, indexed once per section list: a scan of every section per match grows with the square of the site. */
const byPage = new WeakMap<readonly Section[], Map<string, Section[]>>();

function sectionAt(sections: readonly Section[], pageId: string, position: number): Section | undefined {
  let pages = byPage.get(sections);
  if (!pages) {
    pages = new Map();
    for (const s of sections) {
      const list = pages.get(s.pageId);
      if (list) list.push(s);
      else pages.set(s.pageId, [s]);
    }
    byPage.set(sections, pages);
  }
  return pages.get(pageId)?.find((s) => position >= s.start && position < s.end);
}

interface TermStats {
  full: number;
  partial: number;
  positions: number[];
}

/**
 * Counts, per section, full and partial occurrences of a term. Pagefind matches every character of a Chinese
 * term separately, so a full occurrence is a run as long as the term's longest run on the site (capped at its
 * length in characters); shorter runs hold only some of its characters.
 */
function countTerm(term: string, hits: TermHits, sections: readonly Section[]): Map<Section, TermStats> {
  const runsByPage = [...hits].map(([pageId, positions]) => [pageId, runsOf(positions)] as const);
  // A loop, not Math.max(...all): a common word on a large site has more runs than a call can take arguments.
  let longest = 1;
  for (const [, runs] of runsByPage) for (const [, length] of runs) longest = Math.max(longest, length);
  const fullLength = Math.min(longest, [...term].length);
  const stats = new Map<Section, TermStats>();
  for (const [pageId, runs] of runsByPage) {
    for (const [start, length] of runs) {
      const section = sectionAt(sections, pageId, start);
      if (!section) continue;
      const entry = stats.get(section) ?? { full: 0, partial: 0, positions: [] };
      if (length >= fullLength) {
        entry.full++;
        for (let i = 0; i < length; i++) entry.positions.push(start + i);
      } else entry.partial++;
      stats.set(section, entry);
    }
  }
  return stats;
}

export function rankAnswers(concepts: readonly ConceptHits[], sections: readonly Section[]): RankedAnswer[] {
  const total = sections.length;
  const averageLength = sections.reduce((sum, s) => sum + (s.end - s.start), 0) / Math.max(1, total);
  const perConcept = concepts.map((concept) => {
    // Per section, the best of the concept's alternatives; a heading holding any alternative counts.
    const best = new Map<Section, { tf: number; positions: number[]; heading?: boolean; parent?: boolean }>();
    for (const { term, hits } of concept.terms) {
      for (const [section, stats] of countTerm(term, hits, sections)) {
        const tf = stats.full + partialWeight * stats.partial;
        const prior = best.get(section);
        if (!prior || tf > prior.tf) best.set(section, { tf, positions: stats.positions });
      }
    }
    for (const section of sections) {
      const named = (title: string) => concept.terms.some(({ term }) => title.includes(term));
      const heading = named(section.title);
      const parent = !heading && (section.parents ?? []).some(named);
      if (!heading && !parent) continue;
      const prior = best.get(section) ?? { tf: 0, positions: [] };
      best.set(section, { ...prior, heading, parent });
    }
    const documents = [...best.values()].filter((v) => v.tf >= 1 || v.heading || v.parent).length;
    const idf = Math.log(1 + (total - documents + 0.5) / (documents + 0.5));
    return { best, idf, common: documents > total / 2 };
  });
  const weightAll = perConcept.reduce((sum, c) => sum + (c.best.size > 0 ? c.idf : 0), 0);
  const ranked: RankedAnswer[] = [];
  for (const section of sections) {
    let score = 0;
    let weightHeld = 0;
    const matched: number[] = [];
    const common: number[] = [];
    const positions: number[] = [];
    perConcept.forEach(({ best, idf, common: onMost }, index) => {
      const found = best.get(section);
      if (!found) return;
      const tf = found.tf + (found.heading ? headingBoost : found.parent ? parentBoost : 0);
      const norm = k1 * (1 - b + (b * (section.end - section.start)) / averageLength);
      score += idf * ((tf * (k1 + 1)) / (tf + norm));
      if (found.tf >= 1 || found.heading || found.parent) {
        weightHeld += idf;
        matched.push(index);
        if (onMost) common.push(index);
      }
      positions.push(...found.positions);
    });
    if (score <= 0) continue;
    // Answers holding more of the query (by weight) come first: a natural question names its topic once.
    const coverage = weightAll > 0 ? weightHeld / weightAll : 0;
    ranked.push({ id: section.id, pageId: section.pageId, score: score * (0.25 + coverage * coverage), matched, common, positions });
  }
  return ranked.sort((x, y) => y.score - x.score);
}

/**
 * True when the words cannot tell the first two answers apart: the second scores at least 70 % of the first (60 to
 * 90 % did alike on the tuning questions). The engine then lets the bigrams order them, as it does for a question
 * the words do not answer.
 */
export const undecided = (ranked: readonly RankedAnswer[]): boolean => ranked.length > 1 && ranked[1]!.score >= 0.7 * ranked[0]!.score;

/** The bigrams of each Han run of `text` (a bigram never spans a gap, punctuation or Latin text). */
export function bigramsOf(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.split(/[^\p{Script=Han}]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** How much a heading's bigrams that the question shares weigh beside the words' score (parents count half). */
const headingBigramWeight = 0.5;

/**
 * The word ranking with a heading field of character bigrams (BM25F's heading, cut as Lucene's CJKBigramAnalyzer
 * cuts Chinese): the share of the question's bigrams, weighted by their rarity among the headings, that an
 * answer's heading (and, at half, its parent headings) holds. It needs no segmenter to agree with the reader
 * (被盗刷 shares 被盗 with 花呗被盗用并逾期怎么应对) and no text beyond the headings every ranking has, so it
 * works alike on a small site and on a large one's page files. `scriptOf` brings headings into the question's
 * script (the Traditional pages' titles are Traditional; the question is planned in Simplified).
 */
export function withHeadingBigrams(ranked: readonly RankedAnswer[], pool: readonly Section[], question: string, scriptOf: (text: string) => string = (t) => t): RankedAnswer[] {
  const asked = new Set(bigramsOf(question));
  if (asked.size === 0 || ranked.length === 0) return [...ranked];
  const gramsOf = new Map<string, { own: Set<string>; parents: Set<string> }>();
  const df = new Map<string, number>();
  for (const section of pool) {
    const own = new Set(bigramsOf(scriptOf(section.title)).filter((g) => asked.has(g)));
    const parents = new Set((section.parents ?? []).flatMap((p) => bigramsOf(scriptOf(p))).filter((g) => asked.has(g)));
    gramsOf.set(section.id, { own, parents });
    for (const g of own) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const idf = (g: string) => Math.log(1 + (pool.length - (df.get(g) ?? 0) + 0.5) / ((df.get(g) ?? 0) + 0.5));
  const total = [...asked].filter((g) => df.has(g)).reduce((sum, g) => sum + idf(g), 0);
  if (total === 0) return [...ranked];
  const best = Math.max(...ranked.map((r) => r.score));
  return ranked
    .map((answer) => {
      const grams = gramsOf.get(answer.id);
      if (!grams) return answer;
      let held = 0;
      for (const g of grams.own) held += idf(g);
      for (const g of grams.parents) if (!grams.own.has(g)) held += idf(g) / 2;
      return { ...answer, score: answer.score + headingBigramWeight * best * (held / total) };
    })
    .sort((x, y) => y.score - x.score);
}

/**
 * Answers that are only a heading (the parent of numbered steps: 花呗被盗用并逾期怎么应对 over 花呗被盗用并逾期的应对方法
 * and its steps), each paired with its first child: what the reader lands on under that heading. A heading-only
 * answer spans no more index words than its title has characters (plus the stop Pagefind adds after a heading),
 * and its first child opens where it ends.
 */
export function headingOnlyAnswers(pool: readonly Section[]): Map<string, string> {
  const pairs = new Map<string, string>();
  pool.forEach((section, i) => {
    const next = pool[i + 1];
    if (!next || next.pageId !== section.pageId || next.start !== section.end) return;
    if (next.parents?.at(-1) !== section.title) return;
    if (section.end - section.start <= [...section.title].length + 1) pairs.set(section.id, next.id);
  });
  return pairs;
}

/**
 * The ranking with each heading-only answer replaced, at its place, by the best ranked answer right under it (its
 * first child when none ranked). A heading-only answer has no text of its own to answer with or to show: its
 * heading names what the answers under it answer (they hold it as their parent heading), and the reader is
 * better led to the one whose text matches than to a heading. Each answer is listed once.
 */
export function childrenForHeadings(ranked: readonly RankedAnswer[], pool: readonly Section[]): RankedAnswer[] {
  const firstChild = headingOnlyAnswers(pool);
  if (firstChild.size === 0) return [...ranked];
  const shown = new Set<string>();
  const listed: RankedAnswer[] = [];
  for (const answer of ranked) {
    let stand = answer;
    if (firstChild.has(answer.id)) {
      // The answers right under it: on its page, with its heading as the nearest of theirs.
      const { title } = pool.find((s) => s.id === answer.id)!;
      const under = (id: string) => pool.some((s) => s.id === id && s.pageId === answer.pageId && s.parents?.at(-1) === title);
      const best = ranked.find((r) => !shown.has(r.id) && !firstChild.has(r.id) && under(r.id));
      stand = best ? { ...best, score: answer.score } : { ...answer, id: firstChild.get(answer.id)!, positions: [] };
    }
    if (shown.has(stand.id)) continue;
    shown.add(stand.id);
    listed.push(stand);
  }
  return listed;
}
