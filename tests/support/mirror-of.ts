// What the Traditional mirror (src/hant/mirror-html.ts) makes of a built Simplified page: to hold the answer
// pages' twins, which are cut from their topic page's twin instead (src/answer-pages/hant.ts), to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConverter } from '../../src/hant/convert.ts';
import { mirrorHtml } from '../../src/hant/mirror-html.ts';
import { mirrorRules, simplifiedPages, urlPathOf } from '../../src/hant/mirror-site.ts';

export async function mirrorOfBuild(dist: string, site: string, base = '/'): Promise<(file: string) => Promise<string>> {
  const rules = mirrorRules({ base, site, pages: new Set(await simplifiedPages(dist)) }, createConverter());
  return (file) => mirrorHtml(readFileSync(join(dist, file), 'utf8'), rules(urlPathOf(file, base)));
}

/** The answer pages of a build ("a/<id>/index.html"). */
export function answerPagesOf(dist: string): string[] {
  return readdirSync(join(dist, 'a')).map((id) => `a/${id}/index.html`);
}
