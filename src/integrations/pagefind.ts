// Builds the Pagefind index of the finished site inside `astro build`, through Pagefind's Node API
// (the `pagefind` package ships the extended binary, which segments Chinese with jieba at index time).
// Only elements marked `data-pagefind-body` (the topic pages' articles) are indexed.
import { fileURLToPath } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchData } from '../search/search-data.ts';
import { readSections } from './pagefind-sections.ts';

export interface PagefindOptions {
  /**
   * Per index language (the lower-cased `<html lang>`), the built search data (relative to the output folder)
   * that gets the section boundaries of that language's pages.
   */
  searchData: Record<string, string>;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Adds the section boundaries of every page of `language` to the search data; fails when a page has none. */
async function addSections(dataFile: string, pagefindDir: string, language: string): Promise<void> {
  const data = JSON.parse(await readFile(dataFile, 'utf8')) as SearchData;
  data.pages = await readSections(pagefindDir, new Set(Object.keys(data.answers)), language);
  if (Object.keys(data.pages).length === 0) throw new Error(`pagefind: no ${language} page was indexed for ${dataFile}`);
  const empty = Object.values(data.pages).filter((p) => p.sections.length === 0);
  if (empty.length > 0) throw new Error(`pagefind: no answer headings found on ${empty.map((p) => p.url).join(', ')}`);
  await writeFile(dataFile, JSON.stringify(data));
}

export default function pagefindIntegration({ searchData }: PagefindOptions): AstroIntegration {
  return {
    name: 'huabei-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // One index per <html lang>: Simplified pages and their Traditional twins (/zh-hant/) each get theirs,
          // and Pagefind in the browser loads the one of the page's language.
          const { index, errors } = await pagefind.createIndex({});
          failOn('createIndex', errors);
          if (!index) throw new Error('pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          failOn('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} HTML files into ${written.outputPath}`);
          for (const [language, file] of Object.entries(searchData)) await addSections(join(site, file), written.outputPath, language);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
