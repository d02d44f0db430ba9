import { z } from 'astro/zod';
import { answerId } from './answer-id.ts';

/**
 * Words quoted from an answer of the site's articles: an exact stretch of that answer's own text (Simplified,
 * after errata, a gap read as …), from one paragraph or list item, starting and ending at a clause boundary.
 */
export const quotationSchema = z.strictObject({
  answer: answerId,
  quote: z.string().min(4),
});

/**
 * An editor's note (编者注) on one answer of this source, where the articles contradict each other or urge a
 * risky step. It says only what the articles say: every 「…」 in `note` is words of the noted answer or of a
 * cited one, and `cites` quotes and links the answers it rests on. `reason` says why the note is there.
 */
export const editorNoteSchema = z.strictObject({
  answer: answerId,
  note: z.string().min(10),
  cites: z.array(quotationSchema).min(1),
  reason: z.string().min(4),
});

/** One step of a topic's "先做什么" list: a sentence quoted from one of this source's answers, linking to it. */
export const startStepSchema = quotationSchema;

export type Quotation = z.infer<typeof quotationSchema>;
export type EditorNote = z.infer<typeof editorNoteSchema>;
export type StartStep = z.infer<typeof startStepSchema>;
