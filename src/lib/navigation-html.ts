// The breadcrumbs and the previous/next links, as HTML: written by their Astro components (Breadcrumbs.astro,
// PrevNext.astro) and by the answer pages cut from their topic page after the build (src/answer-pages/).
import { escapeAttribute as attr, escapeText as text } from './escape.ts';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string | undefined;
}

export function breadcrumbsHtml(items: readonly Crumb[]): string {
  const item = (c: Crumb) => `<li>${c.href ? `<a href="${attr(c.href)}">${text(c.label)}</a>` : `<span aria-current="page">${text(c.label)}</span>`}</li>`;
  return `<nav class="breadcrumbs" aria-label="当前位置"><ol>${items.map(item).join('')}</ol></nav>`;
}

export interface PagerLink {
  href: string;
  title: string;
}

export interface Pager {
  /** Names the navigation landmark, e.g. 其他话题. */
  label: string;
  /** What an item is, with its measure word: 个话题 → 上一个话题, 篇文章 → 上一篇文章. */
  noun: string;
  prev?: PagerLink | undefined;
  next?: PagerLink | undefined;
}

/** Previous/next links in a reading order (topics, or answers); nothing when there is neither. */
export function pagerHtml({ label, noun, prev, next }: Pager): string {
  if (!prev && !next) return '';
  const link = (l: PagerLink, rel: 'prev' | 'next', word: string) =>
    `<a class="pager-${rel}" href="${attr(l.href)}" rel="${rel}"><span class="pager-label">${word}${text(noun)}</span><span class="pager-title">${text(l.title)}</span></a>`;
  return `<nav class="pager" aria-label="${attr(label)}">${prev ? link(prev, 'prev', '上一') : ''}${next ? link(next, 'next', '下一') : ''}</nav>`;
}
