// A built page as the sequence of tokens the HTML tokenizer sees (parse5), to compare a page with its
// Traditional twin token by token.
import { SAXParser } from 'parse5-sax-parser';

export type HtmlToken =
  | { kind: 'start'; tag: string; attrs: Record<string, string> }
  | { kind: 'end'; tag: string }
  | { kind: 'text'; text: string; parent: string };

export function tokensOf(html: string): Promise<HtmlToken[]> {
  const tokens: HtmlToken[] = [];
  const open: string[] = [];
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs }) => {
    tokens.push({ kind: 'start', tag: tagName, attrs: Object.fromEntries(attrs.map((a) => [a.name, a.value])) });
    open.push(tagName);
  });
  parser.on('endTag', ({ tagName }) => {
    tokens.push({ kind: 'end', tag: tagName });
    open.length = Math.max(0, open.lastIndexOf(tagName));
  });
  parser.on('text', ({ text }) => tokens.push({ kind: 'text', text, parent: open.at(-1) ?? '' }));
  return new Promise((resolve, reject) => {
    parser.on('finish', () => resolve(tokens));
    parser.on('error', reject);
    parser.end(html);
  });
}

/** The text inside the first element whose start tag matches, tags dropped (character references decoded). */
export function textOf(tokens: readonly HtmlToken[], matches: (tag: string, attrs: Record<string, string>) => boolean): string {
  const start = tokens.findIndex((t) => t.kind === 'start' && matches(t.tag, t.attrs));
  if (start < 0) return '';
  const tag = (tokens[start] as { tag: string }).tag;
  let depth = 0;
  let text = '';
  for (const token of tokens.slice(start)) {
    if (token.kind === 'start' && token.tag === tag) depth++;
    if (token.kind === 'end' && token.tag === tag && --depth === 0) break;
    if (token.kind === 'text' && token.parent !== 'script' && token.parent !== 'style') text += token.text;
  }
  return text;
}
