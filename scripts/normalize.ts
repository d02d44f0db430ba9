// npm run normalize [-- --check] [--content <dir>]
// Raw sources + reviewed metadata → content/articles/*.mdx and content/permalinks.json.
// --check writes nothing and exits 1 when a committed file differs from what this would write.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, IngestErrors } from '../src/ingest/errors.ts';
import { ingestSite } from '../src/ingest/site.ts';
import type { SourceInput } from '../src/ingest/article.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.KB_CONTENT_DIR ?? 'content' },
  },
});
const content = values.content;
const sourcesDir = join(content, 'sources');
const articlesDir = join(content, 'articles');
const permalinksPath = join(content, 'permalinks.json');
const topicsPath = join(content, 'topics.yaml');

const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

function readSources(): SourceInput[] {
  const names = readdirSync(sourcesDir).sort();
  const orphans = names
    .filter((n) => n.endsWith('.yaml') && !names.includes(n.replace(/\.yaml$/, '.txt')))
    .map((name) => new IngestError(join(sourcesDir, name), undefined, 'metadata without a source text', `add ${name.replace(/\.yaml$/, '.txt')} or delete the .yaml`));
  if (orphans.length > 0) throw new IngestErrors(orphans);
  return names
    .filter((n) => n.endsWith('.txt'))
    .map((name) => {
      const path = join(sourcesDir, name);
      const metaPath = path.replace(/\.txt$/, '.yaml');
      return { path, bytes: readFileSync(path), metaPath, metaText: readText(metaPath) };
    });
}

function run(): number {
  const output = ingestSite({
    sources: readSources(),
    topicsPath,
    topicsText: readText(topicsPath) ?? '',
    permalinksPath,
    permalinksText: readText(permalinksPath),
  });

  if (values.check) {
    const stale: string[] = [];
    const existing = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith('.mdx')) : [];
    for (const [name, text] of output.files) if (readText(join(articlesDir, name)) !== text) stale.push(join(articlesDir, name));
    for (const name of existing) if (!output.files.has(name)) stale.push(`${join(articlesDir, name)} (no source writes it)`);
    if (readText(permalinksPath) !== output.permalinksText) stale.push(permalinksPath);
    if (stale.length > 0) {
      for (const path of stale) console.error(`normalize --check: stale: ${path}`);
      console.error('normalize --check: run `npm run normalize` and commit the result (generated files are never edited by hand).');
      return 1;
    }
    console.log(`normalize --check: ${output.files.size} articles and ${permalinksPath} are up to date.`);
    return 0;
  }

  // Write everything beside the target, then swap, so a failure never leaves half a folder behind.
  const staging = `${articlesDir}.staging-${process.pid}`;
  const retired = `${articlesDir}.retired-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, text] of output.files) writeFileSync(join(staging, name), text);
  writeFileSync(`${permalinksPath}.staging`, output.permalinksText);
  if (existsSync(articlesDir)) renameSync(articlesDir, retired);
  renameSync(staging, articlesDir);
  renameSync(`${permalinksPath}.staging`, permalinksPath);
  rmSync(retired, { recursive: true, force: true });

  for (const a of output.articles) {
    const f = a.frontmatter;
    console.log(`normalize: ${join(articlesDir, `${a.slug}.mdx`)}  ${f.answers.length} answers, ${f.restoredCount} restored words, ${f.gapCount} gaps, ${f.comments.length} comments`);
  }
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  if (error instanceof IngestErrors) {
    for (const e of error.errors) console.error(`normalize: error: ${e.message}`);
    console.error(`normalize: ${error.errors.length} ${error.errors.length === 1 ? 'problem' : 'problems'}.`);
  } else if (error instanceof IngestError) {
    console.error(`normalize: error: ${error.message}`);
  } else {
    throw error;
  }
  console.error('normalize: nothing was written.');
  process.exitCode = 1;
}
