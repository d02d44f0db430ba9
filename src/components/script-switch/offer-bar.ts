// The offer to read the page in the other script, loaded by ./switch.ts only when one is due (so the script
// offered is the other one). A bar fixed at the bottom of the window: nothing on the page moves, it takes no
// focus (it comes right after the header in the tab order), and 不用 or Esc (wherever the focus is) dismisses it
// for good (the choice to stay is remembered). While it is shown the page keeps clear of it: whatever gets the
// focus or a link's target is scrolled above it (scroll-padding), and the end of the page can be scrolled above
// it too (WCAG 2.4.11). Its styles are with the switch's (./script-switch.css): the script offered to readers
// whose browser prefers the other one is kept small (the page's JavaScript budget).
// No exports: bundled through `?worker&url`.
import { offerText } from './offer.ts';
import { pageVariant, rememberVariant } from './place.ts';

// The header's switch leads to the same page in the offered script, and says so in that script (lang): the
// offer's link is a copy of it (the page script adds the reader's place to both).
const switchLink = document.querySelector<HTMLAnchorElement>('a.script-switch')!;
const text = offerText[pageVariant === 'hant' ? 'hans' : 'hant'];
const bar = document.createElement('aside');
bar.className = 'variant-offer';
bar.lang = switchLink.lang;
bar.setAttribute('aria-label', text.note);
const accept = switchLink.cloneNode() as HTMLAnchorElement;
accept.removeAttribute('class');
accept.textContent = text.accept;
const dismiss = document.createElement('button');
dismiss.type = 'button';
dismiss.textContent = text.dismiss;
const root = document.documentElement.style;
const body = document.body.style;
const keepClear = new ResizeObserver(() => {
  root.scrollPaddingBottom = body.paddingBottom = `${bar.offsetHeight}px`;
});
const close = () => {
  rememberVariant(pageVariant);
  const hadFocus = bar.contains(document.activeElement);
  keepClear.disconnect();
  root.scrollPaddingBottom = body.paddingBottom = '';
  bar.remove();
  if (hadFocus) switchLink.focus();
};
dismiss.addEventListener('click', close);
// Whatever handled Esc first (the search box closing its results) keeps it.
document.addEventListener('keydown', (event) => event.key === 'Escape' && !event.defaultPrevented && bar.isConnected && close());
bar.append(text.note, accept, dismiss);
switchLink.closest('header')!.after(bar);
keepClear.observe(bar);
