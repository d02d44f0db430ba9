import type { SourceLine } from './decode.ts';
import { IngestError, type Report, stopAtFirst } from './errors.ts';

/** A reader comment scraped with the page: kept as data, never part of the article body. */
export interface ReaderComment {
  name: string;
  date: string | null;
  text: string;
}

/** What the page's chrome says about the article; checked against the reviewed metadata. */
export interface Byline {
  site?: { value: string; no: number };
  /** 作者:X, 文/X, or the name before the date in "X 2024-11-19 22:42". */
  author?: { value: string; no: number };
  /** 来源:X: whom the page credits as its source (an outlet or a person). */
  origin?: { value: string; no: number };
  /** 责任编辑:X or 编辑:X. */
  editor?: { value: string; no: number };
  published?: { value: string; no: number };
}

type BylineField = 'author' | 'origin' | 'editor';

/** Labels of a byline, label stripped from the value; Traditional forms too (a page may be read before conversion). */
const bylineLabels: { field: BylineField; label: RegExp }[] = [
  { field: 'author', label: /作者[:：]|文[/／]/y },
  { field: 'origin', label: /(?:来源|來源|稿源)[:：]/y },
  { field: 'editor', label: /(?:责任编辑|責任編輯|编辑|編輯)[:：]/y },
];
const bylineDate = /(?:(?:发布时间|發布時間|发布日期|發佈日期|时间|時間|日期)[:：]\s*)?(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/y;
const bylineSeparator = /[\s|｜丨·•]+/y;

/**
 * A line made only of labelled byline parts ("作者:张三  来源:某某网  2025-06-08 10:20", "文/李四", "责任编辑：王五"),
 * read into its fields with the labels stripped; undefined when any part of the line is something else.
 */
export function parseBylineLine(text: string): { author?: string; origin?: string; editor?: string; published?: string } | undefined {
  const found: { author?: string; origin?: string; editor?: string; published?: string } = {};
  let at = 0;
  let parts = 0;
  const sticky = (re: RegExp) => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) at = re.lastIndex;
    return m;
  };
  sticky(bylineSeparator);
  while (at < text.length) {
    const labelled = bylineLabels.find(({ label }) => sticky(label) !== null);
    if (labelled) {
      sticky(/\s*/y);
      const value = sticky(/[^\s|｜丨，。,;；！？!?、：:]{1,20}/y);
      if (!value) return undefined;
      found[labelled.field] = value[0];
    } else {
      const date = sticky(bylineDate);
      if (!date) return undefined;
      found.published = `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`;
    }
    parts++;
    if (at < text.length && !sticky(bylineSeparator)) return undefined;
  }
  // A bare date is a byline too, but another rule names it; a labelled part makes this rule's line.
  return parts > 0 && (found.author ?? found.origin ?? found.editor) !== undefined ? found : undefined;
}

export interface DroppedLine extends SourceLine {
  why: string;
}

export interface PageParts {
  title: SourceLine;
  subtitle: SourceLine | undefined;
  body: SourceLine[];
  comments: ReaderComment[];
  byline: Byline;
  /** Every non-blank line that is not title, subtitle or body, with the reason: the test of "no sentence lost" reads it. */
  dropped: DroppedLine[];
}

export interface PageOptions {
  /** The original site's name: a line holding only it is the portal's masthead. */
  site: string | null;
  /** Further chrome lines particular to this source. */
  chrome: readonly string[];
  hasSubtitle: boolean;
}

type ChromeRule = { why: string; test: RegExp; byline?: (m: RegExpMatchArray, byline: Byline, no: number) => void };

const pad = (n: string) => n.padStart(2, '0');

/** Lines of page chrome that may stand anywhere above or inside the article body. */
const chromeRules: ChromeRule[] = [
  {
    why: 'breadcrumb',
    test: /^(\S[^>]*?)\s*>(?:\s*[^>]*>)*\s*正文$/,
    byline: (m, b, no) => (b.site = { value: m[1]!.trim(), no }),
  },
  {
    why: 'byline (author, date and time)',
    test: /^(\S{1,20})\s+(\d{4})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?$/,
    byline: (m, b, no) => {
      b.author = { value: m[1]!, no };
      b.published = { value: `${m[2]}-${m[3]}-${m[4]}`, no };
    },
  },
  {
    // 20253/27: the page glued the year to "3/27".
    why: 'byline (date)',
    test: /^(\d{4})(\d{1,2})\/(\d{1,2})$/,
    byline: (m, b, no) => (b.published = { value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, no }),
  },
  {
    why: 'byline (date)',
    test: /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/,
    byline: (m, b, no) => (b.published = { value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, no }),
  },
  { why: 'font-size control', test: /^字[体體][:：]?.{0,8}$/ },
  { why: 'share button', test: /^分享(?:到)?[:：]?$/ },
];

/** Lines that open the page footer: after the first of them nothing is article text. */
const footerRules: { why: string; test: RegExp }[] = [
  { why: 'comments heading', test: /^(?:精彩|最新|网友|读者|热门|全部|精彩評論|最新評論)?(?:评论|評論)(?:区|\(\d+\)|（\d+）)?$/ },
  { why: 'related links', test: /^(?:相关阅读|相关文章|相关推荐|推荐阅读|延伸阅读|热门文章|猜你喜欢|相關閱讀|延伸閱讀)[:：]?$/ },
  { why: 'site disclaimer', test: /^本文(?:仅|僅)?代表作者(?:个人|個人)?观点|^(?:免责声明|版权声明)[:：]/ },
  { why: 'comment prompt', test: /^◎/ },
  { why: 'site disclaimer', test: /^(?:声明|聲明)[:：]/ },
  { why: 'editor credit', test: /^【纠错】|【(?:责任编辑|責任編輯)[:：]/ },
  { why: 'copyright line', test: /^Copyright\b/i },
  { why: 'ICP licence', test: /ICP[备備]\d+号/ },
];

/** 【责任编辑:孔菲】 in the footer names the page's editor. */
const editorCredit = /【(?:责任编辑|責任編輯)[:：]([^】]{1,20})】/;

/** A reader comment's header: avatar label (optional), name, date and time (optional). */
const commentHeader = /^(?:头像\s+)?(\S.{0,19}?)\s+(\d{4}-\d{2}-\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const avatarHeader = /^头像\s+/;

/**
 * Splits a scraped page into title, body, reader comments and chrome.
 * Chrome is only ever dropped when a rule names it; anything unrecognised in the footer stops the build,
 * so no article sentence can disappear silently.
 */
export function splitPage(lines: readonly SourceLine[], file: string, opts: PageOptions, report: Report = stopAtFirst): PageParts {
  const byline: Byline = {};
  const dropped: DroppedLine[] = [];
  const siteChrome = new Set([...(opts.site ? [opts.site] : []), ...opts.chrome]);

  const chromeWhy = (line: SourceLine): string | undefined => {
    const text = line.text.trim();
    if (siteChrome.has(text)) return 'site navigation';
    const labelled = parseBylineLine(text);
    if (labelled) {
      for (const field of ['author', 'origin', 'editor', 'published'] as const) {
        const value = labelled[field];
        if (value !== undefined) byline[field] = { value, no: line.no };
      }
      return 'byline';
    }
    for (const rule of chromeRules) {
      const m = text.match(rule.test);
      if (m) {
        rule.byline?.(m, byline, line.no);
        return rule.why;
      }
    }
    return undefined;
  };
  const footerWhy = (text: string) => footerRules.find((r) => r.test.test(text.trim()))?.why;

  let i = 0;
  let title: SourceLine | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    const why = chromeWhy(line);
    if (why) {
      dropped.push({ ...line, why });
      continue;
    }
    if (footerWhy(line.text)) break;
    title = { no: line.no, text: line.text.trim().replace(/^#{1,6}\s+/, '') };
    i++;
    break;
  }
  if (!title) {
    throw new IngestError(file, undefined, 'no article title found: every line is page chrome', 'check that this is the right file');
  }

  let subtitle: SourceLine | undefined;
  const body: SourceLine[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') continue;
    if (footerWhy(text)) break;
    const why = text.replace(/^#{1,6}\s+/, '') === title.text ? 'repeated title' : chromeWhy(line);
    if (why) {
      dropped.push({ ...line, why });
    } else if (opts.hasSubtitle && !subtitle && body.length === 0) {
      subtitle = { no: line.no, text };
    } else {
      body.push({ no: line.no, text });
    }
  }

  const comments: ReaderComment[] = [];
  let current: ReaderComment | undefined;
  // Under "相关阅读" the lines are titles of other articles, up to the next footer heading.
  let related = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') continue;
    const why = footerWhy(text);
    const match = text.match(commentHeader);
    const header = match && (avatarHeader.test(text) || match[2] !== undefined) ? match : null;
    if (why) {
      current = undefined;
      related = why === 'related links';
      const editor = text.match(editorCredit);
      if (editor) byline.editor = { value: editor[1]!.trim(), no: line.no };
      dropped.push({ ...line, why });
    } else if (parseBylineLine(text)) {
      // 责任编辑：X under the article, after a disclaimer.
      for (const [field, value] of Object.entries(parseBylineLine(text)!)) byline[field as keyof Byline] = { value, no: line.no };
      dropped.push({ ...line, why: 'byline' });
    } else if (related) {
      dropped.push({ ...line, why: 'related link' });
    } else if (header) {
      current = { name: header[1]!, date: header[2] ?? null, text: '' };
      comments.push(current);
      dropped.push({ ...line, why: 'reader comment' });
    } else if (siteChrome.has(text)) {
      current = undefined;
      dropped.push({ ...line, why: 'site navigation' });
    } else if (current) {
      current.text = current.text ? `${current.text}\n${text}` : text;
      dropped.push({ ...line, why: 'reader comment' });
    } else {
      report(new IngestError(
        file,
        line.no,
        `text in the page footer is neither a reader comment nor known chrome: "${text.slice(0, 30)}"`,
        `if it is article text, the footer began too early (check the lines above it); if it is chrome, add it to the .yaml as chrome: [${JSON.stringify(text)}]`,
      ));
      dropped.push({ ...line, why: 'unknown footer text' });
    }
  }
  return { title, subtitle, body, comments, byline, dropped };
}
