import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import jsyaml from 'js-yaml';
import { buildArticle } from '../../../src/ingest/article.ts';
import { ingestProject, projectRoot, readSourceInputs } from '../../support/sources.ts';

// A fixture of its own: the growth article and its reviewed metadata, with readers' questions added.
const dir = `${projectRoot}tests/fixtures/growth/`;
const bytes = readFileSync(`${dir}negotiate-repayment.raw.txt`);
const reviewed = jsyaml.load(readFileSync(`${dir}negotiate-repayment.yaml`, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as { answers: { id: string; asks?: string[] }[] };

function build(asks: unknown[]) {
  const meta = structuredClone(reviewed);
  (meta.answers[0] as Record<string, unknown>)['asks'] = asks;
  const problems: string[] = [];
  const article = buildArticle({ path: '005_x.txt', bytes, metaPath: '005_x.yaml', metaText: jsyaml.dump(meta) }, new Set([String((meta as Record<string, unknown>)['topic'])]), (e) => problems.push(e.message));
  return { article, problems };
}

test('the readers’ questions of the review ride with their answer, in Simplified whatever script the editor wrote', () => {
  const { article, problems } = build(['欠了多少怎麼查', '到底欠多少钱']);
  expect(problems).toEqual([]);
  const [first, ...rest] = article.frontmatter.answers;
  expect(first!.asks).toEqual(['欠了多少怎么查', '到底欠多少钱']);
  for (const answer of rest) expect(answer.asks).toBeUndefined();
});

test('a question without Chinese text is refused, naming the file, the line and the field', () => {
  expect(() => build(['how much do I owe'])).toThrow(/005_x\.yaml:\d+: field "answers\.0\.asks\.0": a question needs Chinese text/);
});

test('a readers’ question given to two answers is refused, naming both', () => {
  const withAsk = (metaText: string) => {
    const meta = jsyaml.load(metaText, { schema: jsyaml.CORE_SCHEMA }) as { answers: Record<string, unknown>[] };
    meta.answers[0]!['asks'] = ['这个问题给了两个回答'];
    return jsyaml.dump(meta);
  };
  const [first, second, ...others] = readSourceInputs();
  const changed = [{ ...first!, metaText: withAsk(first!.metaText!) }, { ...second!, metaText: withAsk(second!.metaText!) }, ...others];
  expect(() => ingestProject(changed)).toThrow(/\.yaml:\d+: the readers' question "这个问题给了两个回答" of answer "[a-z0-9-]+" is also given to answer "[a-z0-9-]+" \(.*\.yaml:\d+\) — fix: keep it under the one answer/);
});
