import { describe, expect, test } from 'vitest';
import { createConverter } from '../../../src/hant/convert.ts';
import { htmlTokens, parse5Tokens, scanTokens } from '../../../src/hant/html-tokens.ts';
import { mirrorHtml } from '../../../src/hant/mirror-html.ts';
import { switchLinkHtml } from '../../../src/lib/switch-link.ts';

// HTML as the site writes it, and the corners of it the scan must read exactly as parse5 does.
const readable = {
  'a page with doctype, metas, JSON-LD and a module script': `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>上门催收｜知识库</title><meta name="description" content="核实身份"><script type="application/ld+json">{"a":"\\u003c/script> 后"}</script><script type="module" src="/_astro/p.js"></script></head><body><p>文字</p></body></html>`,
  'attribute values in every quoting, references decoded': `<p title="a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt; &#x5F8C; &#24460;" data-x='单引号 "内"' data-y=unquoted hidden data-z = "spaced">x</p>`,
  'a bare ampersand stays as written': `<a href="/search/" title="a & b &# c">链接</a>`,
  'void and self-closing tags': `<p>一<br>二<br/>三<img src="/x.png" alt="图"/></p>`,
  'a "<" that opens no tag, and a comment': `<p>1 < 2 <= 3 <!-- 注释 --> 后</p>`,
  'raw text: a style and a title holding "<"': `<style>a > b { content: "</p>" }</style><title>a <b> c</title><p>后</p>`,
  'upper-case tags and attribute names': `<P CLASS="x">后</P>`,
  'text split by inline marks': `<p>剪了头<ins class="restored" title="补回">发</ins>以后</p>`,
  'an end tag with spaces': `<p>后</p >`,
  'text at the very start and end': `前<p>中</p>后`,
  'a textarea and a pre without a leading line feed': `<pre>代码 <b></pre><textarea>文字</textarea>`,
};

// Each outside the scan's part of HTML: parse5 reads them.
const unread = {
  'inline SVG (foreign content)': `<svg><title>图</title><path d="M0"/></svg>`,
  'a carriage return': `<p>一\r\n二</p>`,
  'a named reference beyond the five the site writes': `<p title="&copy;">x</p>`,
  'a reference without its semicolon': `<p title="&amp">x</p>`,
  'an ampersand before a name, with no semicolon': `<a href="/search/?q=1&page=2">x</a>`,
  'a duplicated attribute': `<p class="a" class="b">x</p>`,
  'a comment that ends early': `<!-->后`,
  'a script holding "<!--"': `<script>var a = "<!--";</script>`,
  'a line feed after <pre>': `<pre>\n代码</pre>`,
  'a processing instruction': `<?xml version="1.0"?><p>后</p>`,
  'an attribute in an end tag': `<p>后</p class="x">`,
  'an unclosed start tag': `<p class="x"`,
  'a noscript': `<noscript><p>后</p></noscript>`,
  'no space between attributes': `<p class="a"id="b">后</p>`,
};

describe('the scan reads the HTML the site writes as parse5 does', () => {
  for (const [name, html] of Object.entries(readable)) {
    test(name, async () => {
      const scanned = scanTokens(html);
      expect(scanned, 'the scan gave up').toBeDefined();
      expect(scanned).toEqual(await parse5Tokens(html));
    });
  }

  test('attribute values are decoded, with where each sits in the source', () => {
    const html = readable['attribute values in every quoting, references decoded'];
    const [p] = scanTokens(html)!;
    if (p?.kind !== 'start') throw new Error('no start tag');
    expect(p.attrs.map((a) => [a.name, a.value])).toEqual([
      ['title', `a & b "c" 'd' <e> 後 後`],
      ['data-x', '单引号 "内"'],
      ['data-y', 'unquoted'],
      ['hidden', ''],
      ['data-z', 'spaced'],
    ]);
    expect(p.attrs.map((a) => a.span && html.slice(...a.span))).toEqual(['a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt; &#x5F8C; &#24460;', '单引号 "内"', 'unquoted', undefined, 'spaced']);
  });
});

describe('HTML outside the scan’s part is read by parse5', () => {
  const rules = { convert: createConverter(), link: (url: string) => url, switchBack: (href: string) => switchLinkHtml('hans', href) };
  for (const [name, html] of Object.entries(unread)) {
    test(name, async () => {
      expect(scanTokens(html)).toBeUndefined();
      expect(await htmlTokens(html)).toEqual(await parse5Tokens(html));
    });
  }

  test('a page with an SVG in it is still mirrored', async () => {
    const twin = await mirrorHtml(`<html lang="zh-CN"><body><p>头发</p><svg><title>后</title></svg></body></html>`, rules);
    expect(twin).toBe(`<html lang="zh-Hant"><body><p>頭髮</p><svg><title>後</title></svg></body></html>`);
  });
});
