import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError, IngestErrors, type Report } from './errors.ts';

/** The expected form of a field, for the fix of an error about it (src/ingest/meta-forms.ts). */
export type FormOf = (path: readonly (string | number)[]) => string | undefined;

/**
 * Parses a hand-written YAML file and validates it with a zod schema. Every problem of the file is reported at
 * once (IngestErrors), each naming the file, the line of the offending field and the fix in its expected form,
 * because these files are where people make mistakes.
 * js-yaml reads (it builds no document tree, which counts at thousands of sources); only when something is wrong
 * does the `yaml` library re-read the file to find the lines of the offending fields.
 */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S, formOf: FormOf = () => undefined): z.output<S> {
  return parseYamlData(text, file, schema, formOf).result;
}

/**
 * As parseYamlFile, but when every wrong field is one of `fallbacks` (top-level fields that later steps can do
 * without), the problems go to `report` and the file is read with those fields set to their fallback, so the
 * run goes on to find the file's other problems.
 */
export function parseYamlFileReadingOn<S extends z.ZodType>(text: string, file: string, schema: S, formOf: FormOf, report: Report, fallbacks: Readonly<Record<string, unknown>>): z.output<S> {
  const { data, errors, fields } = parseYamlData(text, file, schema, formOf, false);
  if (errors.length === 0) return schema.parse(data);
  if (data && typeof data === 'object' && fields.every((f) => f in fallbacks)) {
    const patched = { ...(data as Record<string, unknown>) };
    for (const f of fields) patched[f] = fallbacks[f];
    const retry = schema.safeParse(patched);
    if (retry.success) {
      errors.forEach(report);
      return retry.data;
    }
  }
  throw new IngestErrors(errors);
}

function parseYamlData<S extends z.ZodType>(text: string, file: string, schema: S, formOf: FormOf, throwing = true): { result: z.output<S>; data: unknown; errors: IngestError[]; fields: string[] } {
  let data: unknown;
  try {
    // CORE_SCHEMA: 2024-11-19 stays a string, as the schemas expect.
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const e = error as jsyaml.YAMLException;
    throw new IngestError(file, e.mark ? e.mark.line + 1 : undefined, `YAML syntax: ${e.reason}`, 'correct the YAML at that line (indentation, quotes, colons; quote text that holds " #" or starts with a symbol)');
  }
  const result = schema.safeParse(data);
  if (result.success) return { result: result.data, data, errors: [], fields: [] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (p: readonly PropertyKey[]): number | undefined => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const errors = result.error.issues.flatMap((issue): IngestError[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const map = doc.getIn(path, true) as { items?: { key: { value: unknown; range?: [number, number, number] } }[] } | undefined;
      return issue.keys.map((key) => {
        const pair = map?.items?.find((item) => item.key.value === key);
        const line = pair?.key.range ? lineCounter.linePos(pair.key.range[0]).line : lineOf(path);
        return new IngestError(file, line, `unknown field "${[...path, key].join('.')}"`, 'remove it or correct its spelling');
      });
    }
    const form = formOf(path);
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    if (missing) return [new IngestError(file, lineOf(path), `missing field "${field}"`, form ? `add ${form}` : `add "${String(path[path.length - 1])}:" with a value`)];
    return [new IngestError(file, lineOf(path), `field "${field}": ${issue.message}`, form ? `write it as ${form}` : `give "${field}" a value that fits (${issue.message})`)];
  });
  if (throwing) throw new IngestErrors(errors);
  const fields = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))];
  return { result: undefined as z.output<S>, data, errors, fields };
}
