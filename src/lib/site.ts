// What the site calls itself, in one place (titles, Open Graph, JSON-LD).
import { chineseCount } from './chinese-count.ts';

export const siteName = '花呗逾期知识库';

/** Meta description of the home page and the site's one-line summary, for a site of `articles` articles. */
export const siteSummary = (articles: number): string =>
  `支付宝花呗、借呗逾期后的常见问题：账户被盗用、被爆通讯录、找法务、上门催收、会不会通知家人。整理自${chineseCount(articles)}篇网络文章，每个回答都有固定链接。`;
