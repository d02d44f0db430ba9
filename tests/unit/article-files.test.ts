// Every build reads every article's frontmatter from content/articles/ (src/lib/article-files.ts); a build in
// parts reads it once into an index that its parts share.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { articleFileNames, readArticleMetas, writeArticleIndex } from '../../src/lib/article-files.ts';

const copies: string[] = [];
function copyArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huabei-kb-articles-'));
  copies.push(dir);
  cpSync('content/articles', dir, { recursive: true });
  return dir;
}
afterEach(() => {
  delete process.env.KB_ARTICLE_INDEX;
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readArticleMetas', () => {
  test('every article, in file-name order, with its checked frontmatter', () => {
    const metas = readArticleMetas('content/articles');
    expect(metas.map((m) => `${m.id}.mdx`)).toEqual(articleFileNames('content/articles'));
    const theft = metas.find((m) => m.id === 'theft')!;
    expect(theft.data.topic).toBe('theft');
    expect(theft.data.answers.map((a) => a.id)).toContain('theft-by-others');
  });

  test('a frontmatter that breaks the schema names the file, the field and the fix', () => {
    const dir = copyArticles();
    const file = join(dir, 'theft.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('restoredCount: 12', 'restoredCount: "twelve"'));
    expect(() => readArticleMetas(dir)).toThrow(/theft\.mdx: frontmatter does not match the article schema.*restoredCount.*npm run normalize/);
  });

  test('with KB_ARTICLE_INDEX, the index written once stands for the files', () => {
    const dir = copyArticles();
    const index = join(dir, 'index.json');
    writeArticleIndex(dir, index);
    const fromFiles = readArticleMetas(dir);
    // The files change after the index was written: the build reads the index, not them.
    rmSync(join(dir, 'theft.mdx'));
    process.env.KB_ARTICLE_INDEX = index;
    expect(readArticleMetas(dir)).toEqual(fromFiles);
  });
});
