/**
 * Block-style YAML for generated frontmatter. Every string is JSON-quoted, which is valid YAML and never
 * re-typed by a reader (a date stays a string, 是 stays 是), and the output reads like hand-written YAML.
 * Written by hand rather than by a general YAML library: the shapes are few and fixed, and at thousands of
 * articles a general dumper's work adds up.
 */
export function toYaml(value: unknown): string {
  return `${lines(value, '').join('\n')}\n`;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError(`cannot write ${typeof value} as YAML`);
}

const isNested = (value: unknown) => typeof value === 'object' && value !== null && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isNested(item)) return [`${indent}- ${inline(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first!.slice(indent.length + 2)}`, ...rest];
    });
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .flatMap(([key, v]) => (isNested(v) ? [`${indent}${key}:`, ...lines(v, Array.isArray(v) ? indent : `${indent}  `)] : [`${indent}${key}: ${inline(v)}`]));
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}
