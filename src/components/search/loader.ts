// The only search code a page loads before the reader uses search (keep it tiny: it counts in every page's
// JavaScript budget). Focusing the box, or pressing "/", loads the search UI (the search page loads it at
// once); arriving from a result (?highlight=…) loads the word marker.
// The modules are imported by URL (`?worker&url` bundles a module and its imports into one ES file): a plain
// `import('./entry.ts')` would make Vite put its preload helper (~1 KB gz) in front of every page.
import entry from './entry.ts?worker&url';
import landing from './landing.ts?worker&url';

const input = document.querySelector<HTMLInputElement>('form[data-search-box] input');

const load = () => void import(/* @vite-ignore */ entry);
if (document.querySelector('form[data-search-page]')) load();
else input?.addEventListener('focus', load, { once: true });
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  input?.focus();
});
if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ landing);
