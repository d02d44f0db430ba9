// The tokens of an HTML page with their source offsets, as the mirror (./mirror-html.ts) reads them: start and
// end tags with their attributes (values decoded, and where each value sits in the source), runs of text, and
// comments. parse5 (the HTML standard's tokenizer) defines them; the pages this site writes use a small part of
// HTML, which a plain scan reads with far less work than a full tokenizer (on a large site the mirror reads every
// answer page). The scan gives up on anything outside that part (it returns undefined), and parse5 reads that page
// instead; tests/unit/hant/html-tokens.test.ts holds the two equal on every page of a build.
import { SAXParser } from 'parse5-sax-parser';

export interface Attribute {
  name: string;
  /** The value as the browser reads it (character references decoded). */
  value: string;
  /** Where the value is in the source, quotes excluded (undefined for an attribute without a value). */
  span: [number, number] | undefined;
}

export type Token =
  | { kind: 'start'; name: string; attrs: Attribute[]; selfClosing: boolean; start: number; end: number }
  | { kind: 'end'; name: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number };

/** Elements whose content is text up to their end tag (RCDATA, raw text, script data). */
const textElements = new Set(['script', 'style', 'title', 'textarea']);
/** Elements the scan does not read: other raw-text states, and foreign content (SVG and MathML tokenize differently). */
const unreadElements = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'svg', 'math', 'image', 'listing']);
/** Elements after whose start tag parse5 drops a line feed. */
const newlineDropping = new Set(['pre', 'textarea']);
const tagName = /^[a-z][a-z0-9-]*$/;
const attributeName = /^[a-z_:@][a-z0-9_:.@-]*$/;
const references: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** An attribute value with its character references decoded; undefined for a reference the scan does not read. */
function decodeValue(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let failed = false;
  const value = raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*)?(;?)/g, (match, name: string | undefined, semicolon: string) => {
    if (name === undefined) return match;
    if (!semicolon) failed = true;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Control characters, surrogates and code points past Unicode have replacements of their own in HTML.
      const plain = code === 9 || code === 10 || (code >= 32 && code < 127) || (code >= 160 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
      if (!plain) failed = true;
      return plain ? String.fromCodePoint(code) : match;
    }
    const text = references[name];
    if (text === undefined) failed = true;
    return text ?? match;
  });
  return failed ? undefined : value;
}

/** The start tag at `at` (its "<"): the token and where the scan goes on; undefined outside the scan's part of HTML. */
function startTag(html: string, at: number): Extract<Token, { kind: 'start' }> | undefined {
  let i = at + 1;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(at + 1, i).toLowerCase();
  if (!tagName.test(name)) return undefined;
  const attrs: Attribute[] = [];
  for (;;) {
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    if (i >= html.length) return undefined;
    if (html[i] === '>') return { kind: 'start', name, attrs, selfClosing: false, start: at, end: i + 1 };
    if (html[i] === '/') return html[i + 1] === '>' ? { kind: 'start', name, attrs, selfClosing: true, start: at, end: i + 2 } : undefined;
    const nameStart = i;
    while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attr = html.slice(nameStart, i).toLowerCase();
    if (!attributeName.test(attr) || attrs.some((a) => a.name === attr)) return undefined;
    let j = i;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    if (html[j] !== '=') {
      attrs.push({ name: attr, value: '', span: undefined });
      continue;
    }
    j++;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    const quote = html[j];
    let span: [number, number];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      if (close < 0) return undefined;
      span = [j + 1, close];
      i = close + 1;
      // A value must be followed by a space, "/" or ">" (parse5 reads on after an error; the scan does not).
      const next = html.charCodeAt(i);
      if (!isSpace(next) && html[i] !== '/' && html[i] !== '>') return undefined;
    } else {
      let k = j;
      while (k < html.length && !isSpace(html.charCodeAt(k)) && html[k] !== '>') k++;
      if (k === j || /["'<=`]/.test(html.slice(j, k))) return undefined;
      span = [j, k];
      i = k;
    }
    const value = decodeValue(html.slice(span[0], span[1]));
    if (value === undefined) return undefined;
    attrs.push({ name: attr, value, span });
  }
}

/** The end tag at `at` ("</"), or undefined for one with attributes or any other oddity. */
function endTag(html: string, at: number): Extract<Token, { kind: 'end' }> | undefined {
  let i = at + 2;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(at + 2, i).toLowerCase();
  if (!tagName.test(name)) return undefined;
  while (i < html.length && isSpace(html.charCodeAt(i))) i++;
  return html[i] === '>' ? { kind: 'end', name, start: at, end: i + 1 } : undefined;
}

/** The tokens of `html` read by a plain scan, or undefined when the page uses HTML outside the scan's part. */
export function scanTokens(html: string): Token[] | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const tokens: Token[] = [];
  let text = 0;
  const flushText = (end: number) => {
    if (end > text) tokens.push({ kind: 'text', start: text, end });
  };
  let at = html.indexOf('<');
  while (at >= 0) {
    const next = html.charCodeAt(at + 1);
    if (isAlpha(next)) {
      const tag = startTag(html, at);
      if (!tag || unreadElements.has(tag.name) || (newlineDropping.has(tag.name) && html[tag.end] === '\n')) return undefined;
      flushText(at);
      tokens.push(tag);
      text = tag.end;
      if (textElements.has(tag.name) && !tag.selfClosing) {
        const closing = new RegExp(`</${tag.name}[\\t\\n\\f />]`, 'ig');
        closing.lastIndex = tag.end;
        const found = closing.exec(html);
        if (!found) return undefined;
        // Script data has states of its own after "<!--"; the site's scripts never hold one.
        if (tag.name === 'script' && html.slice(tag.end, found.index).includes('<!--')) return undefined;
        const close = endTag(html, found.index);
        if (!close) return undefined;
        flushText(found.index);
        tokens.push(close);
        text = close.end;
      }
      at = html.indexOf('<', text);
    } else if (next === 47 /* / */) {
      if (!isAlpha(html.charCodeAt(at + 2))) return undefined;
      const tag = endTag(html, at);
      if (!tag) return undefined;
      flushText(at);
      tokens.push(tag);
      text = tag.end;
      at = html.indexOf('<', text);
    } else if (next === 33 /* ! */) {
      if (html.startsWith('<!--', at)) {
        const close = html.indexOf('-->', at + 4);
        const body = close < 0 ? '' : html.slice(at + 4, close);
        // Comments that end early or oddly ("<!-->", "--!>", a "-" before the end) are read by parse5.
        if (close < 0 || body.startsWith('>') || body.startsWith('->') || body.includes('--!>') || body.endsWith('-') || body.includes('<!--')) return undefined;
        flushText(at);
        tokens.push({ kind: 'comment', start: at, end: close + 3 });
        text = close + 3;
      } else if (html.slice(at + 2, at + 9).toLowerCase() === 'doctype') {
        const close = html.indexOf('>', at);
        if (close < 0 || /["']/.test(html.slice(at, close))) return undefined;
        // A doctype has no token here (the mirror copies it as it is), but it ends a run of text.
        flushText(at);
        text = close + 1;
      } else return undefined;
      at = html.indexOf('<', text);
    } else if (next === 63 /* ? */) {
      return undefined;
    } else {
      // A "<" that opens no tag is text.
      at = html.indexOf('<', at + 1);
    }
  }
  flushText(html.length);
  return tokens;
}

interface SourceSpan {
  startOffset: number;
  endOffset: number;
}

/** The offsets of an attribute's value inside its source `name="value"` (undefined for a bare attribute). */
function valueSpan(html: string, { startOffset, endOffset }: SourceSpan): [number, number] | undefined {
  const raw = html.slice(startOffset, endOffset);
  const equals = raw.indexOf('=');
  if (equals < 0) return undefined;
  let start = equals + 1;
  while (/\s/.test(raw[start] ?? '')) start++;
  const quoted = raw[start] === '"' || raw[start] === "'";
  return quoted ? [startOffset + start + 1, endOffset - 1] : [startOffset + start, endOffset];
}

/** The tokens of `html` as parse5 reads it: any HTML at all. */
export function parse5Tokens(html: string): Promise<Token[]> {
  const tokens: Token[] = [];
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (token) => {
    const location = token.sourceCodeLocation;
    if (!location) return;
    // A start tag's location carries its attributes' (parse5's LocationWithAttributes; typed as a plain Location).
    const spans = (location as { attrs?: Record<string, SourceSpan> }).attrs ?? {};
    const attrs = token.attrs.map(({ name, value }) => ({ name, value, span: spans[name] && valueSpan(html, spans[name]) }));
    tokens.push({ kind: 'start', name: token.tagName, attrs, selfClosing: token.selfClosing, start: location.startOffset, end: location.endOffset });
  });
  parser.on('endTag', (token) => {
    const location = token.sourceCodeLocation;
    if (location) tokens.push({ kind: 'end', name: token.tagName, start: location.startOffset, end: location.endOffset });
  });
  parser.on('text', ({ sourceCodeLocation: location }) => {
    if (!location) return;
    // parse5 may cut a long run of text in two; a run is one token, as the scan gives it.
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text' && last.end === location.startOffset) last.end = location.endOffset;
    else tokens.push({ kind: 'text', start: location.startOffset, end: location.endOffset });
  });
  parser.on('comment', ({ sourceCodeLocation: location }) => {
    if (location) tokens.push({ kind: 'comment', start: location.startOffset, end: location.endOffset });
  });
  return new Promise((resolve, reject) => {
    parser.on('error', reject);
    parser.on('finish', () => resolve(tokens));
    parser.end(html);
  });
}

/** The tokens of `html`: scanned when it keeps to the scan's part of HTML, else read by parse5. */
export function htmlTokens(html: string): Token[] | Promise<Token[]> {
  return scanTokens(html) ?? parse5Tokens(html);
}
