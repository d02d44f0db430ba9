// Editorial data that quotes the articles: editor's notes (编者注) and the steps of each topic's "先做什么" list.
// Both are reviewed data in a source's .yaml (src/schemas/editor-note.ts). Every quotation is checked against
// the text the reader sees, and every cited answer must exist, so a note or a step can only say what an article
// says; a problem names the .yaml, the line and the fix. Pure: no file system.
import { LineCounter, parseDocument } from 'yaml';
import type { NoteData } from '../schemas/article.ts';
import type { Quotation } from '../schemas/editor-note.ts';
import type { BuiltArticle } from './article.ts';
import { type Segment, segmentsText } from './errata.ts';
import { IngestError } from './errors.ts';
import { renderMdx } from './mdx.ts';
import type { Block } from './structure.ts';

/** An answer's own text: the paragraphs and list items between its heading and the next heading. */
export interface AnswerText {
  id: string;
  topic: string;
  title: string;
  /** content/articles/<slug>.mdx, named in messages */
  file: string;
  pieces: Segment[][];
}

/** Every answer's own text, by id. */
export function answerTexts(articles: readonly BuiltArticle[]): Map<string, AnswerText> {
  const texts = new Map<string, AnswerText>();
  for (const article of articles) {
    let current: AnswerText | undefined;
    for (const block of article.blocks) {
      if (block.kind === 'heading') {
        current = { id: block.answer.id, topic: article.meta.topic, title: segmentsText(block.segments), file: `content/articles/${article.slug}.mdx`, pieces: [] };
        texts.set(current.id, current);
      } else if (current) current.pieces.push(...pieces(block));
    }
  }
  return texts;
}

function pieces(block: Exclude<Block, { kind: 'heading' }>): Segment[][] {
  return block.kind === 'paragraph' ? [block.segments] : block.items.map((i) => [...(i.label ?? []), ...i.rest]);
}

// A quotation starts and ends where a clause does, so it never cuts a word or a sentence in two.
const clauseEnd = new Set([...'。！？!?；;，,：:、…']);
const closers = new Set([...'」』”）)》']);

/** Whether text[start, end) starts and ends at clause boundaries of `text`. */
export function isClause(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const last = text[end - 1]!;
  const after = text[end];
  const startsWell = start === 0 || clauseEnd.has(before!) || closers.has(before!) || /\s/.test(before!);
  const endsWell = end === text.length || clauseEnd.has(last) || closers.has(last) || clauseEnd.has(after!) || /\s/.test(after!);
  return startsWell && endsWell;
}

/** The clause(s) of `text` around [start, end): what a quotation cut mid-clause should have been. */
export function enclosingClause(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !clauseEnd.has(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !clauseEnd.has(text[e - 1]!) && !clauseEnd.has(text[e]!)) e++;
  return text.slice(s, e).trim();
}

/** Segments covering characters [start, end) of segmentsText(segments); a restored word cut by the range is cut too. */
export function sliceSegments(segments: readonly Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const s of segments) {
    const text = s.kind === 'gap' ? '…' : s.text;
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + text.length);
    if (from < to) {
      if (s.kind === 'gap') out.push(s);
      else out.push({ ...s, text: text.slice(from - pos, to - pos) });
    }
    pos += text.length;
  }
  return out;
}

export type QuoteResult =
  | { found: true; segments: Segment[] }
  | { found: false; problem: string; fix: string };

/** Finds a quotation in one answer's text, or says what is wrong with it. */
export function findQuote(answer: AnswerText, quote: string, all: ReadonlyMap<string, AnswerText>): QuoteResult {
  for (const piece of answer.pieces) {
    const text = segmentsText(piece);
    const at = text.indexOf(quote);
    if (at < 0) continue;
    if (isClause(text, at, at + quote.length)) return { found: true, segments: sliceSegments(piece, at, at + quote.length) };
    return {
      found: false,
      problem: `the quote "${quote}" cuts a clause of answer "${answer.id}" in two`,
      fix: `quote whole clauses, e.g. quote: ${enclosingClause(text, at, at + quote.length)}`,
    };
  }
  const elsewhere = [...all.values()].find((a) => a.pieces.some((p) => segmentsText(p).includes(quote)));
  if (elsewhere) {
    return { found: false, problem: `the quote "${quote}" is not in the text of answer "${answer.id}"`, fix: `it is in answer "${elsewhere.id}" (${elsewhere.file}): set answer: ${elsewhere.id}` };
  }
  return { found: false, problem: `the quote "${quote}" is not in the text of answer "${answer.id}" (${answer.file})`, fix: closest(answer, quote) };
}

/** Where the quotation parts from the answer's text: the longest start of it that the text holds. */
function closest(answer: AnswerText, quote: string): string {
  let best = { length: 0, text: '', at: 0 };
  for (const piece of answer.pieces) {
    const text = segmentsText(piece);
    for (let n = quote.length - 1; n > best.length; n--) {
      const at = text.indexOf(quote.slice(0, n));
      if (at >= 0) {
        best = { length: n, text, at };
        break;
      }
    }
  }
  const copy = `copy the words exactly from ${answer.file} (Simplified, restored words included, a gap read as …)`;
  if (best.length < 2) return copy;
  return `${copy}; the text reads "${best.text.slice(best.at, best.at + best.length + 12)}" where the quote has "${quote.slice(0, best.length + 12)}"`;
}

/** The line of a field of a YAML file, e.g. ['notes', 0, 'cites', 1, 'quote']; only asked when something is wrong. */
export function yamlLine(text: string, path: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** How to name an answer that no article has: ids that look like the one given. */
function unknownAnswerFix(id: string, texts: ReadonlyMap<string, AnswerText>): string {
  const stem = id.replace(/-?[a-z0-9]{0,2}$/, '');
  const like = [...texts.keys()].filter((k) => k.includes(id) || id.includes(k) || (stem.length > 3 && k.startsWith(stem)));
  const hint = like.length ? `; did you mean ${like.slice(0, 3).join(', ')}?` : '';
  return `cite a current answer id (the {#id} of a heading in content/articles/*.mdx)${hint}`;
}

/** 「…」 stretches of a note's text. */
function bracketQuotes(text: string): string[] {
  return [...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1]!);
}

/**
 * Resolves every source's notes and start steps into its article's frontmatter (and its MDX, where a note is
 * shown at its answer), checking each against the articles. Returns the problems found, all of them.
 * `metaTexts`: each source's .yaml text by path, for the lines of the fields at fault. When some sources failed
 * to build (`allBuilt` false), a citation of an answer no built article has is left to the next run.
 */
export function applyEditorial(articles: readonly BuiltArticle[], metaTexts: ReadonlyMap<string, string>, allBuilt = true): IngestError[] {
  const texts = answerTexts(articles);
  const renamed = new Map(articles.flatMap((a) => a.meta.answers.flatMap((x) => (x.aliases ?? []).map((alias) => [alias, x.id] as const))));
  const errors: IngestError[] = [];
  for (const article of articles) {
    const { meta, metaPath } = article;
    if (meta.notes.length === 0 && meta.start.length === 0) continue;
    const fail = (path: (string | number)[], problem: string, fix: string) => errors.push(new IngestError(metaPath, yamlLine(metaTexts.get(metaPath) ?? '', path), problem, fix));
    const own = new Set(meta.answers.map((a) => a.id));
    const ownAnswer = (given: string, path: (string | number)[], what: string): AnswerText | undefined => {
      const id = renamed.get(given) ?? given;
      if (own.has(id)) return texts.get(id);
      const other = texts.get(id);
      fail(path, `${what}: "${given}" is not an answer of this article`, other ? `"${id}" is in ${other.file}: move this entry to that article's .yaml` : `use one of this article's answer ids: ${[...own].join(', ')}`);
      return undefined;
    };
    const quoted = (q: Quotation, path: (string | number)[], answer: AnswerText): Segment[] | undefined => {
      const result = findQuote(answer, q.quote, texts);
      if (result.found) return result.segments;
      fail([...path, 'quote'], result.problem, result.fix);
      return undefined;
    };

    const notes: NoteData[] = [];
    const notedAnswers = new Set<string>();
    meta.notes.forEach((note, n) => {
      const at = ['notes', n];
      const noted = ownAnswer(note.answer, [...at, 'answer'], `note ${n + 1}`);
      if (notedAnswers.has(noted?.id ?? note.answer)) fail([...at, 'answer'], `answer "${note.answer}" has a second note`, 'one note an answer: put both points in one note');
      notedAnswers.add(noted?.id ?? note.answer);
      const cites: NoteData['cites'] = [];
      note.cites.forEach((cite, c) => {
        const path = [...at, 'cites', c];
        // A renamed answer keeps its old id as an alias (links are forever): it is cited under its new id.
        const cited = texts.get(renamed.get(cite.answer) ?? cite.answer);
        if (!cited) {
          if (allBuilt) fail([...path, 'answer'], `note ${n + 1} cites answer "${cite.answer}", which no article has`, unknownAnswerFix(cite.answer, texts));
          return;
        }
        const segments = quoted(cite, path, cited);
        if (segments) cites.push({ answer: cited.id, topic: cited.topic, title: cited.title, quote: segments });
      });
      if (!noted) return;
      const sources = [noted, ...note.cites.flatMap((c) => texts.get(renamed.get(c.answer) ?? c.answer) ?? [])];
      for (const words of bracketQuotes(note.note)) {
        if (!sources.some((a) => a.pieces.some((p) => segmentsText(p).includes(words)))) {
          fail([...at, 'note'], `note ${n + 1} quotes 「${words}」, which is not in answer "${note.answer}" nor in an answer it cites`, 'quote the words exactly, and cite the answer they come from; use 「」 only for quotations');
        }
      }
      if (cites.length === note.cites.length) notes.push({ answer: noted.id, text: note.note, reason: note.reason, cites });
    });

    const start: { answer: string; quote: Segment[] }[] = [];
    meta.start.forEach((step, s) => {
      const at = ['start', s];
      const answer = ownAnswer(step.answer, [...at, 'answer'], `start step ${s + 1}`);
      const segments = answer && quoted(step, at, answer);
      if (segments) start.push({ answer: answer.id, quote: segments });
    });

    if (notes.length > 0) article.frontmatter.notes = notes;
    if (start.length > 0) article.frontmatter.start = start;
    if (notes.length + start.length > 0) article.mdx = renderMdx(article.frontmatter, article.blocks, `content/sources/${article.frontmatter.source.file}`);
  }
  return errors;
}
