// The search page (/search/): the query lives in the URL's fragment, #q=…, which a browser never sends: it stays
// out of the host's logs and off the wire; it runs on arrival and follows typing. Loaded by that page only (a
// reader searching from the header box of another page never fetches it).
import type { PageSearch } from './search-ui.ts';

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

export function mountPage(form: HTMLFormElement, input: HTMLInputElement, panel: HTMLElement, { run, warm, navigate }: PageSearch): void {
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
  for (const area of [form, panel]) area.addEventListener('keydown', navigate);
  // Back and Forward (popstate), and a fragment edited or followed by a link (hashchange).
  const follow = () => {
    if (input.value === fromUrl()) return;
    input.value = fromUrl();
    void run(input.value);
  };
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);
  input.addEventListener('focus', warm, { once: true });
  // What a reader typed before this code arrived (a slow phone, a busy CPU) stays and is searched; otherwise the
  // query of the URL. Typed early, it goes into the URL too, as if typed now: the address stays the one to share.
  if (!input.value.trim()) input.value = fromUrl();
  else history.replaceState(null, '', withQuery(location.href, input.value));
  void run(input.value);
}

export { mountSlashSetting } from './shortcut.ts';
