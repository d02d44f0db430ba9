// Search as the reader uses it: type, see answers, move through them with the arrow keys.
// `mountPopup` serves the header box (results under it, Esc closes); /search/ has its own (./search-page.ts,
// loaded by that page only). Both share one engine, loaded on first use.
import { variants, type Variant } from '../../site/variants.ts';
import { createEngine, type Engine } from '../../search/engine.ts';
import { rememberMarks } from './marks.ts';
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

/**
 * Following a result leaves its words for the answer's page to mark (./marks.ts). A result on the page being read
 * differs from it only in the fragment, which would just scroll: that page is loaded again, to mark them.
 */
function handOverMarks(panel: HTMLElement): void {
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-answer]');
    if (!link || event.defaultPrevented) return;
    rememberMarks(link.pathname, (link.dataset['marks'] ?? '').split(' ').filter(Boolean));
    if (link.pathname !== location.pathname || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    location.href = link.href;
    location.reload();
  });
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
  handOverMarks(panel);
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

/** What the search page (./search-page.ts) runs on, handed over so that its chunk imports nothing of this one. */
export interface PageSearch {
  run: (query: string) => Promise<void>;
  /** Loads the engine ahead of the first query. */
  warm: () => void;
  /** Arrow keys between the input and the results. */
  navigate: (event: KeyboardEvent) => void;
}

/** The search of the page's own results panel: runs queries into it, hands its words to the answers it links. */
export function pageSearch(input: HTMLInputElement, panel: HTMLElement, language: UiLanguage): PageSearch {
  handOverMarks(panel);
  return { run: searcher(panel, language), warm: () => void getEngine(language.variant), navigate: (event) => arrowNavigation(input, panel, event) };
}
