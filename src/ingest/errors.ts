/**
 * A problem in an input file that a person must fix. The message names the file, the line when known,
 * what is wrong and what to do, on one line, so the CLI can print it as is.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly fix: string;

  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${problem}. Fix: ${fix}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}
