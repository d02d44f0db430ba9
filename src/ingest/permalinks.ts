import type { Permalinks } from '../schemas/permalinks.ts';
import { IngestError, lineWhere, type Report, stopAtFirst } from './errors.ts';

export interface PublishedAnswer {
  id: string;
  topic: string;
  aliases: readonly string[];
  metaFile: string;
  /** The line of its `id:` in metaFile. */
  metaLine?: number;
}

/**
 * The registry of every answer id ever published only grows: current ids are added, renamed ids stay as
 * `aliasOf` their successor, removed ones stay as `retired` (with the reason readers are shown), and an id that
 * would stop resolving stops the build instead.
 * An entry's `topic` is where the id was first published (/topics/<topic>/#<id>), and it never changes: an answer
 * that moves to another topic takes a new id, and its old id keeps pointing readers from the old topic page.
 * `registryText` (the file as it stands) lets errors name the line of an entry.
 */
export function updatePermalinks(previous: Permalinks, answers: readonly PublishedAnswer[], registryFile: string, report: Report = stopAtFirst, registryText?: string): Permalinks {
  const lineOf = (id: string) => lineWhere(registryText, (line) => line.trimStart().startsWith(`"${id}":`));
  const next: Permalinks = {};
  for (const a of answers) {
    const before = previous[a.id];
    if (before?.retired !== undefined) {
      report(new IngestError(
        a.metaFile,
        a.metaLine,
        `answer id "${a.id}" was retired (${registryFile}: "${before.retired}"), and links to it say the answer was removed`,
        `give the answer another id; or, if this is the removed answer back, delete the "retired" field of "${a.id}" in ${registryFile}`,
      ));
    } else if (before && !before.aliasOf && before.topic !== a.topic) {
      report(new IngestError(
        a.metaFile,
        a.metaLine,
        `answer "${a.id}" was published under topic ${before.topic} and is now in ${a.topic}, so /topics/${before.topic}/#${a.id} would break`,
        `give the answer a new id and list "${a.id}" under its aliases; the ${before.topic} page will then point to its new place`,
      ));
    }
    next[a.id] = { topic: a.topic };
  }
  for (const a of answers) {
    for (const alias of a.aliases) {
      if (next[alias] && !next[alias].aliasOf) {
        report(new IngestError(a.metaFile, a.metaLine, `alias "${alias}" of "${a.id}" is also the id of a current answer`, 'remove the alias or rename that answer'));
        continue;
      }
      next[alias] = { topic: previous[alias]?.topic ?? a.topic, aliasOf: a.id };
    }
  }
  for (const [id, entry] of Object.entries(previous)) {
    if (next[id]) continue;
    if (entry.retired !== undefined) {
      next[id] = { topic: entry.topic, retired: entry.retired };
      continue;
    }
    report(new IngestError(
      registryFile,
      lineOf(id),
      `the published id "${id}" (topic ${entry.topic}) no longer resolves to any answer`,
      `published links must keep working: if another answer replaced it, add aliases: [${id}] to that answer in its source .yaml; if the answer is gone, mark it retired here with the reason readers will see: "${id}": { "topic": "${entry.topic}", "retired": "原文已删除这部分内容" }`,
    ));
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
