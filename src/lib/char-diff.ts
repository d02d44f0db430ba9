// What an erratum changed, character by character: the build marks restored words with it (src/ingest/errata.ts)
// and the list of edits on a topic page shows it (src/components/topic/EditList.astro).

/** Where an erratum's replacement holds the visible gap of a lost word. */
export const GAP = '{gap}';

export type Change = { kind: 'same'; text: string } | { kind: 'changed'; deleted: string; inserted: string };

/** Character diff by longest common subsequence; the strings are a few characters long. */
export function diff(from: string, to: string): Change[] {
  const a = [...from];
  const b = [...to];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const changes: Change[] = [];
  const add = (kind: 'same' | 'deleted' | 'inserted', ch: string) => {
    const last = changes[changes.length - 1];
    if (kind === 'same') {
      if (last?.kind === 'same') last.text += ch;
      else changes.push({ kind: 'same', text: ch });
    } else {
      const target = last?.kind === 'changed' ? last : (changes[changes.push({ kind: 'changed', deleted: '', inserted: '' }) - 1] as Extract<Change, { kind: 'changed' }>);
      target[kind] += ch;
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      add('same', a[i++]!);
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      add('inserted', b[j++]!);
    } else {
      add('deleted', a[i++]!);
    }
  }
  return changes;
}
