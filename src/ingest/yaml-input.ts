import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from './errors.ts';

/**
 * Parses a hand-written YAML file and validates it with a zod schema. Errors name the file, the line of the
 * offending field and the fix, because these files are where people make mistakes.
 */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new IngestError(file, line, `YAML syntax: ${syntax.message.split('\n')[0]}`, 'correct the YAML at that line (indentation, quotes, colons)');
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;

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
    const pair = (doc.getIn(path, true) as { items?: { key: { value: unknown; range?: [number, number, number] } }[] } | undefined)?.items?.find(
      (item) => item.key.value === key,
    );
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
