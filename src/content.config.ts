import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleDataLoader, articlePatternOfPart } from './lib/article-files.ts';
import { parseBuildPart } from './lib/build-part.ts';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';

// KB_CONTENT_DIR lets tests build the site from a fixture copy of content/.
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';
const part = parseBuildPart(process.env.KB_BUILD_PART);

export const collections = {
  /** The articles this build renders, compiled from MDX: all of them, or a build part's (src/lib/build-part.ts). */
  articles: defineCollection({
    // Its text is compiled, never read as a string: the data store (bundled into the build) need not carry it.
    loader: glob({ base: `${contentDir}/articles`, pattern: part.count === 1 ? '*.mdx' : articlePatternOfPart(contentDir, part), retainBody: false }),
    schema: articleSchema,
  }),
  /** Every article's frontmatter, read as data without compiling it: what site-wide pages need (src/lib/article-files.ts). */
  articleData: defineCollection({
    loader: articleDataLoader(`${contentDir}/articles`),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
};
