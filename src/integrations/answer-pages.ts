// Writes the answer pages (/a/<id>/) inside `astro build`, once Astro has written the topic pages they are cut
// from (src/answer-pages/), and before the Traditional mirror and Pagefind read the output: astro.config.mjs
// lists this integration before them. A build part writes the answer pages of its own topics, straight into the
// output folder of the whole build (KB_ANSWER_PAGES_DIR, set by scripts/build.ts): merging the parts would
// otherwise move 100,000 folders.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAnswerPages } from '../answer-pages/write.ts';
import { siteModelOfBuild } from '../lib/site-model.ts';

export default function answerPagesIntegration(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'huabei-kb:answer-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = writeAnswerPages({ outDir: fileURLToPath(dir), writeDir: process.env.KB_ANSWER_PAGES_DIR, base, site, content: siteModelOfBuild() });
        logger.info(`wrote ${written} answer pages from their topic pages in ${(performance.now() - started).toFixed(0)} ms`);
      },
    },
  };
}
