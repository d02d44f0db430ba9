// Renders a search outcome (or a state: empty, loading, no result) into a results panel.
// Layout-free: the panel is any element; the link prefix and the messages are injected, so that a Traditional
// page shows its results (already in Traditional: they come from its own index) linking to its own pages.
// Everything is built as elements and text nodes, never parsed from HTML: the pages' policy requires Trusted
// Types for every HTML sink (src/lib/content-security-policy.ts), and text from the index or the reader stays text.
import type { SearchOutcome } from '../../search/engine.ts';
import type { SearchMessages } from './messages.ts';

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

type Filled = (string | Node)[];

/**
 * A message with its `{name}` values filled in: a number as it is, a message already filled as its pieces, and
 * text in a <bdi>, since it is what the reader typed or words taken from it: a query holding a right-to-left
 * override (U+202E) must not reorder the sentence around it.
 */
function fillIsolated(template: string, values: Readonly<Record<string, string | number | Filled>>): Filled {
  return template.split(/\{(\w+)\}/).flatMap((part, i) => {
    if (i % 2 === 0) return [part];
    if (!Object.hasOwn(values, part)) return [`{${part}}`];
    const value = values[part]!;
    if (typeof value === 'number') return [String(value)];
    return typeof value === 'string' ? [element('bdi', '', value)] : value;
  });
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
  // No words in the link: they go to the answer's page through sessionStorage (./marks.ts, on click).
  link.href = `${options.linkPrefix}${hit.path}#${hit.id}`;
  link.dataset['answer'] = hit.id;
  link.dataset['marks'] = hit.marks.join(' ');
  link.append(element('span', 'search-result-topic', hit.topicName), ' › ', element('span', 'search-result-title', hit.title));
  item.append(link);
  if (hit.excerpt.length) {
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.append(...hit.excerpt.map((piece) => (piece.mark ? element('mark', '', piece.text) : piece.text)));
    item.append(excerpt);
  }
  return item;
}

function summary(outcome: SearchOutcome, messages: SearchMessages): Filled {
  // A question none of whose words was found as a word is answered through its bigrams alone: no word to name.
  const searched = outcome.searched.length ? fillIsolated(messages.searchedAside, { words: outcome.searched.join('、') }) : [];
  const parts: (string | Filled)[] = [fillIsolated(messages.found, { count: outcome.hits.length, searched })];
  // Honest answers (issue 24): say when no answer answers the question itself.
  if (!outcome.direct) parts.push(messages.indirect);
  else if (outcome.relaxed) parts.push(messages.relaxed);
  if (outcome.ignored.length) parts.push(fillIsolated(messages.ignored, { words: outcome.ignored.join('、') }));
  // Sentences joined by 。, each a message (a string) or a message filled in (its pieces).
  return [...parts.flatMap((part, i) => [...(i ? ['。'] : []), ...(typeof part === 'string' ? [part] : part)]), '。'];
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
    const ignored = state.outcome.ignored.length ? fillIsolated(messages.ignoredAside, { words: state.outcome.ignored.join('、') }) : [];
    status.replaceChildren(...fillIsolated(messages.nothing, { query: state.query, ignored }));
    children.push(topicLinks(state.topics, options));
  } else {
    status.replaceChildren(...summary(state.outcome, messages));
    const list = element('ol', 'search-results');
    list.append(...state.outcome.hits.map((hit) => resultItem(hit, options)));
    // Honest answers (issue 24): results that do not answer the question are headed as related reading.
    if (!state.outcome.direct) children.push(element('p', 'search-related', messages.related));
    children.push(list);
  }
  panel.replaceChildren(status, ...children);
}
