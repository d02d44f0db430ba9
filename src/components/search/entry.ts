// Loaded (once, by URL) when the reader first uses search: from the header box's loader on focus, or by the
// search page on arrival. It mounts whatever search UI the page has. It has no exports on purpose: Vite
// bundles it through `?worker&url`, which keeps side effects only (see loader.ts).
// Both variants load this same file: the page's <html lang> says which one it is (the /zh-hant/ mirror sets it).
import { variantOfLang } from '../../site/variants.ts';
import resultsStyles from './search-results.css?url';
import { hansMessages } from './messages.ts';
import { mountPage, mountPopup } from './search-ui.ts';
import { mountSlashSetting } from './shortcut.ts';

// The results' styles come with the search UI: a page that is only read never loads them.
const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = resultsStyles;
document.head.append(styles);

const variant = variantOfLang(document.documentElement.lang);
// Simplified pages never fetch the Traditional strings (nor, see engine.ts, the Traditional script tables).
const messages = variant === 'hant' ? (await import('./messages-hant.ts')).hantMessages : hansMessages;
const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) mountPopup(box, { variant, messages });
const pageForm = document.querySelector<HTMLFormElement>('form[data-search-page]');
const pagePanel = document.querySelector<HTMLElement>('[data-search-results]');
if (pageForm && pagePanel) mountPage(pageForm, pagePanel, { variant, messages });
const slashSetting = document.querySelector<HTMLElement>('[data-slash-setting]');
if (slashSetting) mountSlashSetting(slashSetting);
