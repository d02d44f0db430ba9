/**
 * A problem in an input file that a person must fix. The message names the file, the line when known, what is
 * wrong and the fix, showing the expected form, on one line as tsc prints its errors
 * (`file:line: problem — fix: published: 2025-06-08`), so the CLI can print it as is.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly fix: string;

  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${problem} — fix: ${fix}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}

/** Every problem found in one run, so a person fixes them all at once instead of one per run. */
export class IngestErrors extends Error {
  readonly errors: IngestError[];
  constructor(errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
    this.errors = errors;
  }
}

/**
 * Where a step puts a problem it can read past: the run collects them and reports them all together. A step
 * called without one stops at its first problem (tests of a single step, and anything that needs all or nothing).
 */
export type Report = (error: IngestError) => void;

export const stopAtFirst: Report = (error) => {
  throw error;
};

/** The 1-based number of the first line of `text` that `test` accepts; undefined when none does. */
export function lineWhere(text: string | undefined, test: (line: string) => boolean): number | undefined {
  if (text === undefined) return undefined;
  const at = text.split('\n').findIndex(test);
  return at < 0 ? undefined : at + 1;
}
