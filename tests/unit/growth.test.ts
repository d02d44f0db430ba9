// Adding an article is two files and no code. A realistic scraped page (tests/fixtures/growth/) goes into a copy of
// the project the editor's way: `npm run add-article`, then its reviewed .yaml in place of the draft, then
// `npm run normalize` and the build, once into a topic that already has an article and once under a topic added to
// content/topics.yaml. The checks that follow the content (tests/support/site-checks.ts, the same that run over
// dist/) pass on both builds: no test needed editing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isolatedBuild, removeBuild, type IsolatedBuild } from '../e2e/support/isolated-build.ts';
import { builtSiteProblems } from '../support/site-checks.ts';
import { projectRoot } from '../support/sources.ts';

const raw = join(projectRoot, 'tests/fixtures/growth/negotiate-repayment.raw.txt');
const reviewed = join(projectRoot, 'tests/fixtures/growth/negotiate-repayment.yaml');
const newTopic = { id: 'negotiation', name: '与平台协商还款', description: '逾期后如何与平台协商分期或延期，以及协商时要注意的事。' };

const builds: IsolatedBuild[] = [];
afterAll(() => builds.forEach((b) => removeBuild(b.root)));

/** The editor's steps in the copy at `root`; returns the new source's base name (NNN_<hash>). */
function addArticle(root: string, topic?: typeof newTopic): string {
  const sources = join(root, 'content/sources');
  const before = new Set(readdirSync(sources));
  const add = spawnSync(process.execPath, ['scripts/add-article.ts', raw], { cwd: root, encoding: 'utf8' });
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

describe.each([
  ['into a topic that has an article already', undefined],
  ['under a new topic', newTopic],
] as const)('a sixth article %s', (_, topic) => {
  let build: IsolatedBuild;
  let base = '';

  test('add-article copies the page as the next NNN_<hash>.txt, byte for byte, and the build passes', () => {
    build = isolatedBuild(topic ? 'growth-topic' : 'growth', (root) => void (base = addArticle(root, topic)));
    builds.push(build);
    expect(build.ok, build.log).toBe(true);
    const numbers = readdirSync(join(projectRoot, 'content/sources')).map((n) => Number(n.slice(0, 3)));
    expect(base).toMatch(new RegExp(`^${String(Math.max(...numbers) + 1).padStart(3, '0')}_[0-9a-f]{16}$`));
    expect(readFileSync(join(build.contentDir, 'sources', `${base}.txt`))).toEqual(readFileSync(raw));
  }, 300_000);

  test('the built site shows what the content holds, the new article included', () => {
    expect(builtSiteProblems(build.contentDir, build.outDir)).toEqual([]);
    const topicId = topic?.id ?? 'legal-affairs';
    const html = readFileSync(join(build.outDir, 'topics', topicId, 'index.html'), 'utf8');
    expect(html).toContain('id="negotiate-beware-fake-agents"');
    expect(readFileSync(join(build.outDir, 'zh-hant/a/negotiate-keep-the-deal/index.html'), 'utf8')).toContain('協商');
  });
});
