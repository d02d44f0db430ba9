// Pure functions over an article's answer list (frontmatter `answers`, in document order).
// An answer "owns" the deeper answers that follow it until the next answer at its level or above.

export interface AnswerNode {
  id: string;
  title: string;
  level: number;
}

/** The answer and every answer it owns: what its own page `/a/<id>/` shows. */
export function answerSubtree(answers: readonly AnswerNode[], id: string): string[] {
  const start = answers.findIndex((a) => a.id === id);
  if (start < 0) return [];
  const root = answers[start]!;
  const ids = [root.id];
  for (const a of answers.slice(start + 1)) {
    if (a.level <= root.level) break;
    ids.push(a.id);
  }
  return ids;
}

export interface TocEntry {
  id: string;
  title: string;
  children: TocEntry[];
}

/** The table of contents: answers down to `maxLevel`, each nested under the last shallower entry before it. */
export function tocTree(answers: readonly AnswerNode[], maxLevel = 3): TocEntry[] {
  const roots: TocEntry[] = [];
  const open: { level: number; entry: TocEntry }[] = [];
  for (const a of answers) {
    if (a.level > maxLevel) continue;
    const entry: TocEntry = { id: a.id, title: a.title, children: [] };
    while (open.length > 0 && open[open.length - 1]!.level >= a.level) open.pop();
    (open.length > 0 ? open[open.length - 1]!.entry.children : roots).push(entry);
    open.push({ level: a.level, entry });
  }
  return roots;
}

/** The neighbours of an item in a reading order, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
  return { prev: items[index - 1], next: items[index + 1] };
}
