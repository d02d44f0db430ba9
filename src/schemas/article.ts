import { z } from 'astro/zod';
import { answerId } from './answer-id.ts';

/** Inline text of a title: source text, a restored word, or a visible gap (see src/ingest/errata.ts). */
export const segmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string() }),
  z.strictObject({ kind: z.literal('restored'), text: z.string(), original: z.string(), reason: z.string() }),
  z.strictObject({ kind: z.literal('gap'), original: z.string(), reason: z.string() }),
]);

/** Words quoted from an answer, with the restored words and gaps they hold, and where that answer is. */
const citationDataSchema = z.strictObject({
  answer: answerId,
  topic: z.string(),
  /** The cited answer's title, as its heading reads. */
  title: z.string(),
  quote: z.array(segmentSchema),
});

export const noteDataSchema = z.strictObject({
  answer: answerId,
  text: z.string(),
  reason: z.string(),
  cites: z.array(citationDataSchema),
});

/** Frontmatter that `npm run normalize` writes into content/articles/<topic>.mdx. */
export const articleSchema = z.strictObject({
  topic: z.string(),
  title: z.string(),
  titleSegments: z.array(segmentSchema),
  subtitle: z.string().optional(),
  source: z.strictObject({
    file: z.string(),
    site: z.string().nullable(),
    author: z.string().nullable(),
    /** 来源 and 责任编辑 of the byline, when the page names them. */
    origin: z.string().optional(),
    editor: z.string().optional(),
    published: z.iso.date().nullable(),
    script: z.enum(['hans', 'hant']),
  }),
  answers: z.array(
    z.strictObject({
      id: answerId,
      title: z.string(),
      level: z.int().min(2).max(6),
      /** The answer's first sentences, plain text, at most 120 characters. */
      excerpt: z.string().max(120),
      /** True when the heading asks a question a reader would type (FAQ). */
      question: z.boolean(),
      /** Readers' questions this answer answers, from the review (searched, never shown). */
      asks: z.array(z.string()).optional(),
    }),
  ),
  edits: z.array(
    z.strictObject({
      find: z.string(),
      replace: z.string(),
      /** True when the change is a visible gap rather than a restored word. */
      gap: z.boolean(),
      count: z.int().positive(),
      reason: z.string(),
    }),
  ),
  restoredCount: z.int().nonnegative(),
  gapCount: z.int().nonnegative(),
  comments: z.array(
    z.strictObject({ name: z.string(), date: z.iso.date().nullable(), text: z.string() }),
  ),
  /** Editor's notes on this article's answers, their citations resolved (src/ingest/notes.ts). */
  notes: z.array(noteDataSchema).optional(),
  /** This article's steps of its topic's "先做什么" list. */
  start: z.array(z.strictObject({ answer: answerId, quote: z.array(segmentSchema) })).optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type SegmentData = z.infer<typeof segmentSchema>;
export type NoteData = z.infer<typeof noteDataSchema>;
export type CitationData = z.infer<typeof citationDataSchema>;
