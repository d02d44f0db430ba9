// One post-build step of a build in parts (scripts/build.ts), run over the merged output as Astro runs it after a
// whole build: `node scripts/post-build.ts <zh-hant|pagefind> <file listing the output's pages>`. Each step runs
// in a process of its own, so that what one holds (the mirror's threads read every article's frontmatter and keep
// a converter's memory) is given back before the next starts (Pagefind holds 3 GB of its own at 10,000 articles).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import config, { pagefindOptions, zhHantOptions } from '../astro.config.mjs';
import pagefind from '../src/integrations/pagefind.ts';
import zhHant from '../src/integrations/zh-hant.ts';

const steps: Record<string, () => AstroIntegration> = { 'zh-hant': () => zhHant(zhHantOptions), pagefind: () => pagefind(pagefindOptions) };

function logger(label: string): AstroIntegrationLogger {
  const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${label}] ${message}`);
  return { label, info: log, warn: log, error: log, debug: () => {}, fork: (l: string) => logger(l), options: {} } as unknown as AstroIntegrationLogger;
}

const [name, list] = process.argv.slice(2);
const make = name === undefined ? undefined : steps[name];
if (!make || !list) {
  console.error(`usage: node scripts/post-build.ts <${Object.keys(steps).join('|')}> <file listing the pages, JSON>`);
  process.exit(2);
}
const step = make();
const pages = (JSON.parse(readFileSync(list, 'utf8')) as string[]).map((pathname) => ({ pathname }));
const hooks = step.hooks as Record<string, ((options: unknown) => Promise<void> | void) | undefined>;
await hooks['astro:config:done']?.({ config: { base: config.base ?? '/', site: config.site } });
await hooks['astro:build:done']?.({ dir: pathToFileURL(`${resolve(config.outDir ?? 'dist')}/`), pages, logger: logger(step.name) });
