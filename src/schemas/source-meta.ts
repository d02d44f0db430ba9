import { z } from 'astro/zod';
import { answerId } from './answer-id.ts';
import { editorNoteSchema, startStepSchema } from './editor-note.ts';

const isoDate = z.iso.date();

/**
 * A reviewed editorial correction of text the source site's word filter cut out.
 * `find` is matched in the Simplified text (after OpenCC for Traditional sources), within one line,
 * and must occur exactly `count` times outside any `except` context.
 * `replace` may contain `{gap}`: a visible gap where a word is missing and cannot be known.
 */
export const erratumSchema = z.strictObject({
  find: z.string().min(1),
  replace: z.string().min(1),
  count: z.int().positive(),
  reason: z.string().min(4),
  except: z.array(z.string().min(2)).optional(),
});

export const answerMetaSchema = z.strictObject({
  id: answerId,
  heading: z.string().min(1),
  /** Overrides the heading level the structure rules would give (2 = top section of the article). */
  level: z.int().min(2).max(6).optional(),
  /** Ids this answer was published under before; they keep resolving to it. */
  aliases: z.array(answerId).optional(),
  /**
   * Questions a reader would type when this answer is what they need, in their own words (not the article's):
   * searched only, never shown. They let a paraphrase find the answer that shares no word with it.
   */
  asks: z.array(z.string().regex(/\p{Script=Han}/u, 'a question needs Chinese text').max(60)).max(28).optional(),
});

/** content/sources/<name>.yaml: everything a human reviewed about one raw article. */
export const sourceMetaSchema = z.strictObject({
  topic: z.string().min(1),
  /**
   * Name of the generated file content/articles/<slug>.mdx and of the article's own page /topics/<topic>/<slug>/;
   * defaults to the topic (the article on the topic page). Needed when a topic has two articles.
   */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  site: z.string().min(1).nullable(),
  /** The byline's 作者:X or 文/X, label stripped. */
  author: z.string().min(1).nullable(),
  /** The byline's 来源:X (the outlet or person the page credits as its source), label stripped; omit when none. */
  origin: z.string().min(1).nullable().optional(),
  /** The byline's 责任编辑:X (or 编辑:X), label stripped; omit when none. */
  editor: z.string().min(1).nullable().optional(),
  published: isoDate.nullable(),
  script: z.enum(['hans', 'hant']),
  /** Page-chrome lines particular to this source's site, removed wherever they stand alone. */
  chrome: z.array(z.string().min(1)).optional(),
  /** Stand-alone short lines that are body text, not headings. */
  notHeadings: z.array(z.string().min(1)).optional(),
  answers: z.array(answerMetaSchema).min(1),
  errata: z.array(erratumSchema).default([]),
  /** Editor's notes (编者注) on this source's answers (src/ingest/notes.ts). */
  notes: z.array(editorNoteSchema).default([]),
  /** This source's steps of its topic's "先做什么" list, in order (src/ingest/notes.ts). */
  start: z.array(startStepSchema).default([]),
});

export type Erratum = z.infer<typeof erratumSchema>;
export type AnswerMeta = z.infer<typeof answerMetaSchema>;
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
