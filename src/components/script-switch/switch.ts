// The 简/繁 switch in the browser (part of the page script). The link leads to the same page in the other
// script; a click adds the reader's place in it (query and #fragment) and remembers the choice. When the
// remembered choice or, on a first visit, the browser's language asks for the other script, the offer bar
// (./offer-bar.ts, loaded only then) offers it. Never a redirect: a shared link shows what the sharer saw.
import offerBar from './offer-bar.ts?worker&url';
import { variantToOffer } from './offer.ts';
import { pageVariant, rememberedVariant, rememberVariant } from './place.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-variant]');
  if (!link) return;
  rememberVariant(link.dataset['variant']);
  link.search = location.search;
  link.hash = location.hash;
});

if (variantToOffer(pageVariant, rememberedVariant(), navigator.languages)) void import(/* @vite-ignore */ offerBar);
