// One Pagefind run, in a process of its own: `node pagefind-run.ts <site> <output folder> <list of HTML files>`.
// Pagefind's Node API drives a single Pagefind process per Node process, so the integration (./pagefind.ts)
// starts one of these per run to index shards side by side; each ends with its memory.
// Started with an IPC channel, a run says when it has read its pages ("indexed") and writes its index only when
// told to ("write"): the integration lets the next run read its pages while this one writes, and holds it
// there until this one has ended, so that two runs never build their indexes (the peak of their memory) at once.
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Resolves when the integration lets this run write its index (at once without an IPC channel). */
function turnToWrite(): Promise<void> {
  const channel = process.send?.bind(process);
  if (!channel) return Promise.resolve();
  return new Promise((resolve) => {
    process.once('message', () => {
      process.disconnect();
      resolve();
    });
    channel('indexed');
  });
}

/** Indexes `files` (site paths of HTML files) into `outputPath`. */
async function indexFiles(site: string, files: readonly string[], outputPath: string): Promise<void> {
  try {
    // No forceLanguage: each page's <html lang> picks its index.
    const { index, errors } = await pagefind.createIndex({});
    failOn('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex returned no index');
    // One glob naming the files: Pagefind reads them itself, twice as fast as handing it their text.
    const glob = `{${files.map((file) => file.replace(/[{}[\]*?,\\]/g, '\\$&')).join(',')}}`;
    const added = await index.addDirectory({ path: site, glob });
    failOn('addDirectory', added.errors);
    if (added.page_count !== files.length) throw new Error(`pagefind indexed ${added.page_count} pages of the ${files.length} given`);
    await turnToWrite();
    const written = await index.writeFiles({ outputPath });
    failOn('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
}

const [site, outputPath, list] = process.argv.slice(2);
if (!site || !outputPath || !list) throw new Error('usage: node pagefind-run.ts <site> <output folder> <file listing the HTML files, one a line>');
await indexFiles(site, (await readFile(list, 'utf8')).split('\n').filter(Boolean), outputPath);
