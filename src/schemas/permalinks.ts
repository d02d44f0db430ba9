import { z } from 'astro/zod';
import { answerId } from './answer-id.ts';

/**
 * content/permalinks.json: every answer id ever published. Entries are added by normalize and never removed;
 * a renamed id stays as `aliasOf` the id that replaced it; the id of a removed answer stays `retired`, written by
 * hand with the reason readers are shown on /a/<id>/ and at the topic anchor.
 */
export const permalinkSchema = z
  .strictObject({
    topic: z.string(),
    aliasOf: answerId.optional(),
    /** Why the answer was removed, for readers (Chinese): "原文已删除这部分内容". */
    retired: z.string().min(2).optional(),
  })
  .refine((entry) => entry.aliasOf === undefined || entry.retired === undefined, 'an id is either renamed (aliasOf) or retired, not both');

export const permalinksSchema = z.record(answerId, permalinkSchema);

export type Permalinks = z.infer<typeof permalinksSchema>;
