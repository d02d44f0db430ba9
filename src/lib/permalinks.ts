// Links are forever: every id in content/permalinks.json must land on an answer, on the topic page it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../site/settings.ts';
import { permalinksSchema, type Permalinks } from '../schemas/permalinks.ts';

export interface CurrentAnswer {
  id: string;
  topic: string;
}

/** A published id and the current answer it lands on (itself, unless it was renamed). */
export interface ResolvedPermalink {
  id: string;
  topic: string;
  target: string;
}

/** The id of a removed answer: its /a/<id>/ page and its topic anchor say so, with the reason, and lead to the topic. */
export interface RetiredPermalink {
  id: string;
  topic: string;
  reason: string;
}

/** The retired ids of the registry, in its order. */
export function retiredPermalinks(registry: Permalinks): RetiredPermalink[] {
  return Object.entries(registry).flatMap(([id, e]) => (e.retired === undefined ? [] : [{ id, topic: e.topic, reason: e.retired }]));
}

/** Reads the registry of the content directory the site is built from (src/site/settings.ts). */
export function readPermalinks(contentDir = siteSettings().contentDir): Permalinks {
  const file = join(contentDir, 'permalinks.json');
  return permalinksSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Resolves every registered id to a current answer, following renames. Throws, naming the id, when one resolves
 * nowhere, when a current answer sits in another topic than its id was published under, or when an answer is
 * missing from the registry. A retired id may point into another topic: the answer moved, and its old topic page
 * keeps an anchor that says where (see movedAnswers).
 */
export function resolvePermalinks(registry: Permalinks, answers: readonly CurrentAnswer[]): Map<string, ResolvedPermalink> {
  const current = new Map(answers.map((a) => [a.id, a]));
  const resolved = new Map<string, ResolvedPermalink>();
  for (const [id, entry] of Object.entries(registry)) {
    if (entry.retired !== undefined) continue;
    let target = id;
    const seen = new Set<string>();
    while (registry[target]?.aliasOf !== undefined) {
      if (seen.has(target)) throw new Error(`permalinks: the published id "${id}" is part of an aliasOf cycle (${[...seen].join(' → ')})`);
      seen.add(target);
      target = registry[target]!.aliasOf!;
    }
    const answer = current.get(target);
    if (!answer) {
      throw new Error(`permalinks: the published id "${id}" (topic ${entry.topic}) resolves to no answer${target === id ? '' : ` (it is an alias of "${target}")`}; add it to "aliases" of the answer that replaced it, or, if the answer is gone, mark it "retired": "<reason for readers>" in permalinks.json, and run \`npm run normalize\``);
    }
    if (target === id && answer.topic !== entry.topic) {
      throw new Error(`permalinks: the published id "${id}" belongs to topic "${entry.topic}", but its answer is in topic "${answer.topic}"; /topics/${entry.topic}/#${id} would break (run \`npm run normalize\`)`);
    }
    resolved.set(id, { id, topic: entry.topic, target });
  }
  for (const a of answers) {
    if (!resolved.has(a.id)) throw new Error(`permalinks: the answer id "${a.id}" is not in permalinks.json; run \`npm run normalize\``);
  }
  return resolved;
}

/** The retired ids that land on each current answer. */
export function aliasesByAnswer(resolved: ReadonlyMap<string, ResolvedPermalink>): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const { id, target } of resolved.values()) {
    if (id !== target) aliases.set(target, [...(aliases.get(target) ?? []), id]);
  }
  return aliases;
}

/**
 * Per topic, the retired ids published under it whose answers now live in another topic, for that topic's page.
 * Grouped in one pass: a scan of every id per topic page would grow with the square of the site.
 */
export function movedAnswersByTopic(resolved: ReadonlyMap<string, ResolvedPermalink>, answers: readonly CurrentAnswer[]): Map<string, ResolvedPermalink[]> {
  const topicOf = new Map(answers.map((a) => [a.id, a.topic]));
  const moved = new Map<string, ResolvedPermalink[]>();
  for (const p of resolved.values()) {
    if (topicOf.get(p.target) === p.topic) continue;
    const list = moved.get(p.topic);
    if (list) list.push(p);
    else moved.set(p.topic, [p]);
  }
  return moved;
}
