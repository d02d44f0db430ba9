// How often each word occurs in a Pagefind index, read from its word chunks (`index/<language>_<hash>.pf_index`:
// gzip of "pagefind_dcd" and CBOR, [[word, [[page, positions, …], …], …], …]), so that a large site can tell the
// browser which words are too common to look up (src/search/page-files.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Decodes the CBOR Pagefind writes: integers, strings, arrays (definite lengths only). */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    at += 1 << size;
    if (size === 0) return view.getUint8(at - 1);
    if (size === 1) return view.getUint16(at - 2);
    if (size === 2) return view.getUint32(at - 4);
    if (size === 3) return Number(view.getBigUint64(at - 8));
    throw new Error(`pagefind index: unsupported CBOR length ${info} at byte ${at}`);
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const info = head & 31;
    switch (head >> 5) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 3: {
        const n = length(info);
        at += n;
        return text.decode(bytes.subarray(at - n, at));
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      default:
        throw new Error(`pagefind index: unsupported CBOR item ${head} at byte ${at - 1}`);
    }
  };
  return item();
}

type WordChunk = [[word: string, pages: [page: number, positions: number[], ...rest: unknown[]][], ...rest: unknown[]][]];

/** Adds the occurrences of every word of `language` in the index at `pagefindDir` to `counts`. */
export async function countWords(pagefindDir: string, language: string, counts: Map<string, number>): Promise<void> {
  const dir = join(pagefindDir, 'index');
  for (const file of (await readdir(dir)).sort()) {
    if (!file.startsWith(`${language}_`)) continue;
    const raw = gunzipSync(await readFile(join(dir, file)));
    const [words] = decodeCbor(raw.subarray('pagefind_dcd'.length)) as WordChunk;
    for (const [word, pages] of words) {
      let n = 0;
      // Negative entries mark a change of weight, not a position.
      for (const [, positions] of pages) for (const p of positions) if (p >= 0) n++;
      counts.set(word, (counts.get(word) ?? 0) + n);
    }
  }
}

/** Words that make up at least `share` of all the word occurrences counted, most frequent first. */
export function commonWords(counts: ReadonlyMap<string, number>, share: number): string[] {
  let total = 0;
  for (const n of counts.values()) total += n;
  return [...counts].filter(([, n]) => n >= share * total).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
