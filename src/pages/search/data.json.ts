// /search/data.json: answer titles, topic names and the Traditional character set, fetched when the search box
// is first used (see src/search-build/search-data.ts). The Pagefind integration adds section boundaries after indexing.
import type { APIRoute } from 'astro';
import { buildSearchData } from '../../search-build/search-data.ts';
import { loadThesaurus } from '../../search/thesaurus.ts';
import { searchInputs } from '../../search-build/collections.ts';
import { getSiteContent } from '../../lib/site-content.ts';

export const GET: APIRoute = async () => {
  // Search data is site-wide: the parts of a large build other than the first skip it (src/scale/build-part.ts).
  if (!(await getSiteContent()).writesSiteWidePages) return new Response('{}');
  const { articles, topics } = await searchInputs();
  return new Response(JSON.stringify(buildSearchData(articles, topics, loadThesaurus())));
};
