// The offer to read the page in the other script, loaded by ./switch.ts only when one is due. A bar fixed at the
// bottom of the window: nothing on the page moves, it takes no focus (it comes right after the header in the
// tab order), and 不用 or Esc dismisses it for good (the choice to stay is remembered). Its styles are set here,
// so that the stylesheet of every page does not carry them. No exports: bundled through `?worker&url`.
import { variants } from '../../hant/variants.ts';
import { offerText, variantToOffer } from './offer.ts';
import { pageVariant, rememberedVariant, rememberVariant } from './place.ts';

const offered = variantToOffer(pageVariant, rememberedVariant(), navigator.languages);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, css: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.textContent = text;
  el.style.cssText = css;
  return el;
}

if (offered) {
  const text = offerText[offered];
  const bar = element(
    'aside',
    '',
    'position:fixed;inset-inline:0;bottom:0;z-index:20;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;' +
      'gap:.5rem 1rem;padding:.75rem 1rem;border-top:1px solid var(--border);background:var(--surface);box-shadow:0 -2px 8px rgb(0 0 0/.15)',
  );
  bar.className = 'variant-offer';
  bar.lang = variants[offered].hreflang;
  bar.setAttribute('aria-label', text.label);
  // The header's switch leads to the same page in the offered script; the reader's place comes with it.
  const accept = element('a', text.accept, '');
  accept.href = document.querySelector<HTMLAnchorElement>('a.script-switch')?.href ?? '';
  accept.hreflang = bar.lang;
  accept.dataset['variant'] = offered;
  const dismiss = element('button', text.dismiss, 'padding:.3rem .8rem;border:1px solid var(--border);border-radius:var(--radius);background:var(--bg);cursor:pointer');
  dismiss.type = 'button';
  const close = () => {
    rememberVariant(pageVariant);
    const hadFocus = bar.contains(document.activeElement);
    bar.remove();
    if (hadFocus) document.querySelector<HTMLElement>('a.script-switch')?.focus();
  };
  dismiss.addEventListener('click', close);
  bar.addEventListener('keydown', (event) => event.key === 'Escape' && close());
  bar.append(element('p', text.note, 'margin:0'), accept, dismiss);
  document.querySelector('.site-header')?.after(bar);
}
