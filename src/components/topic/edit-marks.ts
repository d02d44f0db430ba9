// The restored words and gaps of an article and their entries in its list of edits (./EditList.astro): a mark
// in the text links to its entry (a phone shows no `title` tooltip), and the entry links back to the first
// answer whose text it changed. A mark carries what the generated MDX gives it (src/ingest/mdx.ts): the reason
// of its erratum and the characters it replaced, which errata with the same reason may share; so an entry is
// a reason, with every erratum that gives it.
import { diff } from '../../lib/char-diff.ts';
import type { Article } from '../../lib/site-content.ts';

type Edit = Article['data']['edits'][number];

export interface Mark {
  original: string;
  reason: string;
  /** The restored characters; none for a gap. */
  text?: string | undefined;
}

/** An entry of the list of edits: the errata (in the article's order) that give one reason. */
export interface EditEntry {
  reason: string;
  gap: boolean;
  edits: Edit[];
}

/** The entries of the list of edits, in the order of their first erratum. */
export function editEntries(edits: readonly Edit[]): EditEntry[] {
  const entries: EditEntry[] = [];
  for (const edit of edits) {
    const entry = entries.find((e) => e.reason === edit.reason && e.gap === edit.gap);
    if (entry) entry.edits.push(edit);
    else entries.push({ reason: edit.reason, gap: edit.gap, edits: [edit] });
  }
  return entries;
}

/** The id of an entry: unique on a topic page of several articles. */
export const entryId = (articleId: string, index: number): string => `edit_${articleId}_${index + 1}`;

function shows(edit: Edit, mark: Mark): boolean {
  if (mark.text === undefined) return edit.gap;
  return !edit.gap && diff(edit.find, edit.replace).some((c) => c.kind === 'changed' && c.deleted === mark.original && c.inserted === mark.text);
}

/** The index of the entry that explains a mark. */
export function entryOf(entries: readonly EditEntry[], mark: Mark, articleId: string): number {
  const index = entries.findIndex((e) => e.reason === mark.reason && e.edits.some((edit) => shows(edit, mark)));
  if (index < 0) throw new Error(`content/articles/${articleId}.mdx: the mark of "${mark.text ?? mark.original}" (${mark.reason}) is none of the article's edits; run npm run normalize`);
  return index;
}

// A section start or a mark, as src/ingest/mdx.ts writes them.
const marksAndSections = /<Section answer="([^"]+)"|<Section |<(Restored|Gap) original=\{("(?:[^"\\]|\\.)*")\} reason=\{("(?:[^"\\]|\\.)*")\}(?: \/>|>((?:[^<\\]|\\.)*)<\/Restored>)/g;

/**
 * For each entry, the answer whose text shows it first, from the article's MDX text; undefined where that is
 * the text before the first answer (or the title alone).
 */
export function firstPlaces(mdx: string, entries: readonly EditEntry[], articleId: string): (string | undefined)[] {
  const places: (string | undefined)[] = entries.map(() => undefined);
  const seen = new Set<number>();
  let answer: string | undefined;
  for (const m of mdx.matchAll(marksAndSections)) {
    if (!m[2]) {
      answer = m[1];
      continue;
    }
    const text = m[2] === 'Restored' ? (m[5] ?? '').replace(/\\(.)/g, '$1') : undefined;
    const index = entryOf(entries, { original: JSON.parse(m[3]!), reason: JSON.parse(m[4]!), text }, articleId);
    if (!seen.has(index)) places[index] = answer;
    seen.add(index);
  }
  return places;
}
