// /search/text.json: each answer's Han text (Simplified), fetched only when a query's words do not answer it
// directly, for the character-bigram ranking (src/search/bigrams.ts). Both scripts' pages use it: their queries
// are planned in Simplified. A site with page files has none (its text would be tens of megabytes).
import type { APIRoute } from 'astro';
import { answerTexts } from '../../search/search-data.ts';
import { searchInputs } from '../../search/collections.ts';
import { getSiteContent } from '../../lib/site-content.ts';

/** Beyond this a site is far past the size at which its search data moves into page files. */
const maxBytes = 4_000_000;

export const GET: APIRoute = async () => {
  const content = await getSiteContent();
  // Search data is site-wide: the parts of a large build other than the first skip it (src/lib/build-part.ts).
  if (!content.writesSiteWidePages) return new Response('{}');
  const { articles } = await searchInputs();
  const json = JSON.stringify(answerTexts(articles));
  // A site this large searches with page files (SearchData.pageFiles) and never fetches this file.
  return new Response(json.length > maxBytes ? '{}' : json);
};
