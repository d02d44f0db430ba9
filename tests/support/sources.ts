import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../../src/ingest/article.ts';
import { ingestSite, type SiteOutput } from '../../src/ingest/site.ts';

export const projectRoot = new URL('../../', import.meta.url).pathname;

/** Reads a content folder the way `npm run normalize` does. */
export function readSourceInputs(contentDir = join(projectRoot, 'content')): SourceInput[] {
  const dir = join(contentDir, 'sources');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const metaPath = join(dir, name.replace(/\.txt$/, '.yaml'));
      return { path: join(dir, name), bytes: readFileSync(join(dir, name)), metaPath, metaText: readFileSync(metaPath, 'utf8') };
    });
}

/** The real site's ingest result, computed in memory; `sources` replaces its sources (default: as they are). */
export function ingestProject(sources: SourceInput[] = readSourceInputs()): SiteOutput {
  const content = join(projectRoot, 'content');
  return ingestSite({
    sources,
    topicsPath: join(content, 'topics.yaml'),
    topicsText: readFileSync(join(content, 'topics.yaml'), 'utf8'),
    permalinksPath: join(content, 'permalinks.json'),
    permalinksText: readFileSync(join(content, 'permalinks.json'), 'utf8'),
  });
}
