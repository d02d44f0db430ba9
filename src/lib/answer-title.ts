// What an answer is called when it stands alone: on its own page (title, h1, Open Graph, JSON-LD), in a chat's
// link preview, in a list of answers. A heading that says what it is about stands as it is. One that only makes
// sense inside its article does not: a numbered part ("四、逾期的法律结果", "2. 信用受损") or a heading that names
// only its role in the document ("引言", "六、总结"). It gets its context, composed only of titles that exist:
// the heading of the answer it belongs to, or the article's title, and its own heading without the list number.
// Decided by the headings' form, never by a list of answers.

/** The answers of one article in document order (frontmatter `answers`). */
export interface TitledAnswer {
  id: string;
  title: string;
  level: number;
}

export interface AnswerTitle {
  /** The title to show alone: the heading, or context and heading. */
  title: string;
  /** What the heading needs to be understood, shown before it; undefined when it stands alone. */
  context: string | undefined;
  /** The heading without its list number. */
  heading: string;
  /** The list number the heading starts with ("2. ", "四、"), or "". */
  number: string;
}

// A list number: 一、 二． 1. 2、 3) （一） (1). Not "1.5倍" (a number) nor "第一步" (a step says what it is).
const listNumber = /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]|\d+\s*(?:[、．]|\.(?!\d)|[)）])|[（(]\s*(?:[一二三四五六七八九十百]+|\d+)\s*[）)])\s*/;

// Headings that name a part of a document rather than a subject.
const structuralHeadings = new Set(['引言', '前言', '导言', '导语', '序言', '绪论', '概述', '简介', '背景', '正文', '结语', '结论', '结束语', '总结', '小结', '综述', '尾声', '后记', '附录', '最后', '写在最后', '其他', '其它', '补充']);

/** The list number a heading starts with, or "". */
export function listNumberOf(heading: string): string {
  return listNumber.exec(heading)?.[0] ?? '';
}

/** Whether a heading (its list number dropped) names only a part of a document. */
export function isStructuralHeading(heading: string): boolean {
  return structuralHeadings.has(heading.replace(/[\s:：.。!！?？]+$/u, ''));
}

/** Whether a heading needs its context to say what it is about: a numbered part, or a structural heading. */
export function needsContext(heading: string): boolean {
  const number = listNumberOf(heading);
  return number !== '' || isStructuralHeading(heading);
}

/** The context separator inside a context ("支付宝逾期找法务处理 · 逾期的法律结果") and before the heading. */
export const contextSeparator = ' · ';
export const headingSeparator = '：';

/**
 * The title of answer `id` of an article titled `articleTitle` whose answers are `answers`, alone. Its context is
 * the answer it belongs to (the nearest shallower heading before it), with that one's own context when it needs
 * one; a top-level answer's context is the article's title.
 */
export function answerTitle(articleTitle: string, answers: readonly TitledAnswer[], id: string): AnswerTitle {
  const index = answers.findIndex((a) => a.id === id);
  if (index < 0) throw new Error(`answerTitle: no answer "${id}" in the article "${articleTitle}"`);
  const answer = answers[index]!;
  const number = listNumberOf(answer.title);
  const heading = answer.title.slice(number.length);
  if (!needsContext(answer.title)) return { title: answer.title, context: undefined, heading, number };
  let parent: TitledAnswer | undefined;
  for (let i = index - 1; i >= 0 && !parent; i--) if (answers[i]!.level < answer.level) parent = answers[i];
  let context = articleTitle;
  if (parent) {
    const outer = answerTitle(articleTitle, answers, parent.id);
    context = outer.context === undefined ? outer.title : `${outer.context}${contextSeparator}${outer.heading}`;
  }
  return { title: `${context}${headingSeparator}${heading}`, context, heading, number };
}

/** The title alone of an answer of the site model (src/lib/site-model.ts). */
export function titleOfAnswer(answer: { id: string; article: { data: { title: string; answers: readonly TitledAnswer[] } } }): AnswerTitle {
  return answerTitle(answer.article.data.title, answer.article.data.answers, answer.id);
}
