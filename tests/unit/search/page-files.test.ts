import { afterEach, expect, test, vi } from 'vitest';
import { pageFileLoader, rankedPages, wholePages, withoutCommon } from '../../../src/search/page-files.ts';
import { rankAnswers, sectionsOf, type ConceptHits } from '../../../src/search/rank.ts';
import type { PageFile, SearchData } from '../../../src/search-build/search-data.ts';

const concept = (term: string, hits: Record<string, number[]>): ConceptHits => ({ terms: [{ term, hits: new Map(Object.entries(hits)) }] });

afterEach(() => vi.unstubAllGlobals());

test('every page a word was found on is one section, up to its last match', () => {
  expect(wholePages([concept('通知', { b: [3, 40] }), concept('家人', { a: [7], b: [41] })])).toEqual([
    { id: 'a', pageId: 'a', start: 0, end: 8, title: '' },
    { id: 'b', pageId: 'b', start: 0, end: 42, title: '' },
  ]);
});

test('only the files of the pages ranked first are fetched, and their answers join the search data', async () => {
  const files: Record<string, PageFile> = {};
  const hits: Record<string, number[]> = {};
  for (let n = 0; n < rankedPages + 5; n++) {
    files[`p${n}`] = { url: `/topics/t${n}/`, words: 100, topic: `t${n}`, topicName: `话题${n}`, sections: [[`intro-${n}`, 0, '引言', 2], [`answer-${n}`, 50, '通知家人', 3]] };
    // The first pages hold the word most often.
    hits[`p${n}`] = Array.from({ length: rankedPages + 5 - n }, (_, i) => 50 + i * 2);
  }
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const id = /([^/]+)\.json$/.exec(url)![1]!;
    return { json: async () => files[id] };
  });
  const data: SearchData = { answers: {}, topics: {}, pageFiles: 'search/pages/' };
  const sections = await pageFileLoader('/kb/', data, { rankAnswers, sectionsOf })([concept('通知', hits)]);
  expect(fetched).toHaveLength(rankedPages);
  expect(fetched[0]).toBe('/kb/search/pages/p0.json');
  // A page file's levels give its answers their parent headings, as the search data's do on a small site.
  expect(sections.find((s) => s.id === 'answer-0')).toMatchObject({ pageId: 'p0', start: 50, end: 100, title: '通知家人', parents: ['引言'] });
  expect(data.answers['answer-0']).toEqual(['通知家人', 't0', 3]);
  expect(data.topics['t0']).toBe('话题0');
  expect(data.pages?.['p0']?.url).toBe('/topics/t0/');
});

test('the most common words are not looked up while at least two other words remain', () => {
  const c = (...terms: string[]) => ({ label: terms[0]!, terms });
  const common = ['花呗', '逾期'];
  expect(withoutCommon([c('花呗'), c('逾期'), c('通知'), c('家人')], common).map((x) => x.label)).toEqual(['通知', '家人']);
  expect(withoutCommon([c('避免'), c('逾期')], common).map((x) => x.label)).toEqual(['避免', '逾期']);
  // A concept with an alternative that is not common is looked up as a whole.
  expect(withoutCommon([c('花呗', '借呗'), c('通知'), c('家人')], common).map((x) => x.label)).toEqual(['花呗', '通知', '家人']);
});
