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
import { htmlTokens, type Attribute, type Token } from './html-tokens.ts';
import { mirrorJsonLd } from './json-ld.ts';
import { variants } from '../site/variants.ts';

export interface MirrorRules {
  convert: (text: string) => string;
  /** A link of the Simplified page → the link on the Traditional page (unchanged when not one of the site's pages). */
  link: (url: string) => string;
  /** The switch of the Simplified page (its link to Traditional) → the twin's switch, as HTML. */
  switchBack: (href: string) => string;
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

const attribute = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name)?.value;

/** Converts the pieces of a run of text as one text and cuts the result back into pieces of the same lengths. */
function convertRun(pieces: readonly string[], convert: MirrorRules['convert']): string[] {
  if (pieces.length === 1) return [convert(pieces[0]!)];
  const converted = [...convert(pieces.join(''))];
  const lengths = pieces.map((p) => [...p].length);
  if (converted.length !== lengths.reduce((a, b) => a + b, 0)) return pieces.map(convert);
  let at = 0;
  return lengths.map((n) => converted.slice(at, (at += n)).join(''));
}

/** The Traditional twin of `html`, from its tokens. */
function mirrorTokens(html: string, tokens: readonly Token[], rules: MirrorRules): string {
  const edits: Edit[] = [];
  const stack: Open[] = [];
  let run: { start: number; end: number; text: string }[] = [];
  /** Inside a JSON-LD script: where its text starts and ends. */
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

  function attributeEdits(tag: string, attrs: readonly Attribute[], convertsText: boolean): void {
    const metaKey = tag === 'meta' ? (attribute(attrs, 'property') ?? attribute(attrs, 'name')) : undefined;
    const hreflang = attrs.some((a) => a.name === 'hreflang');
    for (const { name, value, span } of attrs) {
      let next = value;
      if (name === 'lang') next = value === variants.hans.lang ? variants.hant.lang : value;
      else if (textAttributes.has(name)) next = convertsText ? rules.convert(value) : value;
      else if (linkAttributes.has(name)) next = hreflang ? value : rules.link(value);
      else if (name === 'content' && metaKey !== undefined) {
        if (textMetas.has(metaKey)) next = rules.convert(value);
        else if (metaKey === 'og:locale' && value === variants.hans.ogLocale) next = variants.hant.ogLocale;
        else if (metaKey === 'og:url') next = rules.link(value);
      }
      if (next !== value && span) replace(span[0], span[1], escapeAttribute(next));
    }
  }

  function startTag(token: Extract<Token, { kind: 'start' }>): void {
    const { name: tag, attrs } = token;
    if (switchLink) return;
    if (tag === 'a' && attribute(attrs, 'data-variant') === 'hant') {
      flush();
      switchLink = { start: token.start, href: attribute(attrs, 'href') ?? '', depth: stack.length };
      stack.push({ tag, convert: false });
      return;
    }
    if (!inlineElements.has(tag)) flush();
    const lang = attribute(attrs, 'lang');
    // Text in the page's language converts; text marked with another language or script does not.
    const convert = !codeElements.has(tag) && (lang === undefined ? converting() : lang === variants.hans.lang);
    if (!convert) flush();
    attributeEdits(tag, attrs, convert);
    if (tag === 'script' && attribute(attrs, 'type') === 'application/ld+json') jsonLd = { start: token.end, end: token.end };
    if (!voidElements.has(tag) && !token.selfClosing) stack.push({ tag, convert });
  }

  function endTag(token: Extract<Token, { kind: 'end' }>): void {
    if (switchLink) {
      if (token.name !== 'a') return;
      replace(switchLink.start, token.end, rules.switchBack(switchLink.href));
      stack.length = switchLink.depth;
      switchLink = undefined;
      return;
    }
    if (!inlineElements.has(token.name)) flush();
    if (jsonLd && token.name === 'script') {
      replace(jsonLd.start, jsonLd.end, mirrorJsonLd(html.slice(jsonLd.start, jsonLd.end), { convert: rules.convert, link: rules.link }));
      jsonLd = undefined;
    }
    // Closes the element and any left open inside it (the tokenizer does not build a tree).
    for (let at = stack.length - 1; at >= 0; at--) {
      if (stack[at]!.tag !== token.name) continue;
      stack.length = at;
      break;
    }
  }

  for (const token of tokens) {
    if (token.kind === 'start') startTag(token);
    else if (token.kind === 'end') endTag(token);
    else if (token.kind === 'comment') flush();
    else if (jsonLd) jsonLd.end = token.end;
    // The source text, character references and all: conversion changes Han characters only.
    else if (converting()) run.push({ start: token.start, end: token.end, text: html.slice(token.start, token.end) });
  }
  flush();
  let out = '';
  let last = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += html.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + html.slice(last);
}

export async function mirrorHtml(html: string, rules: MirrorRules): Promise<string> {
  return mirrorTokens(html, await htmlTokens(html), rules);
}
