// Loaded (once, by URL) when the reader first uses search: from the header box's loader on focus, or by the
// search page on arrival. It mounts whatever search UI the page has. It has no exports on purpose: Vite
// bundles it through `?worker&url`, which keeps side effects only (see loader.ts).
// A /zh-hant/ mirror would mount with its own options (link prefix, display conversion) from its own entry.
import { mountPage, mountPopup } from './search-ui.ts';

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) mountPopup(box);
const pageForm = document.querySelector<HTMLFormElement>('form[data-search-page]');
const pagePanel = document.querySelector<HTMLElement>('[data-search-results]');
if (pageForm && pagePanel) mountPage(pageForm, pagePanel);
