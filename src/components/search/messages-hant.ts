// What the search UI says on Traditional pages: messages.ts written out in Traditional (checked against the
// converter by tests/unit/hant/search.test.ts). A module of its own so that Simplified pages never load it.
import type { SearchMessages } from './messages.ts';

export const hantMessages: SearchMessages = {
  empty: '輸入你擔心的問題，例如：花唄逾期會通知家人嗎',
  loading: '正在搜索…',
  error: '搜索暫時無法使用，請刷新頁面後再試。',
  found: '找到 {count} 個相關答案{searched}',
  searchedAside: '（搜索詞：{words}）',
  relaxed: '沒有同時包含全部搜索詞的答案，以下答案包含其中一部分',
  ignored: '正文中沒有出現的詞：{words}',
  indirect: '沒有文章直接回答這個問題',
  related: '相關閱讀',
  nothing: '沒有找到與「{query}」相關的答案{ignored}。可以換個說法，或從這些主題找起：',
  ignoredAside: '（正文中沒有出現的詞：{words}）',
};
