import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from './errors.ts';

/**
 * Parses a hand-written YAML file and validates it with a zod schema. Errors name the file, the line of the
 * offending field and the fix, because these files are where people make mistakes.
 * js-yaml reads (ten times faster, which counts at thousands of sources); only when something is wrong does
 * the `yaml` library re-read the file to find the line of the offending field.
 */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    // CORE_SCHEMA: 2024-11-19 stays a string, as the schemas expect.
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const e = error as jsyaml.YAMLException;
    throw new IngestError(file, e.mark ? e.mark.line + 1 : undefined, `YAML syntax: ${e.reason}`, 'correct the YAML at that line (indentation, quotes, colons; quote text that holds " #" or starts with a symbol)');
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  const lineOf = (p: readonly string[]): number | undefined => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const field = path.join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const map = doc.getIn(path, true) as { items?: { key: { value: unknown; range?: [number, number, number] } }[] } | undefined;
    const pair = map?.items?.find((item) => item.key.value === key);
    const line = pair?.key.range ? lineCounter.linePos(pair.key.range[0]).line : lineOf(path);
    throw new IngestError(file, line, `unknown field "${[...path, key].join('.')}"`, 'remove it or correct its spelling');
  }
  const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
  throw new IngestError(
    file,
    lineOf(path),
    missing ? `missing field "${field}"` : `field "${field}": ${issue.message}`,
    missing ? `add "${path[path.length - 1]}:" with a value` : `give "${field}" a value that fits (${issue.message})`,
  );
}
