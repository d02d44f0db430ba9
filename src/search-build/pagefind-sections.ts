// Reads the section boundaries Pagefind wrote into its page fragments, so the browser can rank answers
// from a search's word positions alone and fetch page fragments only for the answers it shows.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageSections } from './search-data.ts';

interface Fragment {
  url: string;
  word_count: number;
  anchors: { id: string; location: number }[];
}

/** Pagefind fragments are gzip of "pagefind_dcd" + JSON. */
export function parseFragment(bytes: Buffer): Fragment {
  const raw = gunzipSync(bytes);
  const signature = raw.subarray(0, 12).toString();
  if (signature !== 'pagefind_dcd') throw new Error(`unexpected Pagefind fragment signature "${signature}"`);
  return JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
}

/**
 * Page id (the fragment's file name, as `result.id` in the browser) → every anchor's start position, for the
 * pages of one index language (fragment names start with it: "zh-cn_38a5977"), in the order of their files.
 * Which anchors are answers the search data tells (addSections).
 */
export async function readSections(pagefindDir: string, language: string): Promise<Record<string, PageSections>> {
  const dir = join(pagefindDir, 'fragment');
  const pages: Record<string, PageSections> = {};
  for (const file of (await readdir(dir)).sort()) {
    if (!file.startsWith(`${language}_`)) continue;
    const fragment = parseFragment(await readFile(join(dir, file)));
    pages[file.replace(/\.pf_fragment$/, '')] = {
      url: fragment.url,
      words: fragment.word_count,
      sections: fragment.anchors.map((a) => [a.id, a.location]),
    };
  }
  return pages;
}
