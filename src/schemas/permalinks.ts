import { z } from 'astro/zod';
import { answerId } from './answer-id.ts';

/**
 * content/permalinks.json: every answer id ever published. Entries are added by normalize and never removed;
 * a renamed id stays as `aliasOf` the id that replaced it.
 */
export const permalinkSchema = z.strictObject({
  topic: z.string(),
  aliasOf: answerId.optional(),
});

export const permalinksSchema = z.record(answerId, permalinkSchema);

export type Permalinks = z.infer<typeof permalinksSchema>;
