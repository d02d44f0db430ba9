// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import answerPages from './src/integrations/answer-pages.ts';
import pagefind from './src/integrations/pagefind.ts';
import zhHant from './src/integrations/zh-hant.ts';
import { siteUrlOf } from './src/lib/site-address.ts';

// SITE_URL and BASE_PATH let one build target any host or sub-path (see README, Deployment); without SITE_URL,
// absolute links point to localhost, and scripts/build.ts says so.
const site = siteUrlOf(process.env);
const base = process.env.BASE_PATH ?? '/';

/** Options of the post-build steps, also run by scripts/build.ts over the merged parts of a large build. */
export const zhHantOptions = { searchData: 'search/data.json' };
export const pagefindOptions = { searchData: { 'zh-cn': 'search/data.json', 'zh-hant': 'zh-hant/search/data.json' }, mirrors: ['zh-hant/'] };
// One part of a large build (scripts/build.ts sets KB_BUILD_PART) writes its pages only: the mirror and the
// search index are made once, over the merged parts.
const buildPart = process.env.KB_BUILD_PART;

export default defineConfig({
  site,
  base,
  // Fixture builds in tests write elsewhere and keep their own cache, so they never disturb dist/.
  outDir: process.env.KB_OUT_DIR ?? 'dist',
  cacheDir: process.env.KB_CACHE_DIR ?? 'node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render one at a time, but several are written at once: with one, the thread waited on every page's
    // file write (a third of a large build's render time, measured with bench:scale).
    concurrency: 8,
    // Styles and scripts stay external files: the Content-Security-Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  // The answer pages are cut from the topic pages, then the Traditional mirror is written, then Pagefind indexes
  // the output (the mirror gets its own index). A build part writes its answer pages; the rest runs once.
  integrations: [mdx(), answerPages(), ...(buildPart ? [] : [zhHant(zhHantOptions), pagefind(pagefindOptions)])],
  markdown: {
    processor: satteri({
      // `{#id}` on headings carries each answer's permanent id. Smart punctuation stays off:
      // it would rewrite the source's quotes and dashes, and the text must arrive unchanged.
      features: { headingAttributes: true, smartPunctuation: false, gfm: false },
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    // A build part keeps Vite's cache with its own, away from the other parts building at the same time.
    ...(buildPart && process.env.KB_CACHE_DIR ? { cacheDir: `${process.env.KB_CACHE_DIR}/vite` } : {}),
    // A part's root links to this project's files (scripts/build.ts): modules keep the paths under that root.
    ...(buildPart ? { resolve: { preserveSymlinks: true } } : {}),
    // Nothing inlined: scripts stay files, as the CSP (script-src 'self', no inline scripts) requires.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every compiled MDX module starts with Astro's own "use astro:head-inject" directive, which Rolldown
        // warns about, once per article (10,000 warnings on a large site); every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Lazily loaded modules are bundled as `?worker&url` (see src/components/search/loader.ts): ES modules
    // that may split further chunks, and no preload helper on every page.
    worker: { format: 'es' },
  },
});
