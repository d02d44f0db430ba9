import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlePatternOfPart } from './lib/article-files.ts';
import { isWholeSite, parseBuildPart } from './scale/build-part.ts';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';

// KB_CONTENT_DIR lets tests build the site from a fixture copy of content/.
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';
const part = parseBuildPart(process.env.KB_BUILD_PART);

export const collections = {
  /**
   * The articles this build renders, compiled from MDX: all of them, or a build part's (src/scale/build-part.ts).
   * Site-wide pages read every article's frontmatter from the files instead (src/lib/site-content.ts).
   */
  articles: defineCollection({
    // Its text is compiled, never read as a string: the data store (bundled into the build) need not carry it.
    // The part of the site-wide pages (index 0) compiles none.
    loader:
      part.index === 0
        ? { name: 'huabei-kb:no-articles', load: async () => {} }
        : glob({ base: `${contentDir}/articles`, pattern: isWholeSite(part) ? '*.mdx' : articlePatternOfPart(contentDir, part), retainBody: false }),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
};
