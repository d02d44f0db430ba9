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
 */
export function updatePermalinks(previous: Permalinks, answers: readonly PublishedAnswer[], registryFile: string): Permalinks {
  const next: Permalinks = {};
  for (const a of answers) next[a.id] = { topic: a.topic };
  for (const a of answers) {
    for (const alias of a.aliases) {
      if (next[alias] && !next[alias].aliasOf) {
        throw new IngestError(a.metaFile, undefined, `alias "${alias}" of "${a.id}" is also the id of a current answer`, 'remove the alias or rename that answer');
      }
      next[alias] = { topic: a.topic, aliasOf: a.id };
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
