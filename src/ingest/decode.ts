import { IngestError } from './errors.ts';

/** A line of a source file with its 1-based line number, kept through every step for error messages. */
export interface SourceLine {
  no: number;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Raw bytes → lines. Rejects empty files and invalid UTF-8; tolerates a BOM and CRLF line ends. */
export function decodeSource(bytes: Uint8Array, file: string): SourceLine[] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new IngestError(file, line, 'not valid UTF-8', 're-save the file as UTF-8 (for GBK pages: iconv -f GBK -t UTF-8)');
  }
  if (text.trim() === '') {
    throw new IngestError(file, undefined, 'the file is empty', 'put the raw article text in it, or delete the file and its .yaml');
  }
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ no: i + 1, text: line }));
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(at, 0)).split('\n').length;
}
