// Moving between the scripts in the browser with the site's own tables (src/hant/search-data.ts) instead of
// OpenCC: a query typed in Traditional is read in Simplified by the planner, and each word it plans is looked up
// in the Traditional index in every spelling the site gives its characters. Pure.
import type { Concept } from './thesaurus.ts';
import type { ScriptTables } from './data-files.ts';

/** Spellings tried per word at most (a word of several ambiguous characters would multiply them). */
const maxSpellings = 6;

export interface ScriptBridge {
  /** Traditional (or mixed) text → Simplified, character by character. */
  toSimplified: (text: string) => string;
  /** A planned Simplified word → its Traditional spellings on the site, most likely first. */
  spellings: (word: string) => string[];
  /** A planned concept with its words in the Traditional index's script. */
  inTraditional: (concept: Concept) => Concept;
}

export function scriptBridge(tables: ScriptTables): ScriptBridge {
  const pairs = [...tables.toHans];
  const simplified = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) simplified.set(pairs[i]!, pairs[i + 1]!);
  const toSimplified = (text: string) => [...text].map((c) => simplified.get(c) ?? c).join('');
  const forms = new Map<string, string[]>();
  for (const entry of tables.toHant.split(' ')) {
    const [char, ...traditional] = [...entry];
    if (char && traditional.length > 0) forms.set(char, traditional);
  }

  const spellings = (word: string): string[] => {
    let out = [''];
    for (const char of word) {
      const options = forms.get(char) ?? [char];
      out = out.flatMap((prefix) => options.map((f) => prefix + f)).slice(0, maxSpellings);
    }
    return out;
  };

  // The concept keeps how it was planned (a thesaurus word, a pinyin reading): the engine tells the reader's own
  // words from the planner's guesses by it, on either script's pages.
  const inTraditional = (concept: Concept): Concept => ({
    ...concept,
    label: spellings(concept.label)[0] ?? concept.label,
    terms: [...new Set(concept.terms.flatMap(spellings))],
  });

  return { toSimplified, spellings, inTraditional };
}
