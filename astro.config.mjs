// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import siteSteps from './src/integrations/site-steps.ts';
import { scaleOptions } from './src/scale/options.ts';
import { siteSettings } from './src/site/settings.ts';

// SITE_URL and BASE_PATH let one build target any host or sub-path (README, Deploying).
const { site, base, outDir, cacheDir } = siteSettings();
// A part of a large build (src/scale/parts.ts) writes its pages and their answer pages only: the mirror and the
// search index are made once, over the merged parts.
const scale = scaleOptions();
const part = scale.part;

export default defineConfig({
  site,
  base,
  // Fixture builds in tests write elsewhere and keep their own cache, so they never disturb dist/.
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render one at a time, but several are written at once: with one, the thread waits on every page's
    // file write.
    concurrency: 8,
    // Styles and scripts stay external files: the Content-Security-Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  // After the pages: answer pages, the Traditional mirror, the Pagefind index, the search data (src/steps/).
  integrations: [mdx(), siteSteps({ scale, answerPagesInto: part ? (scale.answerPagesInto ?? outDir) : undefined })],
  markdown: {
    processor: satteri({
      // `{#id}` on headings carries each answer's permanent id. Smart punctuation stays off:
      // it would rewrite the source's quotes and dashes, and the text must arrive unchanged.
      features: { headingAttributes: true, smartPunctuation: false, gfm: false },
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    // A part builds in a root of its own that links this project's files, beside other parts building at once.
    ...(part ? { cacheDir: `${cacheDir}/vite`, resolve: { preserveSymlinks: true } } : {}),
    // Nothing inlined: scripts stay files, as the CSP (script-src 'self', no inline scripts) requires.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every compiled MDX module starts with Astro's own "use astro:head-inject" directive, which Rolldown
        // warns about, once per article; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Lazily loaded modules are bundled as `?worker&url` (see src/components/search/loader.ts): ES modules
    // that may split further chunks, and no preload helper on every page.
    // Bundlers' annotations (/* @__PURE__ */) have done their work once the code is bundled; in the browser they
    // are only bytes of every first query. Licence comments stay.
    worker: { format: 'es', rolldownOptions: { output: { comments: { legal: true, annotation: false, jsdoc: false } } } },
  },
});
