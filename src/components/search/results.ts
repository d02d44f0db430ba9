// Renders a search outcome (or a state: empty, loading, no result) into a results panel.
// Layout-free: the panel is any element; the link prefix and a display conversion are injected so that a
// /zh-hant/ mirror can show results in Traditional script linking to its own pages.
import type { SearchOutcome } from '../../search/engine.ts';

export interface ResultsOptions {
  /** Prefix of result links, ending in "/" (default: the site's base URL). */
  linkPrefix: string;
  /** Converts text for display (default: unchanged). Applied to titles, topics, excerpts and messages. */
  display: (text: string) => string;
}

export type PanelState = { kind: 'empty' } | { kind: 'loading' } | { kind: 'error' } | { kind: 'done'; query: string; outcome: SearchOutcome; topics: Readonly<Record<string, string>> };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function topicLinks(topics: Readonly<Record<string, string>>, options: ResultsOptions): HTMLUListElement {
  const list = element('ul', 'search-topics');
  for (const [id, name] of Object.entries(topics)) {
    const link = element('a', '', options.display(name));
    link.href = `${options.linkPrefix}topics/${id}/`;
    const item = element('li', '');
    item.append(link);
    list.append(item);
  }
  return list;
}

function resultItem(hit: SearchOutcome['hits'][number], options: ResultsOptions): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  const highlight = hit.marks.length ? `?highlight=${encodeURIComponent(hit.marks.join(' '))}` : '';
  link.href = `${options.linkPrefix}${hit.path}${highlight}#${hit.id}`;
  link.dataset['answer'] = hit.id;
  link.append(element('span', 'search-result-topic', options.display(hit.topicName)), ' › ', element('span', 'search-result-title', options.display(hit.title)));
  item.append(link);
  if (hit.excerpt) {
    const excerpt = element('p', 'search-result-excerpt');
    // The excerpt is built from escaped text and <mark> only (src/search/excerpt.ts).
    excerpt.innerHTML = options.display(hit.excerpt);
    item.append(excerpt);
  }
  return item;
}

function summary(outcome: SearchOutcome, display: ResultsOptions['display']): string {
  const parts = [`找到 ${outcome.hits.length} 个相关答案（搜索词：${outcome.searched.join('、')}）`];
  if (outcome.relaxed) parts.push('没有同时包含全部搜索词的答案，以下答案包含其中一部分');
  if (outcome.ignored.length) parts.push(`本站没有出现的词：${outcome.ignored.join('、')}`);
  return display(parts.join('。') + '。');
}

/** The panel keeps one status line (a live region, announced on change) and replaces what follows it. */
function statusOf(panel: HTMLElement): HTMLElement {
  let status = panel.querySelector<HTMLElement>(':scope > .search-status');
  if (!status) {
    status = element('p', 'search-status');
    status.setAttribute('role', 'status');
    panel.prepend(status);
  }
  return status;
}

export function renderPanel(panel: HTMLElement, state: PanelState, options: ResultsOptions): void {
  const status = statusOf(panel);
  const children: Node[] = [];
  if (state.kind === 'empty') status.textContent = options.display('输入你担心的问题，例如：花呗逾期会通知家人吗');
  else if (state.kind === 'loading') status.textContent = options.display('正在搜索…');
  else if (state.kind === 'error') status.textContent = options.display('搜索暂时无法使用，请刷新页面后再试。');
  else if (state.outcome.hits.length === 0) {
    const ignored = state.outcome.ignored.length ? `（本站没有出现的词：${state.outcome.ignored.join('、')}）` : '';
    status.textContent = options.display(`没有找到与「${state.query}」相关的答案${ignored}。可以换个说法，或从这五个主题找起：`);
    children.push(topicLinks(state.topics, options));
  } else {
    status.textContent = summary(state.outcome, options.display);
    const list = element('ol', 'search-results');
    list.append(...state.outcome.hits.map((hit) => resultItem(hit, options)));
    children.push(list);
  }
  panel.replaceChildren(status, ...children);
}
