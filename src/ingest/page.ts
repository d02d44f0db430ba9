import type { SourceLine } from './decode.ts';
import { IngestError } from './errors.ts';

/** A reader comment scraped with the page: kept as data, never part of the article body. */
export interface ReaderComment {
  name: string;
  date: string | null;
  text: string;
}

/** What the page's chrome says about the article; checked against the reviewed metadata. */
export interface Byline {
  site?: { value: string; no: number };
  author?: { value: string; no: number };
  published?: { value: string; no: number };
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
  {
    why: 'byline (source)',
    test: /^(?:来源|來源|作者)[:：]\s*(\S.{0,19})$/,
    byline: (m, b, no) => (b.author = { value: m[1]!.trim(), no }),
  },
  { why: 'font-size control', test: /^字[体體][:：]?.{0,8}$/ },
  { why: 'share button', test: /^分享$/ },
];

/** Lines that open the page footer: after the first of them nothing is article text. */
const footerRules: { why: string; test: RegExp }[] = [
  { why: 'comments heading', test: /^(?:精彩评论|最新评论|精彩評論|最新評論)$/ },
  { why: 'comment prompt', test: /^◎/ },
  { why: 'site disclaimer', test: /^(?:声明|聲明)[:：]/ },
  { why: 'editor credit', test: /^【纠错】|【责任编辑[:：]/ },
  { why: 'copyright line', test: /^Copyright\b/i },
  { why: 'ICP licence', test: /ICP[备備]\d+号/ },
];

const commentHeader = /^头像\s+(.+?)\s+(\d{4}-\d{2}-\d{2})?$/;

/**
 * Splits a scraped page into title, body, reader comments and chrome.
 * Chrome is only ever dropped when a rule names it; anything unrecognised in the footer stops the build,
 * so no article sentence can disappear silently.
 */
export function splitPage(lines: readonly SourceLine[], file: string, opts: PageOptions): PageParts {
  const byline: Byline = {};
  const dropped: DroppedLine[] = [];
  const siteChrome = new Set([...(opts.site ? [opts.site] : []), ...opts.chrome]);

  const chromeWhy = (line: SourceLine): string | undefined => {
    const text = line.text.trim();
    if (siteChrome.has(text)) return 'site navigation';
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
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') continue;
    const why = footerWhy(text);
    const header = text.match(commentHeader);
    if (why) {
      current = undefined;
      dropped.push({ ...line, why });
    } else if (header) {
      current = { name: header[1]!, date: header[2] ?? null, text: '' };
      comments.push(current);
      dropped.push({ ...line, why: 'reader comment' });
    } else if (current) {
      current.text = current.text ? `${current.text}\n${text}` : text;
      dropped.push({ ...line, why: 'reader comment' });
    } else {
      throw new IngestError(
        file,
        line.no,
        `text in the page footer is neither a reader comment nor known chrome: "${text.slice(0, 30)}"`,
        'if it is article text, the footer began too early (check the lines above it); if it is chrome, add the line to `chrome` in the .yaml',
      );
    }
  }
  return { title, subtitle, body, comments, byline, dropped };
}
