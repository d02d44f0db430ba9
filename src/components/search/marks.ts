// The words a result's answer page marks (./landing.ts), handed from the results to that page in sessionStorage
// rather than in its URL: a URL's query reaches the host and its logs, and these words are the reader's search.
// One tab's, read once, and only by the page the result led to. Where storage is blocked, nothing is marked.
import { stored } from '../../lib/stored.ts';

const storageKey = 'huabei-kb:marks';

export function rememberMarks(path: string, words: readonly string[]): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ path, words }));
  } catch {
    // Blocked: see above.
  }
}

export const hasMarks = (): boolean => stored(storageKey, true) !== null;

/** The words left for the page at `path`; they are gone once read, whichever page reads them. */
export function takeMarks(path: string): string[] {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as { path?: string; words?: unknown } | null;
    sessionStorage.removeItem(storageKey);
    return stored?.path === path && Array.isArray(stored.words) ? stored.words.map(String) : [];
  } catch {
    return [];
  }
}
