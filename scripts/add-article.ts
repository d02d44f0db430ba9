// npm run add-article -- path/to/raw.txt [--content <dir>]
// Copies a scraped page, byte for byte, into content/sources/ as NNN_<hash>.txt (NNN: one more than the highest
// number there; hash: the first 16 hex digits of the file's SHA-256) and writes NNN_<hash>.yaml beside it: the
// starting metadata for the editor to review (src/ingest/draft-meta.ts). Then: review the .yaml, npm run normalize.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import jsyaml from 'js-yaml';
import { draftMeta } from '../src/ingest/draft-meta.ts';
import { IngestError, IngestErrors } from '../src/ingest/errors.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: process.env.KB_CONTENT_DIR ?? 'content' } },
});

function run(): number {
  const [raw] = positionals;
  if (!raw || positionals.length > 1) {
    console.error('usage: npm run add-article -- path/to/raw.txt');
    return 2;
  }
  const sources = join(values.content, 'sources');
  const bytes = readFileSync(raw);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const names = readdirSync(sources);
  const same = names.find((n) => n.endsWith(`_${hash}.txt`));
  if (same) {
    console.error(`add-article: ${raw} is already in the project as ${join(sources, same)} (same bytes); nothing was written.`);
    return 1;
  }
  const numbers = names.map((n) => /^(\d{3,})_/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const next = String(numbers.length === 0 ? 0 : Math.max(...numbers) + 1).padStart(3, '0');
  const base = `${next}_${hash}`;

  const topics = (jsyaml.load(readFileSync(join(values.content, 'topics.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);
  const registry = existsSync(join(values.content, 'permalinks.json')) ? Object.keys(JSON.parse(readFileSync(join(values.content, 'permalinks.json'), 'utf8'))) : [];
  const declared = names.filter((n) => n.endsWith('.yaml')).flatMap((n) => [...readFileSync(join(sources, n), 'utf8').matchAll(/\bid:\s*([a-z][a-z0-9-]*)/g)].map((m) => m[1]!));
  const draft = draftMeta({ fileName: `${base}.txt`, bytes, topics, takenIds: new Set([...registry, ...declared]) });

  copyFileSync(raw, join(sources, `${base}.txt`));
  writeFileSync(join(sources, `${base}.yaml`), draft.yaml);
  console.log(`add-article: ${join(sources, `${base}.txt`)}  (copy of ${raw}, ${draft.script === 'hant' ? 'Traditional' : 'Simplified'})`);
  console.log(`add-article: ${join(sources, `${base}.yaml`)}  title "${draft.title}", ${draft.headings.length} headings with suggested ids, ${draft.chrome.length} chrome lines`);
  console.log('Next: choose the topic and review every line of the .yaml, then run `npm run normalize`, read the generated');
  console.log('content/articles/*.mdx against the page, add errata for words the filter cut, and commit content/.');
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  if (error instanceof IngestErrors) for (const e of error.errors) console.error(`add-article: error: ${e.message}`);
  else if (error instanceof IngestError) console.error(`add-article: error: ${error.message}`);
  else throw error;
  console.error('add-article: nothing was written.');
  process.exitCode = 1;
}
