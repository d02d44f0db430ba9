// How many topics and questions a page lists. Pages that list topics (home, 404, search, the footer) show
// only the first ones: a list of every topic on a page would make that page grow with the site (125 KB for
// the home page at 10,000 articles). A site with more topics gets the topic index (/topics/, in pages), so
// every topic stays reachable by links; the real site, with fewer, lists them all and has no index.

/** Topics the home page shows as cards, and the 404 and search pages as links. */
export const listedTopics = 12;
/** Topics the footer names (it is on every page). */
export const footerTopics = 8;
/** Answers a topic card on the home page links to: its questions first, then its articles' first sections. */
export const answersPerCard = 3;
/** Topics per page of the topic index. */
export const topicsPerIndexPage = 200;

/** The topic index pages a site of `topicCount` topics has: none when every page can list them all. */
export function topicIndexPages(topicCount: number): number {
  return topicCount > listedTopics ? Math.ceil(topicCount / topicsPerIndexPage) : 0;
}
/** Answers the 404 page lists (and finds mangled links among); a larger site's 404 asks the host instead. */
export const listedAnswers = 2000;
