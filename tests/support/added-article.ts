// A sixth article added to a copy of the project the way a content editor adds one (README, "Adding an article"):
// `npm run add-article` on a realistic scraped page (tests/fixtures/growth/), its reviewed .yaml in place of the
// draft, optionally a topic added to content/topics.yaml, then `npm run normalize`. Used as the `change` of an
// isolated build by tests/unit/growth.test.ts (under a new topic) and tests/e2e/added-article.spec.ts (into the
// topic its .yaml names, beside the article there; read and searched in a browser).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './sources.ts';

export const addedRaw = join(projectRoot, 'tests/fixtures/growth/negotiate-repayment.raw.txt');
const reviewed = join(projectRoot, 'tests/fixtures/growth/negotiate-repayment.yaml');

export interface NewTopic {
  id: string;
  name: string;
  description: string;
}

export const newTopic: NewTopic = { id: 'negotiation', name: '与平台协商还款', description: '逾期后如何与平台协商分期或延期，以及协商时要注意的事。' };

/** The editor's steps in the copy at `root`; returns the new source's base name (NNN_<hash>). */
export function addArticle(root: string, topic?: NewTopic): string {
  const sources = join(root, 'content/sources');
  const before = new Set(readdirSync(sources));
  const add = spawnSync(process.execPath, ['scripts/add-article.ts', addedRaw], { cwd: root, encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`add-article failed:\n${add.stdout}${add.stderr}`);
  const added = readdirSync(sources).filter((n) => !before.has(n)).sort();
  if (added.length !== 2) throw new Error(`add-article wrote ${added.join(', ')}`);
  const base = added[0]!.replace(/\.(txt|yaml)$/, '');
  let meta = readFileSync(reviewed, 'utf8');
  if (topic) {
    const topics = join(root, 'content/topics.yaml');
    const order = Math.max(...[...readFileSync(topics, 'utf8').matchAll(/order: (\d+)/g)].map((m) => Number(m[1]))) + 1;
    writeFileSync(topics, `${readFileSync(topics, 'utf8')}- id: ${topic.id}\n  name: ${topic.name}\n  description: ${topic.description}\n  order: ${order}\n`);
    meta = meta.replace(/^topic: .*$/m, `topic: ${topic.id}`).replace(/^slug: .*\n/m, '');
  }
  writeFileSync(join(sources, `${base}.yaml`), meta);
  const normalize = spawnSync(process.execPath, ['scripts/normalize.ts'], { cwd: root, encoding: 'utf8' });
  if (normalize.status !== 0) throw new Error(`normalize failed:\n${normalize.stdout}${normalize.stderr}`);
  return base;
}
