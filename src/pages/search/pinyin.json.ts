// /search/pinyin.json: toneless pinyin → the site's words, fetched only for queries typed in Latin letters.
import type { APIRoute } from 'astro';
import { pinyinVocabulary } from '../../search/search-data.ts';
import { buildPinyinMap } from '../../search/pinyin-map.ts';
import { loadThesaurus } from '../../search/thesaurus.ts';
import { searchInputs } from '../../search/collections.ts';

export const GET: APIRoute = async () => {
  const { articles, topics } = await searchInputs();
  return new Response(JSON.stringify(buildPinyinMap(pinyinVocabulary(articles, topics, loadThesaurus()))));
};
