// The offer to read the page in the other script, loaded by ./switch.ts only when one is due (so the script
// offered is the other one). A bar fixed at the bottom of the window: nothing on the page moves, it takes no
// focus (it comes right after the header in the tab order), and 不用 or Esc dismisses it for good (the choice
// to stay is remembered). Its few styles are set here, so that the stylesheet of every page does not carry
// them. No exports: bundled through `?worker&url`.
import { offerText } from './offer.ts';
import { pageVariant, rememberVariant } from './place.ts';

const offered = pageVariant === 'hant' ? 'hans' : 'hant';
const text = offerText[offered];
const bar = document.createElement('aside');
bar.className = 'variant-offer';
bar.lang = offered === 'hant' ? 'zh-Hant' : 'zh-Hans';
bar.setAttribute('aria-label', text.label);
bar.style.cssText = 'position:fixed;inset:auto 0 0;z-index:20;padding:.75rem 1rem;text-align:center;border-top:1px solid var(--border);background:var(--surface)';
// The header's switch leads to the same page in the offered script; the page script adds the reader's place.
const accept = document.createElement('a');
accept.href = document.querySelector<HTMLAnchorElement>('a.script-switch')?.href ?? '';
accept.dataset['variant'] = offered;
accept.textContent = text.accept;
accept.style.margin = '0 1rem';
const dismiss = document.createElement('button');
dismiss.type = 'button';
dismiss.textContent = text.dismiss;
const close = () => {
  rememberVariant(pageVariant);
  const hadFocus = bar.contains(document.activeElement);
  bar.remove();
  if (hadFocus) document.querySelector<HTMLElement>('a.script-switch')?.focus();
};
dismiss.addEventListener('click', close);
bar.addEventListener('keydown', (event) => event.key === 'Escape' && close());
bar.append(text.note, accept, dismiss);
document.querySelector('.site-header')?.after(bar);
