// What the search UI says. The browser has no converter for the UI's own text, so the Traditional strings are
// written out (messages-hant.ts, loaded by Traditional pages only); a unit test checks that they are the Simplified
// ones converted as the pages are. `{name}` marks a value filled in.

export interface SearchMessages {
  empty: string;
  loading: string;
  error: string;
  /** {count} answers found, then `searchedAside` (or nothing, when no word of the query was found as a word). */
  found: string;
  /** The {words} searched. */
  searchedAside: string;
  relaxed: string;
  /** {words} that occur nowhere on the site. */
  ignored: string;
  /** No answer answers the question directly: the results are related reading. */
  indirect: string;
  /** Heads the results that are related reading. */
  related: string;
  /** Nothing found for {query}; {ignored} is empty or `ignoredAside`. */
  nothing: string;
  ignoredAside: string;
}

export const hansMessages: SearchMessages = {
  empty: '输入你担心的问题，例如：花呗逾期会通知家人吗',
  loading: '正在搜索…',
  error: '搜索暂时无法使用，请刷新页面后再试。',
  found: '找到 {count} 个相关答案{searched}',
  searchedAside: '（搜索词：{words}）',
  relaxed: '没有同时包含全部搜索词的答案，以下答案包含其中一部分',
  ignored: '正文中没有出现的词：{words}',
  indirect: '没有文章直接回答这个问题',
  related: '相关阅读',
  nothing: '没有找到与「{query}」相关的答案{ignored}。可以换个说法，或从这些主题找起：',
  ignoredAside: '（正文中没有出现的词：{words}）',
};
