// Loaded (once, by URL) when the reader first uses search: from the header box's loader on focus, or by the
// search page on arrival. It mounts whatever search UI the page has. It has no exports on purpose: Vite
// bundles it through `?worker&url`, which keeps side effects only (see loader.ts).
// Both variants load this same file: the page's <html lang> says which one it is (the /zh-hant/ mirror sets it).
import { variantOfLang } from '../../site/variants.ts';
import resultsStyles from './search-results.css?raw';
import { hansMessages } from './messages.ts';
import { mountPopup, pageSearch } from './search-ui.ts';

// The results' styles come with the search UI (a page that is only read never loads them), in this file: one
// request less for a first query. A constructed style sheet is no inline <style>, so the pages' policy allows it.
const styles = new CSSStyleSheet();
styles.replaceSync(resultsStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles];

const variant = variantOfLang(document.documentElement.lang);
// Simplified pages never fetch the Traditional strings (nor, see engine.ts, the Traditional script tables).
const messages = variant === 'hant' ? (await import('./messages-hant.ts')).hantMessages : hansMessages;
const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) mountPopup(box, { variant, messages });
const pageForm = document.querySelector<HTMLFormElement>('form[data-search-page]');
const pagePanel = document.querySelector<HTMLElement>('[data-search-results]');
// The search page's own code comes only to that page.
if (pageForm && pagePanel) {
  const { mountPage, mountSlashSetting } = await import('./search-page.ts');
  const input = pageForm.querySelector<HTMLInputElement>('input[name="q"]')!;
  mountPage(pageForm, input, pagePanel, pageSearch(input, pagePanel, { variant, messages }));
  const slashSetting = document.querySelector<HTMLElement>('[data-slash-setting]');
  if (slashSetting) mountSlashSetting(slashSetting);
}
