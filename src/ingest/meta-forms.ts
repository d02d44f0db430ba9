// The expected form of every field of a source's .yaml, with an example: the fix that an error about a field
// shows, and the comments `npm run add-article` writes for fields it could not fill in. One list, so the errors,
// the starting .yaml and docs/adding-an-article.md say the same.

/** Field path (array indexes left out: answers.id) → the form to write, as YAML. */
export const sourceMetaForms: Readonly<Record<string, string>> = {
  topic: 'topic: home-visits (an id from content/topics.yaml)',
  slug: 'slug: negotiate-repayment (lower-case ASCII kebab-case; the name of content/articles/<slug>.mdx and of the article\'s own page /topics/<topic>/<slug>/, never renamed)',
  title: 'title: 花呗逾期后如何与平台协商还款 (the title line exactly as it reads in Simplified)',
  subtitle: 'subtitle: 支付宝逾期找法务解决 (the line right under the title, as it reads)',
  site: 'site: 某某财经网 (the portal that published the page, or site: null)',
  author: 'author: 张三 (the byline’s 作者:X or 文/X without the label, or author: null)',
  origin: 'origin: 某某日报 (the byline’s 来源:X without the label; leave the field out when there is none)',
  editor: 'editor: 王五 (the byline’s 责任编辑:X without the label; leave the field out when there is none)',
  published: 'published: 2025-06-08 (YYYY-MM-DD, or published: null)',
  script: 'script: hans (Simplified; script: hant for a page written in Traditional)',
  chrome: 'chrome: [财经首页, 相关阅读] (whole lines of the portal’s menus and buttons)',
  notHeadings: 'notHeadings: [总之] (short stand-alone lines that are body text, not headings)',
  answers: 'answers:\n  - { id: negotiate-repayment, heading: 二、如何协商还款 }',
  'answers.id': 'id: negotiate-repayment (lower-case ASCII kebab-case, 2–48 characters, unique across the site)',
  'answers.heading': 'heading: 二、如何协商还款 (the heading line as it reads, without ### marks)',
  'answers.level': 'level: 3 (2 is a top section of the article; 3–6 are nested under the heading before)',
  'answers.aliases': 'aliases: [old-answer-id] (ids this answer was published under before)',
  errata: 'errata:\n  - { find: 实还款, replace: 实施还款, count: 1, reason: 原网页的过滤删去了「实施」的「施」 }',
  'errata.find': 'find: 实还款 (the text as it stands, in Simplified)',
  'errata.replace': 'replace: 实施还款 (the text with the cut word back, or with {gap} where it cannot be known)',
  'errata.count': 'count: 1 (exactly how often "find" occurs)',
  'errata.reason': 'reason: 原网页的过滤删去了「实施」的「施」 (shown to readers, in Chinese)',
  'errata.except': 'except: [措施] (longer texts holding "find" that are left alone)',
  notes: 'notes:\n  - { answer: explain-situation, note: 本文前面也提醒：……, cites: [{ answer: protect-personal-info, quote: 不要随意透露过多的个人隐私信息 }], reason: 为什么要加这条编者注 }',
  start: 'start:\n  - { answer: verify-debt, quote: 先登录支付宝查看花呗账单 } (a whole clause of that answer)',
};

/** The form of a field, from the path zod or the YAML reader gives (["answers", 3, "id"]). */
export function formOf(path: readonly (string | number)[]): string | undefined {
  return sourceMetaForms[path.filter((p) => typeof p === 'string').join('.')];
}
