// Arriving from a search result (its words left in sessionStorage, ./marks.ts; or a link's ?highlight=催收%20上门):
// marks the matched words in the article.
// Words may cross element boundaries (a restored character: 措<ins>施</ins>), so matching runs on each
// block's whole text and marks every text-node piece of a match.
import { takeMarks } from './marks.ts';

const blocks = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, blockquote, figcaption';

function textNodesByBlock(root: Element): Text[][] {
  const groups = new Map<Element | null, Text[]>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.trim() || text.parentElement?.closest('[data-pagefind-ignore], script, style, mark')) continue;
    const block = text.parentElement?.closest(blocks) ?? null;
    groups.set(block, [...(groups.get(block) ?? []), text]);
  }
  return [...groups.values()];
}

function markPiece(node: Text, from: number, to: number): void {
  const middle = node.splitText(from);
  middle.splitText(to - from);
  const mark = document.createElement('mark');
  mark.className = 'search-landing';
  middle.replaceWith(mark);
  mark.append(middle);
}

export function markWords(root: Element, words: readonly string[]): number {
  const pattern = words.filter(Boolean).sort((a, b) => b.length - a.length);
  if (pattern.length === 0) return 0;
  let count = 0;
  for (const nodes of textNodesByBlock(root)) {
    const text = nodes.map((n) => n.data).join('');
    const ranges: [number, number][] = [];
    for (let i = 0; i < text.length; ) {
      const word = pattern.find((w) => text.startsWith(w, i));
      if (word) ranges.push([i, i + word.length]);
      i += word ? word.length : 1;
    }
    count += ranges.length;
    // Right to left, so that splitting a node leaves the offsets of earlier matches valid.
    const offsets = nodes.map((_, i) => nodes.slice(0, i).reduce((sum, n) => sum + n.data.length, 0));
    for (const [start, end] of ranges.reverse()) {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const from = Math.max(start, offsets[i]!) - offsets[i]!;
        const to = Math.min(end, offsets[i]! + nodes[i]!.data.length) - offsets[i]!;
        if (from < to) markPiece(nodes[i]!, from, to);
      }
    }
  }
  return count;
}

const linked = new URLSearchParams(location.search).get('highlight');
const words = linked === null ? takeMarks(location.pathname) : linked.split(/\s+/);
for (const body of document.querySelectorAll('[data-pagefind-body]')) markWords(body, words);
