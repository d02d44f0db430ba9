import type { AnswerMeta } from '../schemas/source-meta.ts';
import { type RichLine, type Segment, segmentsText } from './errata.ts';
import { suggestAnswerId } from './answer-ids.ts';
import { IngestError, type Report, stopAtFirst } from './errors.ts';

export interface HeadingBlock {
  kind: 'heading';
  no: number;
  level: number;
  answer: AnswerMeta;
  segments: Segment[];
}
export interface ParagraphBlock {
  kind: 'paragraph';
  no: number;
  segments: Segment[];
}
export interface ListItem {
  no: number;
  number: number;
  /** "刑事责任" in "1. 刑事责任:…"; the separator stays in `rest`. */
  label: Segment[] | undefined;
  rest: Segment[];
}
export interface ListBlock {
  kind: 'list';
  items: ListItem[];
}
export type Block = HeadingBlock | ParagraphBlock | ListBlock;

export interface StructureOptions {
  answers: readonly AnswerMeta[];
  notHeadings: readonly string[];
  metaFile: string;
  /** The .yaml's text, to name the line of an answer entry in errors. */
  metaText?: string;
  /** Ids in use on the site: an id suggested in an error is none of them (and is added). */
  takenIds?: Set<string>;
  /** Told of every line that would be a heading but has no answer (npm run add-article lists them). */
  onUnnamed?: (no: number, heading: string) => void;
}

const markdownHeading = /^(#{1,6})\s+/;
/** A stand-alone line in bold (**一、…**) or in 【】: the page's way of marking a heading, like Markdown's #. */
const markedHeading = /^(?:\*\*(?<bold>[^*]{1,30})\*\*|【(?<bracket>[^【】]{1,30})】)$/;
const ordinal = /^[一二三四五六七八九十]+、/;
const numbered = /^(\d{1,2})[.．]\s*/;
const listLabel = /^([^:：，,。;；]{1,12})(?=[:：])/;

/** A stand-alone line short enough, and unpunctuated enough, to head a section. */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 30 && !text.includes('。') && !/[；;，,：:、]$/.test(text);
}

/** Headings a reader would type as a question; they feed the FAQ markup and the home page. */
export function isQuestion(text: string): boolean {
  return /[?？]$|吗|怎么|如何|是否|会不会|怎样|能不能|要不要/.test(text);
}

/**
 * Lines → headings, paragraphs and ordered lists.
 * A heading is a Markdown `#` line, a stand-alone line in bold or in 【】 (the marks dropped as #'s are), a 一、
 * ordinal line, a short numbered step, or a line the metadata names.
 * Heading levels follow the order in which each kind of heading first appears (as reStructuredText does):
 * the first kind is level 2, a kind first met under a level-n heading is level n+1. `level` in the metadata overrides.
 */
export function structure(lines: readonly RichLine[], file: string, opts: StructureOptions, report: Report = stopAtFirst): Block[] {
  const taken = opts.takenIds ?? new Set(opts.answers.map((a) => a.id));
  const unused = [...opts.answers];
  const takeAnswer = (heading: string) => {
    const at = unused.findIndex((a) => a.heading === heading);
    return at === -1 ? undefined : unused.splice(at, 1)[0];
  };
  const missingId = (no: number, heading: string) => {
    opts.onUnnamed?.(no, heading);
    return new IngestError(
      file,
      no,
      `heading "${heading}" has no answer id`,
      `add "- { id: ${suggestAnswerId(heading, taken)}, heading: ${JSON.stringify(heading)} }" under answers in ${opts.metaFile} (the id is a suggestion: make it say what the answer is about, in ASCII kebab-case)`,
    );
  };

  type Classified =
    | { kind: 'heading'; no: number; headingKind: string; answer: AnswerMeta; segments: Segment[] }
    | { kind: 'paragraph'; no: number; segments: Segment[] }
    | { kind: 'item'; no: number; number: number; segments: Segment[] };

  const classified: Classified[] = lines.map((line, index): Classified => {
    const text = segmentsText(line.segments);
    const md = text.match(markdownHeading);
    if (md) {
      const segments = dropPrefix(line.segments, md[0].length);
      const heading = segmentsText(segments);
      const answer = takeAnswer(heading);
      if (!answer) {
        report(missingId(line.no, heading));
        return { kind: 'paragraph', no: line.no, segments };
      }
      return { kind: 'heading', no: line.no, headingKind: `md${md[1]!.length}`, answer, segments };
    }
    const marked = text.match(markedHeading);
    if (marked) {
      const inner = marked.groups!['bold'] ?? marked.groups!['bracket']!;
      const markLength = marked.groups!['bold'] !== undefined ? 2 : 1;
      const segments = takePrefix(dropPrefix(line.segments, markLength), inner.length);
      const answer = takeAnswer(inner);
      if (!answer) {
        report(missingId(line.no, inner));
        return { kind: 'paragraph', no: line.no, segments: line.segments };
      }
      // Numbering says more of the outline than the marks do: 【一、…】 then **二、…** are siblings.
      const headingKind = ordinal.test(inner) ? 'ordinal' : numbered.test(inner) ? 'numbered' : marked.groups!['bold'] !== undefined ? 'bold' : 'bracket';
      return { kind: 'heading', no: line.no, headingKind, answer, segments };
    }
    const step = text.match(numbered);
    const named = takeAnswer(text);
    if (named) {
      const headingKind = ordinal.test(text) ? 'ordinal' : step ? 'numbered' : 'plain';
      return { kind: 'heading', no: line.no, headingKind, answer: named, segments: line.segments };
    }
    if (ordinal.test(text) && looksLikeHeading(text)) {
      report(missingId(line.no, text));
      return { kind: 'paragraph', no: line.no, segments: line.segments };
    }
    if (step) {
      const rest = text.slice(step[0].length);
      const next = lines[index + 1];
      const nextIsItem = next !== undefined && numbered.test(segmentsText(next.segments));
      if (looksLikeHeading(rest) && !nextIsItem && !opts.notHeadings.includes(text)) {
        report(missingId(line.no, text));
        return { kind: 'paragraph', no: line.no, segments: line.segments };
      }
      return { kind: 'item', no: line.no, number: Number(step[1]), segments: line.segments };
    }
    if (looksLikeHeading(text) && !opts.notHeadings.includes(text)) {
      opts.onUnnamed?.(line.no, text);
      report(new IngestError(
        file,
        line.no,
        `the short stand-alone line "${text}" looks like a heading but has no answer id`,
        `add "- { id: ${suggestAnswerId(text, taken)}, heading: ${JSON.stringify(text)} }" under answers in ${opts.metaFile}, or, if it is body text, notHeadings: [${JSON.stringify(text)}]`,
      ));
    }
    return { kind: 'paragraph', no: line.no, segments: line.segments };
  });

  for (const a of unused) {
    report(new IngestError(
      opts.metaFile,
      lineOfAnswer(opts.metaText, a.id),
      `answer "${a.id}" names the heading "${a.heading}", which is not in ${file}`,
      'copy the heading exactly as it reads after conversion and errata (without ### marks), or remove the entry (keep its id as an alias of another answer if it was published)',
    ));
  }

  const levels = new Map<string, number>();
  let last = 1;
  const blocks: Block[] = [];
  for (const c of classified) {
    if (c.kind === 'heading') {
      const level = c.answer.level ?? levels.get(c.headingKind) ?? last + 1;
      if (c.answer.level === undefined && !levels.has(c.headingKind)) levels.set(c.headingKind, level);
      const fitting = Math.min(Math.max(level, 2), last + 1);
      if (level !== fitting) {
        report(new IngestError(
          file,
          c.no,
          `heading "${segmentsText(c.segments)}" would be level ${level} right after level ${last}`,
          `set "level: ${fitting}" on answer "${c.answer.id}" in ${opts.metaFile}`,
        ));
      }
      last = fitting;
      blocks.push({ kind: 'heading', no: c.no, level: fitting, answer: c.answer, segments: c.segments });
    } else if (c.kind === 'paragraph') {
      blocks.push({ kind: 'paragraph', no: c.no, segments: c.segments });
    } else {
      const rest = dropPrefix(c.segments, segmentsText(c.segments).match(numbered)![0].length);
      const label = segmentsText(rest).match(listLabel);
      const item: ListItem = label
        ? { no: c.no, number: c.number, label: takePrefix(rest, label[1]!.length), rest: dropPrefix(rest, label[1]!.length) }
        : { no: c.no, number: c.number, label: undefined, rest };
      const previous = blocks[blocks.length - 1];
      if (previous?.kind === 'list') previous.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    }
  }
  return blocks;
}

/**
 * The line of each entry `id: <id>` in a source's .yaml (the first, where an id is written twice), read in one
 * pass: a site asks for the line of every answer it has.
 */
export function answerLines(metaText: string | undefined): Map<string, number> {
  const lines = new Map<string, number>();
  (metaText ?? '').split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?:^|[\s{,-])id:\s*["']?([^"'\s,{}]+)["']?\s*(?=[,}]|$)/g)) if (!lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  return lines;
}

/** The line of the entry `id: <id>` in a source's .yaml. */
export function lineOfAnswer(metaText: string | undefined, id: string): number | undefined {
  return answerLines(metaText).get(id);
}

/** The segments after the first `length` characters of their text (a marked word is never cut in two). */
export function dropPrefix(segments: readonly Segment[], length: number): Segment[] {
  return splitSegments(segments, length)[1];
}

function takePrefix(segments: readonly Segment[], length: number): Segment[] {
  return splitSegments(segments, length)[0];
}

function splitSegments(segments: readonly Segment[], length: number): [Segment[], Segment[]] {
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let left = length;
  for (const s of segments) {
    const size = s.kind === 'gap' ? 1 : s.text.length;
    if (left <= 0) tail.push(s);
    else if (s.kind === 'text' && size > left) {
      head.push({ kind: 'text', text: s.text.slice(0, left) });
      tail.push({ kind: 'text', text: s.text.slice(left) });
      left = 0;
    } else {
      head.push(s);
      left -= size;
    }
  }
  return [head, tail];
}
