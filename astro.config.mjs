// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// SITE_URL and BASE_PATH let one build target any host or sub-path (see README, Deployment).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build fixture copies of content/ (KB_CONTENT_DIR) into their own folders, side by side with dist/.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Styles and scripts stay external files: the coming Content-Security-Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  markdown: {
    processor: satteri({
      // `{#id}` on headings carries each answer's permanent id. Smart punctuation stays off:
      // it would rewrite the source's quotes and dashes, and the text must arrive unchanged.
      features: { headingAttributes: true, smartPunctuation: false, gfm: false },
    }),
  },
  devToolbar: { enabled: false },
});
