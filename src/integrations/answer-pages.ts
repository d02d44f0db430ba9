// Writes the answer pages (/a/<id>/) inside `astro build`, once Astro has written the topic pages they are cut
// from (src/answer-pages/), and before the Traditional mirror and Pagefind read the output: astro.config.mjs
// lists this integration before them. A build part writes the answer pages of its own topics, straight into the
// output folder of the whole build (KB_ANSWER_PAGES_DIR, set by scripts/build.ts): merging the parts would
// otherwise move 100,000 folders. `astro dev` cuts each answer page when it is asked for, from the topic page
// the dev server renders.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { AstroIntegration } from 'astro';
import { answerPageHtml } from '../answer-pages/answer-page.ts';
import { topicPageOf, writeAnswerPages } from '../answer-pages/write.ts';
import { readSiteModel, siteModelOfBuild } from '../lib/site-model.ts';
import { siteUrls } from '../lib/site-urls.ts';

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
      'astro:server:setup': ({ server }) => {
        const urls = siteUrls(base, site);
        server.middlewares.use((req, res, next) => {
          const prefix = urls.pathTo('a/');
          const id = req.url?.startsWith(prefix) ? /^([^/?#]+)\/?(?:[?#].*)?$/.exec(req.url.slice(prefix.length))?.[1] : undefined;
          if (!id) return next();
          const content = readSiteModel();
          const answer = content.answerById.get(id);
          if (!answer) return next();
          const { port } = server.httpServer!.address() as AddressInfo;
          fetch(`http://127.0.0.1:${port}${urls.topicPath(answer.topic.id)}`)
            .then((r) => r.text())
            .then((html) => {
              const page = topicPageOf(urls.topicPath(answer.topic.id), html, answer.topic.id, content);
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(answerPageHtml(page, answer, content, urls));
            })
            .catch(next);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = writeAnswerPages({ outDir: fileURLToPath(dir), writeDir: process.env.KB_ANSWER_PAGES_DIR, base, site, content: siteModelOfBuild() });
        logger.info(`wrote ${written} answer pages from their topic pages in ${(performance.now() - started).toFixed(0)} ms`);
      },
    },
  };
}
