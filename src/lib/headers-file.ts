/**
 * The `_headers` file format that Netlify and Cloudflare Pages read: a URL pattern on its own line, then
 * indented `Name: value` lines. `*` matches any run of characters. Every matching rule applies, in order.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const source = raw.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = raw.indexOf(':');
      const rule = rules[rules.length - 1];
      if (rule && at > 0) rule.headers.push([raw.slice(0, at).trim(), raw.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  return out;
}
