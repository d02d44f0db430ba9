// Characters that exist only in Simplified script, by OpenCC's own data: those its Simplified → Traditional
// character table converts, and that none of its Traditional-side tables (characters, phrases, Taiwan
// variants) ever writes. 们 and 这 are in; 干 and 后 are not (若干 and 皇后 are Traditional too).
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';

function entries(dict: string): [string, string][] {
  return dict.split('|').map((e) => e.split(' ') as [string, string]);
}

let cached: Set<string> | undefined;

export function simplifiedOnlyCharacters(): ReadonlySet<string> {
  if (cached) return cached;
  const written = new Set<string>();
  for (const dict of [STCharacters, STPhrases, STPhrasesRegional, TWVariants, TWVariantsPhrases]) {
    for (const [, value] of entries(dict)) for (const char of value ?? '') written.add(char);
  }
  cached = new Set(entries(STCharacters).map(([key]) => key).filter((key) => [...key].length === 1 && !written.has(key)));
  return cached;
}

/** The Simplified-only characters of a text, once each. */
export function simplifiedOnlyIn(text: string): string[] {
  const only = simplifiedOnlyCharacters();
  return [...new Set([...text].filter((c) => only.has(c)))];
}
