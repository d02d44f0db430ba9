// Writes the Traditional Chinese mirror of the finished site (/zh-hant/<same path> for every page) inside
// `astro build`, before Pagefind indexes the output: astro.config.mjs lists this integration first, so the
// Traditional pages get their own index (Pagefind makes one per <html lang>). The conversion lives in src/hant/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createConverter } from '../hant/convert.ts';
import { mirrorSite } from '../hant/mirror-site.ts';
import { mirrorSearchData } from '../hant/search-data.ts';
import { recordForms } from '../hant/script-forms.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { traditionalCharsFor } from '../search-build/traditional-chars.ts';
import { hanCharsOf } from '../search-build/vocabulary.ts';
import { variants } from '../site/variants.ts';
import type { SearchData } from '../search-build/search-data.ts';

export interface ZhHantOptions {
  /** The Simplified search data (relative to the output folder); its Traditional twin goes under zh-hant/. */
  searchData: string;
  /**
   * A build of at least this many pages converts in worker threads, one per core (at most `workers`); a
   * smaller one (the real site) converts here, where starting the threads would cost more than it saves.
   */
  parallelFrom?: number;
  workers?: number;
}

export default function zhHantIntegration({ searchData, parallelFrom = 2000, workers = 2 }: ZhHantOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'huabei-kb:zh-hant',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const forms = recordForms();
        const converter = createConverter({ observe: forms.observe });
        const mirrored = await mirrorSite({ outDir, base, site, converter, workers: Math.min(workers, availableParallelism()), parallelFrom, addForms: forms.add });
        const { threads } = mirrored;

        const data = JSON.parse(await readFile(join(outDir, searchData), 'utf8')) as SearchData;
        const target = join(outDir, variants.hant.dir, searchData);
        await mkdir(dirname(target), { recursive: true });
        const readersChars = [...loadThesaurus().keys()].join('');
        const traditional = traditionalCharsFor(new Set([...forms.counts().map(([char]) => char), ...hanCharsOf(readersChars)]));
        await writeFile(target, JSON.stringify(mirrorSearchData(data, converter, forms.forms(), traditional)));

        const { hits, misses } = converter.stats;
        logger.info(
          `mirrored ${mirrored.pages} pages into ${variants.hant.dir} in ${mirrored.ms.toFixed(0)} ms (${(mirrored.ms / mirrored.pages).toFixed(2)} ms per page, ${threads} thread${threads > 1 ? 's' : ''}; ` +
            `${misses} distinct texts converted, ${hits} repeats answered from memory)`,
        );
      },
    },
  };
}
