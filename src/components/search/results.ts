// Renders a search outcome (or a state: empty, loading, no result) into a results panel.
// Layout-free: the panel is any element; the link prefix and the messages are injected, so that a Traditional
// page shows its results (already in Traditional: they come from its own index) linking to its own pages.
import type { SearchOutcome } from '../../search/engine.ts';
import { fill, type SearchMessages } from './messages.ts';

export interface ResultsOptions {
  /** Prefix of result links, ending in "/": the base URL, plus zh-hant/ on Traditional pages. */
  linkPrefix: string;
  messages: SearchMessages;
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
    const link = element('a', '', name);
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
  link.append(element('span', 'search-result-topic', hit.topicName), ' › ', element('span', 'search-result-title', hit.title));
  item.append(link);
  if (hit.excerpt) {
    const excerpt = element('p', 'search-result-excerpt');
    // The excerpt is built from escaped text and <mark> only (src/search/excerpt.ts).
    excerpt.innerHTML = hit.excerpt;
    item.append(excerpt);
  }
  return item;
}

function summary(outcome: SearchOutcome, messages: SearchMessages): string {
  const parts = [fill(messages.found, { count: outcome.hits.length, words: outcome.searched.join('、') })];
  // Honest answers (issue 24): say when no answer answers the question itself.
  if (!outcome.direct) parts.push(messages.indirect);
  else if (outcome.relaxed) parts.push(messages.relaxed);
  if (outcome.ignored.length) parts.push(fill(messages.ignored, { words: outcome.ignored.join('、') }));
  return parts.join('。') + '。';
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
  const { messages } = options;
  if (state.kind === 'empty') status.textContent = messages.empty;
  else if (state.kind === 'loading') status.textContent = messages.loading;
  else if (state.kind === 'error') status.textContent = messages.error;
  else if (state.outcome.hits.length === 0) {
    const ignored = state.outcome.ignored.length ? fill(messages.ignoredAside, { words: state.outcome.ignored.join('、') }) : '';
    status.textContent = fill(messages.nothing, { query: state.query, ignored });
    children.push(topicLinks(state.topics, options));
  } else {
    status.textContent = summary(state.outcome, messages);
    const list = element('ol', 'search-results');
    list.append(...state.outcome.hits.map((hit) => resultItem(hit, options)));
    // Honest answers (issue 24): results that do not answer the question are headed as related reading.
    if (!state.outcome.direct) children.push(element('p', 'search-related', messages.related));
    children.push(list);
  }
  panel.replaceChildren(status, ...children);
}
