// Every internal URL of the pages, built here (src/lib/site-urls.ts) so that BASE_PATH and the /zh-hant/ variant
// change one place. Pages are rendered in Simplified; src/steps/site-steps.ts writes each one's Traditional twin.
import { siteUrls } from './site-urls.ts';

export type { Alternate } from './site-urls.ts';

export const { pathTo, homePath, searchPath, topicPath, articlePath, answerPath, topicIndexPath, variantPath, absoluteUrl, alternatesOf } = siteUrls(
  import.meta.env.BASE_URL,
  () => import.meta.env.SITE,
);
