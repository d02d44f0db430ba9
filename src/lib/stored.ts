// What the page scripts read from the reader's storage (localStorage, or sessionStorage for one tab's), which
// may be blocked (private modes, settings): then it reads as nothing stored. One helper, so that the page
// script, which counts in every page's JavaScript budget, carries one copy of it.
export function stored(key: string, session?: boolean): string | null {
  try {
    return (session ? sessionStorage : localStorage).getItem(key);
  } catch {
    return null;
  }
}
