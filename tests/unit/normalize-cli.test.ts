// `npm run normalize` on bad input: one clear line per problem (file, line, fix), exit 1, nothing written.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyContent, normalize, removeCopies } from '../support/fixture-content.ts';

afterAll(removeCopies);

const source = '003_9359cfa0df809533';

function snapshot(content: string): string {
  const dir = join(content, 'articles');
  return readdirSync(join(content, '..'))
    .concat(readdirSync(dir).map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}:${readFileSync(join(dir, n), 'utf8').length}`))
    .concat(readdirSync(content))
    .join('\n');
}

/** A review's text without the entry of one answer: its `- id:` line and the fields under it. */
function withoutAnswer(meta: string, id: string): string {
  return meta.replace(new RegExp(`^  - id: ${id}\\n(?: {4}.*\\n)*`, 'm'), '');
}

function expectRefused(content: string, message: RegExp): void {
  const before = snapshot(content);
  const run = normalize(content);
  expect(run.status).toBe(1);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('normalize: error: '));
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0]).toMatch(message);
  expect(errors[0]).toMatch(/ — fix: \S/);
  expect(run.stderr).toContain('nothing was written');
  expect(snapshot(content)).toBe(before); // articles untouched, no staging folder left behind
}

describe('normalize refuses bad input', () => {
  test('an empty source file', () => {
    const content = copyContent();
    writeFileSync(join(content, 'sources', `${source}.txt`), '');
    expectRefused(content, new RegExp(`${source}\\.txt: the file is empty`));
  });

  test('invalid UTF-8, naming the line', () => {
    const content = copyContent();
    writeFileSync(join(content, 'sources', `${source}.txt`), Buffer.concat([Buffer.from('标题\n正文\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]));
    expectRefused(content, new RegExp(`${source}\\.txt:3: not valid UTF-8`));
  });

  test('a source without metadata', () => {
    const content = copyContent();
    rmSync(join(content, 'sources', `${source}.yaml`));
    expectRefused(content, new RegExp(`${source}\\.txt: has no metadata file .*${source}\\.yaml — fix: create`));
  });

  test('an unknown topic, naming the line', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('topic: home-visits', 'topic: house-calls'));
    expectRefused(content, new RegExp(`${source}\\.yaml:3: unknown topic "house-calls" — fix: use one of theft, contact-exposure`));
  });

  test('a wrongly typed field, naming the line', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('published: null', 'published: last spring'));
    expectRefused(content, new RegExp(`${source}\\.yaml:7: field "published"`));
  });

  test('a heading without an answer id', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, withoutAnswer(readFileSync(meta, 'utf8'), 'protect-personal-info'));
    expectRefused(content, new RegExp(`${source}\\.txt:13: heading "保护个人信息" has no answer id — fix: add "- \\{ id: [a-z][a-z0-9-]*, heading: "保护个人信息" \\}"`));
  });

  test('an answer id used twice on the site, naming both files and lines', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    const other = readdirSync(join(content, 'sources')).find((n) => n.endsWith('.yaml') && readFileSync(join(content, 'sources', n), 'utf8').includes('id: legal-affairs-summary'))!;
    const lineOf = (file: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('id: legal-affairs-summary')) + 1;
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('id: home-visits-summary', 'id: legal-affairs-summary'));
    expectRefused(
      content,
      new RegExp(`${source}\\.yaml:${lineOf(meta)}: answer id "legal-affairs-summary" \\(heading "总结"\\) is already used by .*${other.replace('.', '\\.')}:${lineOf(join(content, 'sources', other))} \\(heading `),
    );
  });

  test('every problem of a run at once, in several files, each with its line and the expected form', () => {
    const content = copyContent();
    const sources = join(content, 'sources');
    const [first, second, third] = readdirSync(sources).filter((n) => n.endsWith('.yaml')).sort();
    const edit = (name: string, change: (text: string) => string) => writeFileSync(join(sources, name), change(readFileSync(join(sources, name), 'utf8')));
    edit(first!, (t) => t.replace(/^published: .*$/m, 'published: 2025/6/8').replace(/^script: hans$/m, 'script: simplified'));
    edit(second!, (t) => t.replace(/^topic: .*$/m, 'topic: no-such-topic').replace(/^title: .*$/m, 'title: 另一个标题'));
    // A wrong answer list stops the reading of that file (its other problems come after), not of the others.
    edit(third!, (t) => t.replace(/^(answers:\n  - id: )[a-z-]+/m, '$1Bad_Id'));
    edit(`${source}.yaml`, (t) => withoutAnswer(t, 'check-interest-fees').replace('    count: 31\n', '    count: 30\n'));
    const before = snapshot(content);
    const run = normalize(content);
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('normalize: error: '));
    const expected = [
      new RegExp(`${first}:\\d+: field "published": .* — fix: write it as published: 2025-06-08`),
      new RegExp(`${first}:\\d+: field "script": .* — fix: write it as script: hans`),
      new RegExp(`${second}:\\d+: unknown topic "no-such-topic" — fix: use one of `),
      new RegExp(`${second!.replace('.yaml', '.txt')}:\\d+: the title reads ".*" but .* says "另一个标题"`),
      new RegExp(`${third}:\\d+: field "answers\\.0\\.id": .* — fix: write it as id: `),
      new RegExp(`${source}\\.txt:\\d+: erratum 2 .* expected 30 — fix: if every match is meant, set count: 31`),
      new RegExp(`${source}\\.txt:\\d+: heading "检查利息和费用计算" has no answer id`),
      /permalinks\.json:\d+: the published id "check-interest-fees"/,
    ];
    for (const pattern of expected) expect(errors.filter((e) => pattern.test(e)), String(pattern)).toHaveLength(1);
    expect(run.stderr).toContain(`normalize: ${errors.length} problems.`);
    expect(run.stderr).toContain('nothing was written');
    expect(snapshot(content)).toBe(before);
  });

  test('a removed answer whose id is marked retired in the registry is accepted, and the mark stays', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, withoutAnswer(readFileSync(meta, 'utf8'), 'check-interest-fees'));
    writeFileSync(join(content, 'sources', `${source}.txt`), readFileSync(join(content, 'sources', `${source}.txt`), 'utf8').replace(/^#+ 检查利息和费用计算$/m, ''));
    const file = join(content, 'permalinks.json');
    const registry = JSON.parse(readFileSync(file, 'utf8'));
    registry['check-interest-fees'] = { ...registry['check-interest-fees'], retired: '原文已删除这部分内容' };
    writeFileSync(file, `${JSON.stringify(registry, null, 2)}\n`);
    const run = normalize(content);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))['check-interest-fees']).toEqual({ topic: 'home-visits', retired: '原文已删除这部分内容' });
  });

  test('a published id that disappears', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('id: repay-in-full', 'id: pay-everything'));
    expectRefused(content, /permalinks\.json:\d+: the published id "repay-in-full" \(topic home-visits\) no longer resolves/);
  });

  test('an erratum whose count no longer matches', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('    count: 31\n', '    count: 30\n'));
    expectRefused(content, new RegExp(`${source}\\.txt:\\d+: erratum 2 \\("人员" → "催收人员"\\) matched 31 times`));
  });
});

describe('normalize --check', () => {
  test('is clean on the committed content', () => {
    const run = normalize(copyContent(), '--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('names a generated file edited by hand, and writes nothing', () => {
    const content = copyContent();
    const file = join(content, 'articles', 'theft.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n手工修改\n`);
    const run = normalize(content, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`stale: ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('手工修改');
  });

  test('names metadata changes that were not regenerated', () => {
    const content = copyContent();
    const meta = join(content, 'sources', `${source}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('id: repay-in-full', 'id: pay-everything\n    aliases: [repay-in-full]'));
    const run = normalize(content, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('home-visits.mdx');
    expect(run.stderr).toContain('permalinks.json');
  });
});

describe('quotations of the articles', () => {
  /** The first committed source .yaml with a "先做什么" step, and that step's quote and line. */
  function firstStep(content: string) {
    const dir = join(content, 'sources');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const lines = text.split('\n');
      const at = lines.findIndex((l, i) => /^ {4}quote: /.test(l) && lines.slice(0, i).some((p) => p === 'start:'));
      if (at >= 0) return { file: join(dir, name), text, quote: lines[at]!.replace(/^ {4}quote: /, ''), line: at + 1 };
    }
    throw new Error('no source has a start list');
  }

  test('a 先做什么 step whose quote is not in its answer stops the build, naming file, line and fix', () => {
    const content = copyContent();
    const step = firstStep(content);
    const wrong = `${step.quote.slice(0, 3)}不${step.quote.slice(3)}`;
    writeFileSync(step.file, step.text.replace(`quote: ${step.quote}`, `quote: ${wrong}`));
    expectRefused(content, new RegExp(`${step.file.split('/').pop()!.replace('.', '\\.')}:${step.line}: the quote "${wrong}" is not in the text of answer .* — fix: copy the words exactly`));
    const check = normalize(content, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${step.file}:${step.line}: the quote`);
  });
});
