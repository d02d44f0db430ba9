// Simplified → Traditional at character level: OpenCC's `cn → tw` (its phrase table only picks between
// characters, 头发 → 頭髮 but 发现 → 發現; the `twp` vocabulary rewriting is never used), plus the reviewed
// corrections. One converter serves a whole build; conversions are memoized, since the same text recurs on
// many pages (header, footer, an answer page repeats its topic page's paragraphs).
import * as OpenCC from 'opencc-js/cn2t';
import { corrections as reviewedCorrections, type Correction } from './corrections.ts';

export type Convert = (text: string) => string;

export interface ConverterOptions {
  corrections?: readonly Correction[];
  /** Distinct texts remembered at most; those not used for a while are forgotten, so memory stays bounded. */
  cacheSize?: number;
  /** Called with every text actually converted (not with those answered from memory). */
  observe?: (text: string, converted: string) => void;
}

const han = /\p{Script=Han}/u;
const codePoints = (text: string) => [...text].length;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Applies the corrections first and lets OpenCC convert the text between them. */
function withCorrections(opencc: Convert, corrections: readonly Correction[]): Convert {
  for (const c of corrections) {
    if (codePoints(c.find) !== codePoints(c.replace)) throw new Error(`hant: correction "${c.find}" → "${c.replace}" changes the length of the text`);
  }
  if (corrections.length === 0) return opencc;
  const replacement = new Map(corrections.map((c) => [c.find, c.replace]));
  const pattern = new RegExp([...replacement.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      out += opencc(text.slice(last, match.index)) + replacement.get(match[0])!;
      last = match.index + match[0].length;
    }
    return last === 0 ? opencc(text) : out + opencc(text.slice(last));
  };
}

export interface Converter extends Convert {
  /** How many conversions were answered from memory, and how many were computed. */
  readonly stats: { hits: number; misses: number };
}

export function createConverter({ corrections = reviewedCorrections, cacheSize = 50_000, observe }: ConverterOptions = {}): Converter {
  const convert = withCorrections(OpenCC.Converter({ from: 'cn', to: 'tw' }), corrections);
  // Two generations of at most cacheSize / 2 texts each: a text found in the older one moves to the newer, and
  // when the newer fills up, the older is dropped. Close to least-recently-used, without an LRU's reordering of
  // a large Map on every hit (a quarter of the mirror's time at 10,000 articles, bench:scale).
  const generation = Math.max(1, Math.floor(cacheSize / 2));
  let recent = new Map<string, string>();
  let older = new Map<string, string>();
  const remember = (text: string, converted: string) => {
    recent.set(text, converted);
    if (recent.size >= generation) {
      older = recent;
      recent = new Map();
    }
  };
  const stats = { hits: 0, misses: 0 };
  const converter = (text: string): string => {
    if (!han.test(text)) return text;
    const known = recent.get(text);
    if (known !== undefined) {
      stats.hits++;
      return known;
    }
    const old = older.get(text);
    if (old !== undefined) {
      stats.hits++;
      older.delete(text);
      remember(text, old);
      return old;
    }
    stats.misses++;
    const converted = convert(text);
    observe?.(text, converted);
    remember(text, converted);
    return converted;
  };
  return Object.assign(converter, { stats });
}
