import type { Permalinks } from '../schemas/permalinks.ts';
import { IngestError } from './errors.ts';

export interface PublishedAnswer {
  id: string;
  topic: string;
  aliases: readonly string[];
  metaFile: string;
}

/**
 * The registry of every answer id ever published only grows: current ids are added, renamed ids stay as
 * `aliasOf` their successor, and an id that would stop resolving stops the build instead.
 * An entry's `topic` is where the id was first published (/topics/<topic>/#<id>), and it never changes: an answer
 * that moves to another topic takes a new id, and its old id keeps pointing readers from the old topic page.
 */
export function updatePermalinks(previous: Permalinks, answers: readonly PublishedAnswer[], registryFile: string): Permalinks {
  const next: Permalinks = {};
  for (const a of answers) {
    const before = previous[a.id];
    if (before && !before.aliasOf && before.topic !== a.topic) {
      throw new IngestError(
        a.metaFile,
        undefined,
        `answer "${a.id}" was published under topic ${before.topic} and is now in ${a.topic}, so /topics/${before.topic}/#${a.id} would break`,
        `give the answer a new id and list "${a.id}" under its aliases; the ${before.topic} page will then point to its new place`,
      );
    }
    next[a.id] = { topic: a.topic };
  }
  for (const a of answers) {
    for (const alias of a.aliases) {
      if (next[alias] && !next[alias].aliasOf) {
        throw new IngestError(a.metaFile, undefined, `alias "${alias}" of "${a.id}" is also the id of a current answer`, 'remove the alias or rename that answer');
      }
      next[alias] = { topic: previous[alias]?.topic ?? a.topic, aliasOf: a.id };
    }
  }
  for (const [id, entry] of Object.entries(previous)) {
    if (!next[id]) {
      throw new IngestError(
        registryFile,
        undefined,
        `the published id "${id}" (topic ${entry.topic}) no longer resolves to any answer`,
        `add it to "aliases" of the answer that replaced it in the source .yaml; published links must keep working`,
      );
    }
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
