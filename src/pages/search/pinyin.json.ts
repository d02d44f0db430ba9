// /search/pinyin.json: toneless pinyin → the site's words, fetched only for queries typed in Latin letters.
import type { APIRoute } from 'astro';
import { pinyinVocabulary } from '../../search-build/search-data.ts';
import { buildPinyinMap } from '../../search-build/pinyin-map.ts';
import { loadThesaurus } from '../../search/thesaurus.ts';
import { searchInputs } from '../../search-build/collections.ts';
import { getSiteContent } from '../../lib/site-content.ts';

export const GET: APIRoute = async () => {
  // Search data is site-wide: the parts of a large build other than the first skip it (src/scale/build-part.ts).
  if (!(await getSiteContent()).writesSiteWidePages) return new Response('{}');
  const { articles, topics } = await searchInputs();
  return new Response(JSON.stringify(buildPinyinMap(pinyinVocabulary(articles, topics, loadThesaurus()))));
};
