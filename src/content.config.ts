import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';
import { siteSettings } from './site/settings.ts';

// KB_CONTENT_DIR lets tests build the site from a fixture copy of content/ (src/site/settings.ts).
const { contentDir } = siteSettings();

export const collections = {
  /**
   * The articles whose pages this build renders, compiled from MDX: every file of the content folder's articles/.
   * Site-wide pages read every article's frontmatter from the files instead (src/lib/site-content.ts).
   */
  articles: defineCollection({
    // Its text is compiled, never read as a string: the data store (bundled into the build) need not carry it.
    loader: glob({ base: `${contentDir}/articles`, pattern: '*.mdx', retainBody: false }),
    schema: articleSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
};
