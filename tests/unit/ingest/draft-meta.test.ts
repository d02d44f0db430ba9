import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { expect, test } from 'vitest';
import { detectScript, draftMeta } from '../../../src/ingest/draft-meta.ts';
import { buildArticle } from '../../../src/ingest/article.ts';
import { IngestErrors } from '../../../src/ingest/errors.ts';
import { projectRoot } from '../../support/sources.ts';

const raw = readFileSync(`${projectRoot}tests/fixtures/growth/negotiate-repayment.raw.txt`);
const draft = draftMeta({ fileName: '005_x.txt', bytes: raw, topics: ['theft', 'legal-affairs'], takenIds: new Set(['summary']) });
const meta = jsyaml.load(draft.yaml, { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>;

test('the draft has the title, the byline without its labels, the date as YYYY-MM-DD, the chrome and the script', () => {
  expect(meta).toMatchObject({ title: '花呗逾期后怎样与平台协商还款', site: '衡信财经网', author: '林晓', editor: '周敏', published: '2025-06-08', script: 'hans' });
  expect(meta['chrome']).toEqual(['首页 | 新闻 | 理财 | 信用卡 | 贷款 | 保险']);
});

test('every heading normalize would cut is listed with a valid suggested id, unique on the site', () => {
  const answers = meta['answers'] as { id: string; heading: string }[];
  expect(answers.map((a) => a.heading)).toEqual(['一、先弄清楚自己欠了多少', '二、主动联系官方客服', '三、协商时要说清楚的三件事', '四、警惕冒充平台的“代理协商”', '五、协商成功后按时履约']);
  for (const a of answers) expect(a.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  expect(new Set(answers.map((a) => a.id)).size).toBe(answers.length);
});

test('what only the editor can decide is commented out, with its form, and normalize asks for it', () => {
  expect(meta['topic']).toBeUndefined();
  expect(draft.yaml).toMatch(/^# topic: one of theft, legal-affairs/m);
  expect(draft.yaml).toMatch(/^#   line \d+: "警 。"/m);
  const run = () => buildArticle({ path: '005_x.txt', bytes: raw, metaPath: '005_x.yaml', metaText: draft.yaml }, new Set(['legal-affairs']), () => {});
  expect(run).toThrow(IngestErrors);
  expect(run).toThrow(/005_x\.yaml:\d+: missing field "topic" — fix: add topic: /);
  // With the topic chosen, the draft as it stands normalizes.
  const problems: string[] = [];
  buildArticle({ path: '005_x.txt', bytes: raw, metaPath: '005_x.yaml', metaText: `topic: legal-affairs\n${draft.yaml}` }, new Set(['legal-affairs']), (e) => problems.push(e.message));
  expect(problems).toEqual([]);
});

test('a page in Traditional is drafted as hant', () => {
  expect(detectScript('隨著越來越多的使用者選擇分期，協商還款成為常見的疑問。')).toBe('hant');
  expect(detectScript('随着越来越多的使用者选择分期，协商还款成为常见的疑问。')).toBe('hans');
});
