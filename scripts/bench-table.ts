// The benchmarks' one output format: a table of figure beside budget, and whether it is met.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Row {
  name: string;
  figure: string;
  /** "≤ 12.0 KB", or "(reported)" for a figure without a budget. */
  budget: string;
  ok: boolean;
}

export const reported = (name: string, figure: string): Row => ({ name, figure, budget: '(reported)', ok: true });

export function budgetRow(name: string, value: number, limit: number, format: (n: number) => string, atLeast = false): Row {
  return { name, figure: format(value), budget: `${atLeast ? '≥' : '≤'} ${format(limit)}`, ok: atLeast ? value >= limit : value <= limit };
}

/** A Markdown table (readable in a terminal, pasteable into the README). */
export function formatTable(title: string, rows: readonly Row[]): string {
  const header: [string, string, string, string] = ['figure', 'value', 'budget', 'ok'];
  const cells = rows.map((r): [string, string, string, string] => [r.name, r.figure, r.budget, r.ok ? 'ok' : 'MISSED']);
  const widths = header.map((h, i) => Math.max([...h].length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x + ' '.repeat(widths[i]! - [...x].length)).join(' | ')} |`;
  return [title, '', line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const benchmarksFile = 'docs/benchmarks.md';
const benchmarksIntro = `# Benchmarks

The current figures, written by the bench scripts themselves: \`npm run bench\` (the real site: build, page
weight, Lighthouse, search) and \`npm run bench:scale -- --articles N\` (the site grown to N articles). Each run
replaces its own section. Budgets and goals are in the tables; how the large-site path works is in
[scale.md](scale.md). The machine is shared, so wall times vary from run to run: compare runs made side by side.
`;

/**
 * Replaces the section `key` of docs/benchmarks.md (between its two marker comments) with `body`, keeping the
 * other sections: each bench script owns its section, and the file holds only the latest figures.
 */
export function writeBenchmarks(key: string, body: string): void {
  const [open, close] = [`<!-- ${key}: start -->`, `<!-- ${key}: end -->`];
  const section = `${open}\n${body.trim()}\n${close}`;
  let text = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : benchmarksIntro;
  const at = text.indexOf(open);
  const end = text.indexOf(close);
  text = at >= 0 && end > at ? text.slice(0, at) + section + text.slice(end + close.length) : `${text.trimEnd()}\n\n${section}\n`;
  mkdirSync(dirname(benchmarksFile), { recursive: true });
  writeFileSync(benchmarksFile, text);
  console.error(`bench: wrote ${benchmarksFile} (${key})`);
}
