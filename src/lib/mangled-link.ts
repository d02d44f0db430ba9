// Reading the answer id out of a link that a chat or forum mangled on its way: a trailing 。，）」 glued on (or its
// %-encoding), upper case, the end cut off, the last slash missing. The 404 page (src/pages/404.astro) runs it on
// the address it was served for and leads the reader to the answers it finds. Pure, small and without imports:
// the browser runs it in the 404 page's own script, which must share no module (no chunk, no request) with the
// page script of every page.

/** At most this many answers are offered for a cut-off id. */
export const maxCandidates = 5;
/** A cut-off id shorter than this names too little to guess from. */
const minCut = 3;

/** Decodes every well-formed %-sequence; one cut in the middle (%E3%80) is dropped, not an error. */
function decodeLoosely(path: string): string {
  return path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return '';
    }
  });
}

/**
 * The id-like part of an answer address, lower-cased: `/kb/A/Notify-Family。/` with roots `/kb/zh-hant/` and
 * `/kb/` → `notify-family`. `roots` are the site's and its variants' home paths. Everything after the id's
 * letters, digits and hyphens is taken for what the link picked up on the way. Undefined when the path is no
 * answer address.
 */
export function idPartOf(pathname: string, roots: readonly string[]): string | undefined {
  const path = decodeLoosely(pathname).toLowerCase();
  const root = rootOf(path, roots);
  const rest = root ? path.slice(root.length) : path.replace(/^\/+/, '');
  const id = /^a\/+([a-z0-9-]+)/.exec(rest)?.[1]?.replace(/-+$/, '');
  return id || undefined;
}

/** The longest of `roots` that `pathname` starts with, whatever its case. */
export function rootOf(pathname: string, roots: readonly string[]): string | undefined {
  return roots.filter((r) => pathname.toLowerCase().startsWith(r.toLowerCase())).sort((a, b) => b.length - a.length)[0];
}

/**
 * The registered ids `idPart` can stand for: itself; else the ids it is the start of (cut off), shortest first;
 * else the longest id it starts with (text glued on without a break).
 */
export function idsMatching(idPart: string, ids: readonly string[]): string[] {
  if (ids.includes(idPart)) return [idPart];
  if (idPart.length >= minCut) {
    const cut = ids.filter((id) => id.startsWith(idPart));
    if (cut.length > 0) return cut.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, maxCandidates);
  }
  const glued = ids.filter((id) => idPart.startsWith(id)).sort((a, b) => b.length - a.length);
  return glued.slice(0, 1);
}
