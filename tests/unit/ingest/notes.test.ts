// Editor's notes and "先做什么" steps quote the articles: every quotation is checked against the answer's text,
// every cited answer must exist, and each problem names the .yaml, the line and the fix. The quotations used
// here are cut from the real articles' text as ingested, never typed in.
import { describe, expect, test } from 'vitest';
import { segmentsText, type Segment } from '../../../src/ingest/errata.ts';
import { IngestErrors, ingestSite, type SiteInput } from '../../../src/ingest/site.ts';
import { answerTexts, enclosingClause, findQuote, isClause, sliceSegments, type AnswerText } from '../../../src/ingest/notes.ts';
import { sourceMetaSchema } from '../../../src/schemas/source-meta.ts';
import { ingestProject, projectRoot, readSourceInputs } from '../../support/sources.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = ingestProject();
const texts = answerTexts(site.articles);

/** A whole clause of an answer's text (between clause marks), at least `min` characters long. */
function clauseOf(answer: AnswerText, min = 8): { text: string; piece: string } | undefined {
  for (const piece of answer.pieces) {
    const text = segmentsText(piece);
    const clause = text.split(/[。，,；;：:！？]/).find((c) => c.trim() === c && c.length >= min);
    if (clause) return { text: clause, piece: text };
  }
  return undefined;
}

/** Two answers of different articles that each have a clause to quote. */
function twoAnswers(): [AnswerText & { clause: string }, AnswerText & { clause: string }] {
  const usable = [...texts.values()].flatMap((a) => {
    const c = clauseOf(a);
    return c ? [{ ...a, clause: c.text }] : [];
  });
  const first = usable[0]!;
  const second = usable.find((a) => a.file !== first.file)!;
  return [first, second];
}

function siteInput(edit: (yaml: string, metaPath: string) => string, target: string): SiteInput {
  const content = join(projectRoot, 'content');
  const sources = readSourceInputs(content).map((s) => (s.metaPath.endsWith(target) ? { ...s, metaText: edit(s.metaText!, s.metaPath) } : s));
  return {
    sources,
    topicsPath: join(content, 'topics.yaml'),
    topicsText: readFileSync(join(content, 'topics.yaml'), 'utf8'),
    permalinksPath: join(content, 'permalinks.json'),
    permalinksText: readFileSync(join(content, 'permalinks.json'), 'utf8'),
  };
}

/** The source .yaml (file name) of the article that has `answer`, with its notes and start list dropped. */
function metaOf(answer: AnswerText): { file: string; strip: (yaml: string) => string } {
  const article = site.articles.find((a) => `content/articles/${a.slug}.mdx` === answer.file)!;
  const file = article.metaPath.split('/').pop()!;
  // notes: and start: are the last top-level blocks of a source's .yaml when present.
  const strip = (yaml: string) => yaml.replace(/\n(?:#[^\n]*\n)*(?:notes|start):[\s\S]*$/, '\n');
  return { file, strip };
}

function errorsOf(input: SiteInput): string[] {
  try {
    ingestSite(input);
  } catch (error) {
    if (error instanceof IngestErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

const yamlString = (s: string) => JSON.stringify(s);

describe('quotations', () => {
  test('a clause boundary is a clause mark, a closing bracket, or either end of the text', () => {
    expect(isClause('甲乙丙,丁戊己。', 0, 3)).toBe(true);
    expect(isClause('甲乙丙,丁戊己。', 4, 7)).toBe(true);
    expect(isClause('甲乙丙,丁戊己。', 4, 8)).toBe(true);
    expect(isClause('甲乙丙,丁戊己。', 1, 3)).toBe(false);
    expect(isClause('甲乙丙,丁戊己。', 4, 6)).toBe(false);
    expect(enclosingClause('甲乙丙,丁戊己。', 5, 6)).toBe('丁戊己');
  });

  test('a quotation keeps the restored words and gaps it holds, cut where the quotation is', () => {
    const segments: Segment[] = [
      { kind: 'text', text: '采取措' },
      { kind: 'restored', text: '施', original: '', reason: 'r' },
      { kind: 'text', text: '后' },
      { kind: 'gap', original: '*', reason: 'g' },
      { kind: 'text', text: '完' },
    ];
    expect(sliceSegments(segments, 2, 5)).toEqual([
      { kind: 'text', text: '措' },
      { kind: 'restored', text: '施', original: '', reason: 'r' },
      { kind: 'text', text: '后' },
    ]);
    expect(segmentsText(sliceSegments(segments, 0, 7))).toBe(segmentsText(segments));
  });

  test('found in its answer, in another answer, cut mid-clause, or not at all', () => {
    const [a, b] = twoAnswers();
    const found = findQuote(a, a.clause, texts);
    expect(found.found && segmentsText(found.segments)).toBe(a.clause);

    const elsewhere = findQuote(a, b.clause, texts);
    expect(elsewhere).toMatchObject({ found: false, fix: expect.stringContaining(`set answer: ${b.id}`) });

    const cut = findQuote(a, a.clause.slice(1), texts);
    expect(cut).toMatchObject({ found: false, problem: expect.stringContaining('cuts a clause'), fix: expect.stringContaining(a.clause) });

    const typo = `${a.clause.slice(0, 5)}※${a.clause.slice(5)}`;
    expect(findQuote(a, typo, texts)).toMatchObject({ found: false, fix: expect.stringContaining(`the text reads "${a.clause.slice(0, 5)}`) });
  });
});

describe('the metadata schema', () => {
  const base = { topic: 't', title: 't', site: null, author: null, published: null, script: 'hans', answers: [{ id: 'a-b', heading: 'h' }] };
  test('a note must cite at least one answer and give a reason', () => {
    const note = { answer: 'a-b', note: '本文说的与别处不同，见下文所引。', reason: '两文矛盾' };
    expect(sourceMetaSchema.safeParse({ ...base, notes: [{ ...note, cites: [] }] }).success).toBe(false);
    expect(sourceMetaSchema.safeParse({ ...base, notes: [{ ...note, cites: [{ answer: 'a-b', quote: '一二三四' }], reason: undefined }] }).success).toBe(false);
    expect(sourceMetaSchema.safeParse({ ...base, notes: [{ ...note, cites: [{ answer: 'a-b', quote: '一二三四' }] }] }).success).toBe(true);
  });
  test('a start step is an answer id and a quotation, nothing else', () => {
    expect(sourceMetaSchema.safeParse({ ...base, start: [{ answer: 'a-b', quote: '一二三四' }] }).success).toBe(true);
    expect(sourceMetaSchema.safeParse({ ...base, start: [{ answer: 'A B', quote: '一二三四' }] }).success).toBe(false);
    expect(sourceMetaSchema.safeParse({ ...base, start: [{ answer: 'a-b', quote: '一二三四', link: '/x' }] }).success).toBe(false);
  });
});

describe('notes and steps through the pipeline', () => {
  const [a, b] = twoAnswers();
  const { file, strip } = metaOf(a);
  /** The line of the .yaml that is `line` (after indentation), or that holds `part`. */
  const lineOf = (yaml: string, needle: string) => yaml.split('\n').findIndex((l) => l.trim() === needle || l.includes(needle)) + 1;

  test('a note on an answer, citing another article, lands in the frontmatter and under the heading', () => {
    const edit = (yaml: string) =>
      `${strip(yaml)}notes:\n  - answer: ${a.id}\n    note: ${yamlString(`本文与另一篇文章说法不同：「${b.clause}」。`)}\n    cites:\n      - answer: ${b.id}\n        quote: ${yamlString(b.clause)}\n    reason: 两篇文章说法不同\nstart:\n  - answer: ${a.id}\n    quote: ${yamlString(a.clause)}\n`;
    const out = ingestSite(siteInput(edit, file));
    const article = out.articles.find((x) => x.metaPath.endsWith(file))!;
    const note = article.frontmatter.notes!.find((n) => n.answer === a.id)!;
    expect(note.cites).toEqual([expect.objectContaining({ answer: b.id, topic: b.topic, title: b.title })]);
    expect(segmentsText(note.cites[0]!.quote)).toBe(b.clause);
    expect(segmentsText(article.frontmatter.start![0]!.quote)).toBe(a.clause);
    // The note closes its answer's own text in the MDX, inside the answer's section.
    const heading = article.mdx.indexOf(`{#${a.id}}`);
    const tag = article.mdx.indexOf('<EditorNote note={frontmatter.notes[', heading);
    expect(heading).toBeGreaterThan(0);
    expect(article.mdx.slice(heading, tag)).not.toContain('</Section>');
    expect(article.mdx.slice(tag).trimStart()).toMatch(/^<EditorNote [^\n]*\n\n<\/Section>/);
  });

  test('every wrong quotation, citation and note, all at once, with file, line and fix', () => {
    let yaml = '';
    const edit = (text: string) => {
      yaml = `${strip(text)}notes:\n  - answer: ${a.id}\n    note: ${yamlString('本文说「没有这句话的文字」。')}\n    cites:\n      - answer: ${b.id}x\n        quote: ${yamlString(b.clause)}\n      - answer: ${b.id}\n        quote: ${yamlString(b.clause.slice(1))}\n    reason: 测试用的编者注\n  - answer: ${b.id}\n    note: 另一篇文章的回答不归本文。\n    cites:\n      - answer: ${b.id}\n        quote: ${yamlString(b.clause)}\n    reason: 测试用的编者注\nstart:\n  - answer: ${a.id}\n    quote: ${yamlString(`${a.clause}※`)}\n`;
      return yaml;
    };
    const errors = errorsOf(siteInput(edit, file));
    const at = (needle: string) => `${file}:${lineOf(yaml, needle)}: `;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${at(`answer: ${b.id}x`)}note 1 cites answer "${b.id}x", which no article has — fix: `),
        expect.stringContaining(`${at(`quote: ${yamlString(b.clause.slice(1))}`)}the quote "${b.clause.slice(1)}" cuts a clause`),
        expect.stringContaining(`${at('没有这句话')}note 1 quotes 「没有这句话的文字」`),
        expect.stringContaining(`${file}:${yaml.split('\n').indexOf(`  - answer: ${b.id}`) + 1}: note 2: "${b.id}" is not an answer of this article — fix: "${b.id}" is in ${b.file}`),
        expect.stringMatching(new RegExp(`${file}:\\d+: the quote "${a.clause}※" is not in the text of answer "${a.id}".* — fix: copy the words exactly`)),
      ]),
    );
    for (const e of errors) expect(e).toMatch(/^\S+\.yaml:\d+: .+\ — fix: \S/);
  });
});

describe('the committed notes and steps', () => {
  test('every topic with articles has a short 先做什么 list', () => {
    const topics = new Set(site.articles.map((a) => a.frontmatter.topic));
    for (const topic of topics) {
      const steps = site.articles.filter((a) => a.frontmatter.topic === topic).flatMap((a) => a.frontmatter.start ?? []);
      const fix = `topic ${topic}: its articles' .yaml give ${steps.length} 先做什么 steps; give 2–6 (start: - { answer: <id>, quote: <a whole clause of that answer> })`;
      expect(steps.length, fix).toBeGreaterThanOrEqual(2);
      expect(steps.length, fix).toBeLessThanOrEqual(6);
    }
  });

  test('every note quotes and links answers of the articles', () => {
    for (const article of site.articles) {
      for (const note of article.frontmatter.notes ?? []) {
        expect(article.frontmatter.answers.map((x) => x.id)).toContain(note.answer);
        expect(note.cites.length).toBeGreaterThan(0);
        for (const cite of note.cites) {
          const cited = texts.get(cite.answer)!;
          expect(cited.pieces.some((p) => segmentsText(p).includes(segmentsText(cite.quote)))).toBe(true);
        }
      }
    }
  });
});
