// The Traditional characters worth converting: those whose Simplified form the site uses. The browser loads
// the opencc-js converter (52 KB gz) only when a query holds one of them, so Simplified queries stay light.
import * as OpenCC from 'opencc-js/t2cn';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

function keysOf(dict: string): string[] {
  return dict.split('|').map((entry) => entry.split(' ')[0] ?? '').filter((key) => [...key].length === 1);
}

/** Characters (as one string) that convert to Simplified characters in `siteChars` and are not site characters themselves. */
export function traditionalCharsFor(siteChars: ReadonlySet<string>): string {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const chars = new Set<string>();
  for (const key of [...keysOf(TSCharacters), ...keysOf(TWVariantsRev)]) {
    if (siteChars.has(key)) continue;
    const simplified = toSimplified(key);
    if (simplified !== key && [...simplified].every((c) => siteChars.has(c))) chars.add(key);
  }
  return [...chars].sort().join('');
}
