import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';

// KB_CONTENT_DIR lets tests build the site from a fixture copy of content/.
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${contentDir}/articles`, pattern: '*.mdx' }),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
};
