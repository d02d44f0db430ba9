// How often each word occurs in a Pagefind index, read from its word chunks (`index/<language>_<hash>.pf_index`:
// gzip of "pagefind_dcd" and CBOR, [[word, [[page, positions, …], …], …], …]), so that a large site can tell the
// browser which words are too common to look up (src/search/page-files.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A cursor over the CBOR Pagefind writes: integers, strings, arrays (definite lengths only). */
function cborReader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  /** The next item's major type and its argument (the value of an integer, the length of a string or array). */
  const head = (): [major: number, argument: number] => {
    const byte = view.getUint8(at++);
    const info = byte & 31;
    if (info < 24) return [byte >> 5, info];
    const size = info - 24;
    at += 1 << size;
    if (size === 0) return [byte >> 5, view.getUint8(at - 1)];
    if (size === 1) return [byte >> 5, view.getUint16(at - 2)];
    if (size === 2) return [byte >> 5, view.getUint32(at - 4)];
    if (size === 3) return [byte >> 5, Number(view.getBigUint64(at - 8))];
    throw new Error(`pagefind index: unsupported CBOR length ${info} at byte ${at}`);
  };
  const text = new TextDecoder();
  const reader = {
    head,
    /** The next item, decoded. */
    item(): unknown {
      const [major, n] = head();
      if (major === 0) return n;
      if (major === 1) return -1 - n;
      if (major === 3) return text.decode(bytes.subarray(at, (at += n)));
      if (major === 4) return Array.from({ length: n }, reader.item);
      throw new Error(`pagefind index: unsupported CBOR item of major type ${major} before byte ${at}`);
    },
    /** Passes over the next item without decoding it. */
    skip(): void {
      const [major, n] = head();
      if (major === 3) at += n;
      else if (major === 4) for (let i = 0; i < n; i++) reader.skip();
      else if (major !== 0 && major !== 1) throw new Error(`pagefind index: unsupported CBOR item of major type ${major} before byte ${at}`);
    },
    /** The next item must be an array: its length. */
    array(): number {
      const [major, n] = head();
      if (major !== 4) throw new Error(`pagefind index: expected a CBOR array before byte ${at}, found major type ${major}`);
      return n;
    },
  };
  return reader;
}

/** Decodes the CBOR Pagefind writes: integers, strings, arrays (definite lengths only). */
export function decodeCbor(bytes: Uint8Array): unknown {
  return cborReader(bytes).item();
}

/**
 * Adds the occurrences of each word of one word chunk (CBOR [[word, [[page, positions, …], …], …], …]) to
 * `counts`, walking the bytes without building the chunk's arrays: a large site's chunks hold tens of millions
 * of positions, and decoding them into arrays took most of this step's time.
 */
function countChunk(bytes: Uint8Array, counts: Map<string, number>): void {
  const cbor = cborReader(bytes);
  const fields = cbor.array();
  const words = cbor.array();
  for (let w = 0; w < words; w++) {
    const wordFields = cbor.array();
    const word = cbor.item() as string;
    const pages = cbor.array();
    let n = 0;
    for (let p = 0; p < pages; p++) {
      const pageFields = cbor.array();
      cbor.skip();
      const positions = cbor.array();
      for (let i = 0; i < positions; i++) {
        // Negative entries mark a change of weight, not a position.
        if (cbor.head()[0] === 0) n++;
      }
      for (let f = 2; f < pageFields; f++) cbor.skip();
    }
    for (let f = 2; f < wordFields; f++) cbor.skip();
    counts.set(word, (counts.get(word) ?? 0) + n);
  }
  for (let f = 1; f < fields; f++) cbor.skip();
}

/** Adds the occurrences of every word of `language` in the index at `pagefindDir` to `counts`. */
export async function countWords(pagefindDir: string, language: string, counts: Map<string, number>): Promise<void> {
  const dir = join(pagefindDir, 'index');
  for (const file of (await readdir(dir)).sort()) {
    if (!file.startsWith(`${language}_`)) continue;
    const raw = gunzipSync(await readFile(join(dir, file)));
    countChunk(raw.subarray('pagefind_dcd'.length), counts);
  }
}

/** Words that make up at least `share` of all the word occurrences counted, most frequent first. */
export function commonWords(counts: ReadonlyMap<string, number>, share: number): string[] {
  let total = 0;
  for (const n of counts.values()) total += n;
  return [...counts].filter(([, n]) => n >= share * total).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
