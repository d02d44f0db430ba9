// Search as the reader uses it: type, see answers, move through them with the arrow keys.
// `mountPopup` serves the header box (results under it, Esc closes); `mountPage` serves /search/ (the query
// lives in the URL's fragment, #q=…, which a browser never sends: it stays out of the host's logs and off the
// wire; it runs on arrival and follows typing). Both share one engine, loaded on first use.
import { variants, type Variant } from '../../site/variants.ts';
import { createEngine, type Engine } from '../../search/engine.ts';
import type { SearchMessages } from './messages.ts';
import { renderPanel, type PanelState, type ResultsOptions } from './results.ts';

let engine: Promise<Engine> | undefined;
/** One engine per page, in the page's variant. */
function getEngine(variant: Variant): Promise<Engine> {
  return (engine ??= createEngine(import.meta.env.BASE_URL, variant));
}

/** The page's variant and what the UI says in it. */
export interface UiLanguage {
  variant: Variant;
  messages: SearchMessages;
}

function resultsOptions({ variant, messages }: UiLanguage): ResultsOptions {
  return { linkPrefix: import.meta.env.BASE_URL + variants[variant].dir, messages };
}

/** Runs queries as the reader types; a slower, older query never overwrites a newer one. */
function searcher(panel: HTMLElement, language: UiLanguage): (query: string) => Promise<void> {
  const options = resultsOptions(language);
  const { variant } = language;
  let latest = 0;
  return async (query) => {
    const ticket = ++latest;
    const started = performance.now();
    const render = (state: PanelState) => ticket === latest && renderPanel(panel, state, options);
    if (!query.trim()) return void render({ kind: 'empty' });
    panel.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => render({ kind: 'loading' }), 150);
    try {
      const ready = await getEngine(variant);
      const outcome = await ready.search(query);
      render({ kind: 'done', query, outcome, topics: ready.topics });
      // The benchmark reads which query is on screen and how long it took (after the typing pause).
      if (ticket === latest) Object.assign(panel.dataset, { query, searchMs: (performance.now() - started).toFixed(1) });
    } catch (error) {
      console.error('search failed', error);
      render({ kind: 'error' });
    } finally {
      clearTimeout(slow);
      if (ticket === latest) panel.removeAttribute('aria-busy');
    }
  };
}

function links(panel: HTMLElement): HTMLAnchorElement[] {
  return [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

/** Arrow keys move between the input and the result links; Home/End reach the ends (listened for on the input's
 * form and on the results, wherever they are). */
function arrowNavigation(input: HTMLInputElement, panel: HTMLElement, event: KeyboardEvent): void {
  const all = links(panel);
  if (all.length === 0) return;
  const index = all.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = all[Math.min(index + 1, all.length - 1)];
  else if (event.key === 'ArrowUp') next = index <= 0 ? input : all[index - 1];
  else if (index >= 0 && event.key === 'Home') next = all[0];
  else if (index >= 0 && event.key === 'End') next = all[all.length - 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function mountPopup(form: HTMLFormElement, language: UiLanguage): void {
  const { variant } = language;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const run = searcher(panel, language);
  const open = (value: boolean) => {
    panel.hidden = !value;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    open(input.value.trim() !== '');
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 60);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      // Esc closes the results; it should not also clear what the reader typed (the search input's default).
      event.preventDefault();
      open(false);
      input.focus();
    } else arrowNavigation(input, panel, event);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => input.value.trim() && open(true));
  // The engine (Pagefind, its WASM, the search data) loads once the box is in use, not with the page: the
  // search page mounts this box on arrival, and would otherwise block its main thread for nothing.
  if (document.activeElement === input) void getEngine(variant);
  else input.addEventListener('focus', () => void getEngine(variant), { once: true });
  if (input.value.trim()) {
    open(true);
    void run(input.value);
  }
}

/** The URL with the query in its fragment (#q=…), or without one. */
function withQuery(href: string, query: string): URL {
  const url = new URL(href);
  url.hash = query.trim() ? `q=${encodeURIComponent(query)}` : '';
  return url;
}

/** The query of the URL's fragment. */
function queryOf(url: URL): string {
  return new URLSearchParams(url.hash.slice(1)).get('q') ?? '';
}

export function mountPage(form: HTMLFormElement, panel: HTMLElement, language: UiLanguage): void {
  const { variant } = language;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const run = searcher(panel, language);
  // A link from elsewhere (/search/?q=…, the form without JavaScript) still works: its query moves into the
  // fragment, so the address the reader keeps, shares or reloads no longer sends it.
  const arrived = new URL(location.href);
  const linked = arrived.searchParams.get('q');
  if (linked !== null) {
    arrived.searchParams.delete('q');
    history.replaceState(null, '', withQuery(arrived.href, queryOf(arrived) || linked));
  }
  const fromUrl = () => queryOf(new URL(location.href));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The URL follows the query (shareable). A new burst of typing makes a new history entry, so Back
      // returns to the previous query; keystrokes within a burst only replace it.
      const url = withQuery(location.href, input.value);
      const now = Date.now();
      if (url.href !== location.href) history[now - lastChange > 1000 ? 'pushState' : 'replaceState'](null, '', url);
      lastChange = now;
      void run(input.value);
    }, 60);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  for (const area of [form, panel]) area.addEventListener('keydown', (event) => arrowNavigation(input, panel, event));
  // Back and Forward (popstate), and a fragment edited or followed by a link (hashchange).
  const follow = () => {
    if (input.value === fromUrl()) return;
    input.value = fromUrl();
    void run(input.value);
  };
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);
  input.addEventListener('focus', () => void getEngine(variant), { once: true });
  // What a reader typed before this code arrived (a slow phone, a busy CPU) stays and is searched; otherwise the
  // query of the URL.
  if (!input.value.trim()) input.value = fromUrl();
  void run(input.value);
}
