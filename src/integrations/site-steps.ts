// The steps after Astro has written the pages (src/steps/site-steps.ts), as a thin hook: a whole build runs them
// all; a part of a large build (src/scale/) cuts only its answer pages, and the rest runs once over the merged
// parts. `astro dev` serves the search data and cuts each answer page when it is asked for, from the page of its
// article the dev server renders.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { AstroIntegration } from 'astro';
import { answerPageHtml } from '../answer-pages/answer-page.ts';
import { articlePageOf } from '../answer-pages/write.ts';
import { readSiteModel } from '../lib/site-model.ts';
import { siteUrls } from '../lib/site-urls.ts';
import { siteSettings } from '../site/settings.ts';
import { buildSearchFiles } from '../search-build/collections.ts';
import { answerPagesStep, pinyinFile, runSiteSteps, searchDataFiles, type SiteBuild, type StepSettings } from '../steps/site-steps.ts';

export interface SiteStepsOptions {
  scale: StepSettings;
  /** A part of a large build: only the answer pages are written, into this folder. */
  answerPagesInto?: string | undefined;
}

export default function siteSteps({ scale, answerPagesInto }: SiteStepsOptions): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'huabei-kb:site-steps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:server:setup': ({ server }) => {
        const urls = siteUrls(base, site);
        // The search data and pinyin map, as the build writes them before indexing (no index runs in dev).
        server.middlewares.use((req, res, next) => {
          const file = [searchDataFiles['zh-cn'], pinyinFile].find((f) => req.url === urls.pathTo(f));
          if (!file) return next();
          const files = buildSearchFiles(readSiteModel(), siteSettings().contentDir);
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(file === pinyinFile ? files.pinyin : files.data));
        });
        server.middlewares.use((req, res, next) => {
          const prefix = urls.pathTo('a/');
          const id = req.url?.startsWith(prefix) ? /^([^/?#]+)\/?(?:[?#].*)?$/.exec(req.url.slice(prefix.length))?.[1] : undefined;
          if (!id) return next();
          const content = readSiteModel();
          const answer = content.answerById.get(id);
          if (!answer) return next();
          const { port } = server.httpServer!.address() as AddressInfo;
          const path = urls.articlePath(answer.topic.id, content.ownPageOf(answer.article));
          fetch(`http://127.0.0.1:${port}${path}`)
            .then((r) => r.text())
            .then((html) => {
              const page = articlePageOf(path, html, answer.article);
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(answerPageHtml(page, answer, content, urls));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const build: SiteBuild = {
          outDir: fileURLToPath(dir),
          base,
          site,
          contentDir: siteSettings().contentDir,
          pages: pages.map((p) => p.pathname),
          scale,
          log: (message) => logger.info(message),
        };
        const content = readSiteModel();
        if (answerPagesInto) answerPagesStep(build, content, answerPagesInto);
        else await runSiteSteps(build, content);
      },
    },
  };
}
