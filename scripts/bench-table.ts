// The benchmarks' one output format: a table of figure beside budget, and whether it is met.

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
