import { z } from 'astro/zod';

/** One entry of content/topics.yaml. `id` is the topic slug: a public URL (/topics/<id>/), never renamed. */
export const topicSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case ASCII slug'),
  name: z.string().min(1),
  description: z.string().min(1).max(60),
  order: z.int().positive(),
});

export type Topic = z.infer<typeof topicSchema>;
