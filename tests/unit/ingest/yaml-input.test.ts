import { expect, test } from 'vitest';
import { parseYamlFile } from '../../../src/ingest/yaml-input.ts';
import { sourceMetaSchema } from '../../../src/schemas/source-meta.ts';

const valid = `topic: theft
title: 标题
site: null
author: null
published: 2024-11-19
script: hans
answers:
  - id: first-answer
    heading: 小节
`;

test('parses valid metadata', () => {
  expect(parseYamlFile(valid, 'a.yaml', sourceMetaSchema)).toMatchObject({ topic: 'theft', published: '2024-11-19', errata: [] });
});

test('a wrongly typed field names its line and the fix', () => {
  expect(() => parseYamlFile(valid.replace('script: hans', 'script: 3'), 'a.yaml', sourceMetaSchema)).toThrow(/^a\.yaml:6: field "script": .* — fix: give "script" a value/);
});

test('an answer id that is not ASCII kebab-case names its line', () => {
  expect(() => parseYamlFile(valid.replace('first-answer', '第一个'), 'a.yaml', sourceMetaSchema)).toThrow(/^a\.yaml:8: field "answers\.0\.id": must be lower-case ASCII kebab-case/);
});

test('an unknown field names its line', () => {
  expect(() => parseYamlFile(`${valid}colour: red\n`, 'a.yaml', sourceMetaSchema)).toThrow(/^a\.yaml:10: unknown field "colour" — fix: remove it/);
});

test('a missing field is named', () => {
  expect(() => parseYamlFile(valid.replace('title: 标题\n', ''), 'a.yaml', sourceMetaSchema)).toThrow(/missing field "title" — fix: add "title:"/);
});

test('a YAML syntax error names its line', () => {
  expect(() => parseYamlFile(`${valid}  - id: [broken\n`, 'a.yaml', sourceMetaSchema)).toThrow(/^a\.yaml:1\d: YAML syntax/);
});
