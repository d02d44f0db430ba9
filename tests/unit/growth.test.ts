// Adding an article is two files and no code. A realistic scraped page (tests/fixtures/growth/) goes into a copy of
// the project the editor's way (tests/support/added-article.ts: `npm run add-article`, then its reviewed .yaml in
// place of the draft, then `npm run normalize`) and is built, here under a topic added to content/topics.yaml. The
// checks that follow the content (tests/support/site-checks.ts, the same that run over dist/) pass on it: no test
// needed editing. The same article into a topic that has one already is built, read and searched in
// tests/e2e/added-article.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isolatedBuild, removeBuild, type IsolatedBuild } from '../e2e/support/isolated-build.ts';
import { addArticle, addedRaw, newTopic } from '../support/added-article.ts';
import { builtSiteProblems } from '../support/site-checks.ts';
import { projectRoot } from '../support/sources.ts';

describe('a sixth article under a new topic', () => {
  let build: IsolatedBuild;
  let base = '';
  afterAll(() => build && removeBuild(build.root));

  test('add-article copies the page as the next NNN_<hash>.txt, byte for byte, and the build passes', () => {
    build = isolatedBuild('growth-topic', (root) => void (base = addArticle(root, newTopic)));
    expect(build.ok, build.log).toBe(true);
    const numbers = readdirSync(join(projectRoot, 'content/sources')).map((n) => Number(n.slice(0, 3)));
    expect(base).toMatch(new RegExp(`^${String(Math.max(...numbers) + 1).padStart(3, '0')}_[0-9a-f]{16}$`));
    expect(readFileSync(join(build.contentDir, 'sources', `${base}.txt`))).toEqual(readFileSync(addedRaw));
  }, 300_000);

  test('the built site shows what the content holds, the new topic and its article included', () => {
    expect(builtSiteProblems(build.contentDir, build.outDir)).toEqual([]);
    const html = readFileSync(join(build.outDir, 'topics', newTopic.id, 'index.html'), 'utf8');
    expect(html).toContain('id="negotiate-beware-fake-agents"');
    expect(readFileSync(join(build.outDir, 'zh-hant/a/negotiate-keep-the-deal/index.html'), 'utf8')).toContain('協商');
  });
});
