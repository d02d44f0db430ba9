// The only search code a page loads before the reader uses search (keep it tiny: it counts in every page's
// JavaScript budget). Focusing the box, or pressing "/", loads the search UI (the search page loads it at
// once); arriving from a result (its words in sessionStorage, or a link's ?highlight=…) loads the word marker.
// The modules are imported by URL (`?worker&url` bundles a module and its imports into one ES file): a plain
// `import('./entry.ts')` would make Vite put its preload helper (~1 KB gz) in front of every page.
import entry from './entry.ts?worker&url';
import landing from './landing.ts?worker&url';
import { hasMarks } from './marks.ts';
import { slashKeyOn } from './shortcut.ts';

// The page's one search box: the header's, the home page's or the search page's.
const input = document.querySelector<HTMLInputElement>('form[role=search] input');

const load = () => void import(/* @vite-ignore */ entry);
if (document.querySelector('form[data-search-page]')) load();
else input?.addEventListener('focus', load, { once: true });
// "/" goes to the box, unless focus is in a field that takes text or the reader turned the shortcut off (the
// switch is on /search/); the attribute announces it while it is on.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !slashKeyOn()) return;
  event.preventDefault();
  input?.focus();
});
if (slashKeyOn()) input?.setAttribute('aria-keyshortcuts', '/');
// A search submitted before (or without) the search UI's own handling goes to /search/ with the query in the
// fragment (#q=…), which a browser never sends: the query stays out of the host's logs. (Without JavaScript the
// form sends ?q=, which the search page moves into the fragment.)
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (event.defaultPrevented || !form.matches('[role=search]')) return;
  event.preventDefault();
  location.assign(`${form.action}#q=${encodeURIComponent((form.elements.namedItem('q') as HTMLInputElement).value)}`);
});
if (hasMarks() || /[?&]highlight=/.test(location.search)) void import(/* @vite-ignore */ landing);
