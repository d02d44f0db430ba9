// The site's own text as readers see it (restored words in, markup out), for the conversion tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visibleText } from '../../../src/search-build/vocabulary.ts';

const content = new URL('../../../content/', import.meta.url).pathname;

/** Every article file (frontmatter included) and topics.yaml, as stored. */
export function contentFiles(): string[] {
  const articles = join(content, 'articles');
  return [...readdirSync(articles).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(articles, f), 'utf8')), readFileSync(join(content, 'topics.yaml'), 'utf8')];
}

/** The lines of the site's text, as a reader sees them. */
export function siteLines(): string[] {
  return contentFiles().flatMap((file) => visibleText(file).split('\n')).filter((line) => /\p{Script=Han}/u.test(line));
}

export function occurrences(text: string, find: string): number {
  return text.split(find).length - 1;
}
