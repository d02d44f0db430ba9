import * as OpenCC from 'opencc-js';

let twToCn: ((text: string) => string) | undefined;

/**
 * Traditional (Taiwan standard) → Simplified, character by character.
 * `from: 'tw'` resolves 著 in context (隨著 → 随着); the phrase table `twp` is avoided on purpose because it
 * rewrites vocabulary (使用者 → 用户), and the source's words must stay its own.
 */
export function toSimplified(text: string): string {
  twToCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return twToCn(text);
}
