// A Simplified page → its Traditional twin. The page is tokenized by parse5 (the HTML standard's tokenizer,
// with source offsets) and only these bytes change; everything else is copied as it was:
//   - text in the page's language (`lang` zh-CN), converted across inline elements as one run, so that a
//     word split by a restored-word mark (措<ins>施</ins>) is converted as a word, then cut back at the tags;
//   - the human-readable attributes (title, alt, aria-label…, descriptive <meta> content);
//   - JSON-LD, string by string (src/hant/json-ld.ts);
//   - `lang` zh-CN → zh-Hant and og:locale zh_CN → zh_TW;
//   - links to the site's pages (href, form action, og:url) → their /zh-hant/ twins, except links that say
//     which variant they lead to (`hreflang`: the alternates);
//   - the 简/繁 switch (`data-variant`, leading to Traditional) → the switch leading back to Simplified.
// Not converted: <script>, <style>, <code>, <pre>, and text marked with another language or script
// (the switch's 繁體中文, marked `lang="zh-Hant"`, stays as written).
import { SAXParser, type StartTag, type Text } from 'parse5-sax-parser';
import { mirrorJsonLd } from './json-ld.ts';
import { variants } from './variants.ts';

export interface MirrorRules {
  convert: (text: string) => string;
  /** A link of the Simplified page → the link on the Traditional page (unchanged when not one of the site's pages). */
  link: (url: string) => string;
  /** The switch of the Simplified page (its link to Traditional) → the twin's switch, as HTML. */
  switchBack: (href: string) => string;
}

interface SourceSpan {
  startOffset: number;
  endOffset: number;
}
interface Edit {
  start: number;
  end: number;
  text: string;
}
interface Open {
  tag: string;
  /** Whether text inside is converted. */
  convert: boolean;
}

const textAttributes = new Set(['title', 'alt', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'placeholder']);
const linkAttributes = new Set(['href', 'action']);
/** <meta name|property> whose content is text for readers. */
const textMetas = new Set(['description', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']);
/** Elements whose content is code or data, never text for readers. */
const codeElements = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** Elements that sit inside a run of text: the run is converted across them. */
const inlineElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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

/** Converts the pieces of a run of text as one text and cuts the result back into pieces of the same lengths. */
function convertRun(pieces: readonly string[], convert: MirrorRules['convert']): string[] {
  if (pieces.length === 1) return [convert(pieces[0]!)];
  const converted = [...convert(pieces.join(''))];
  const lengths = pieces.map((p) => [...p].length);
  if (converted.length !== lengths.reduce((a, b) => a + b, 0)) return pieces.map(convert);
  let at = 0;
  return lengths.map((n) => converted.slice(at, (at += n)).join(''));
}

export function mirrorHtml(html: string, rules: MirrorRules): Promise<string> {
  const edits: Edit[] = [];
  const stack: Open[] = [];
  let run: { start: number; end: number; text: string }[] = [];
  /** Inside a JSON-LD script: where its text starts and ends (it may come in several text events). */
  let jsonLd: { start: number; end: number } | undefined;
  /** The switch being read: where it starts and where it leads. */
  let switchLink: { start: number; href: string; depth: number } | undefined;

  const converting = () => stack[stack.length - 1]?.convert ?? true;
  const replace = (start: number, end: number, text: string) => {
    if (html.slice(start, end) !== text) edits.push({ start, end, text });
  };
  const flush = () => {
    if (run.length === 0) return;
    const converted = convertRun(run.map((r) => r.text), rules.convert);
    run.forEach((r, i) => replace(r.start, r.end, converted[i]!));
    run = [];
  };

  function attributeEdits(token: StartTag, attrs: ReadonlyMap<string, string>, convertsText: boolean): void {
    // A start tag's location carries its attributes' (parse5's LocationWithAttributes; typed as a plain Location).
    const locations = (token.sourceCodeLocation as { attrs?: Record<string, SourceSpan> } | null | undefined)?.attrs ?? {};
    const metaKey = token.tagName === 'meta' ? (attrs.get('property') ?? attrs.get('name')) : undefined;
    for (const { name, value } of token.attrs) {
      let next = value;
      if (name === 'lang') next = value === variants.hans.lang ? variants.hant.lang : value;
      else if (textAttributes.has(name)) next = convertsText ? rules.convert(value) : value;
      else if (linkAttributes.has(name)) next = attrs.has('hreflang') ? value : rules.link(value);
      else if (name === 'content' && metaKey !== undefined) {
        if (textMetas.has(metaKey)) next = rules.convert(value);
        else if (metaKey === 'og:locale' && value === variants.hans.ogLocale) next = variants.hant.ogLocale;
        else if (metaKey === 'og:url') next = rules.link(value);
      }
      const location = locations[name];
      const span = location && valueSpan(html, location);
      if (next !== value && span) replace(span[0], span[1], escapeAttribute(next));
    }
  }

  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (token) => {
    const tag = token.tagName;
    if (switchLink) return;
    const attrs = new Map(token.attrs.map((a) => [a.name, a.value]));
    if (tag === 'a' && attrs.get('data-variant') === 'hant' && token.sourceCodeLocation) {
      flush();
      switchLink = { start: token.sourceCodeLocation.startOffset, href: attrs.get('href') ?? '', depth: stack.length };
      stack.push({ tag, convert: false });
      return;
    }
    if (!inlineElements.has(tag)) flush();
    const lang = attrs.get('lang');
    // Text in the page's language converts; text marked with another language or script does not.
    const convert = !codeElements.has(tag) && (lang === undefined ? converting() : lang === variants.hans.lang);
    if (!convert) flush();
    attributeEdits(token, attrs, convert);
    if (tag === 'script' && attrs.get('type') === 'application/ld+json' && token.sourceCodeLocation) {
      const end = token.sourceCodeLocation.endOffset;
      jsonLd = { start: end, end };
    }
    if (!voidElements.has(tag) && !token.selfClosing) stack.push({ tag, convert });
  });
  parser.on('endTag', (token) => {
    if (switchLink) {
      if (token.tagName !== 'a' || !token.sourceCodeLocation) return;
      replace(switchLink.start, token.sourceCodeLocation.endOffset, rules.switchBack(switchLink.href));
      stack.length = switchLink.depth;
      switchLink = undefined;
      return;
    }
    if (!inlineElements.has(token.tagName)) flush();
    if (jsonLd && token.tagName === 'script') {
      replace(jsonLd.start, jsonLd.end, mirrorJsonLd(html.slice(jsonLd.start, jsonLd.end), { convert: rules.convert, link: rules.link }));
      jsonLd = undefined;
    }
    // Closes the element and any left open inside it (the tokenizer does not build a tree).
    const at = stack.map((o) => o.tag).lastIndexOf(token.tagName);
    if (at >= 0) stack.length = at;
  });
  parser.on('text', ({ sourceCodeLocation }: Text) => {
    if (!sourceCodeLocation) return;
    const { startOffset: start, endOffset: end } = sourceCodeLocation;
    if (jsonLd) return void (jsonLd.end = end);
    if (!converting()) return;
    // The source text, character references and all: conversion changes Han characters only.
    run.push({ start, end, text: html.slice(start, end) });
  });
  parser.on('comment', flush);

  return new Promise((resolve, reject) => {
    parser.on('error', reject);
    parser.on('finish', () => {
      flush();
      let out = '';
      let last = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += html.slice(last, edit.start) + edit.text;
        last = edit.end;
      }
      resolve(out + html.slice(last));
    });
    parser.end(html);
  });
}
