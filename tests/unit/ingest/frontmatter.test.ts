import jsyaml from 'js-yaml';
import { expect, test } from 'vitest';
import { toYaml } from '../../../src/ingest/frontmatter.ts';
import { ingestProject } from '../../support/sources.ts';

test('writes block YAML with quoted strings', () => {
  expect(toYaml({ a: '是', b: null, c: 3, d: true, e: [], f: [{ x: '1', y: ['p', 'q'] }], g: { h: '2024-11-19' } })).toBe(
    ['a: "是"', 'b: null', 'c: 3', 'd: true', 'e: []', 'f:', '- x: "1"', '  y:', '  - "p"', '  - "q"', 'g:', '  h: "2024-11-19"', ''].join('\n'),
  );
});

test('every real frontmatter reads back identical with a YAML parser (default schema: dates stay strings)', () => {
  for (const article of ingestProject().articles) {
    expect(jsyaml.load(toYaml(article.frontmatter))).toEqual(JSON.parse(JSON.stringify(article.frontmatter)));
  }
});

test('quotes, newlines and backslashes survive', () => {
  const tricky = { text: '他说:"不会的" \\ 第二行\n# 不是注释 - 不是列表 {a: b}' };
  expect(jsyaml.load(toYaml(tricky))).toEqual(tricky);
});
