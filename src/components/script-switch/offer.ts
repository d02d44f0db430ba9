// Whether to offer the other script, and in what words. Pure (./switch.ts decides, ./offer-bar.ts shows it).
import type { Variant } from '../../site/variants.ts';

export interface OfferText {
  /** Says what is offered; it also names the bar (a complementary landmark). */
  note: string;
  accept: string;
  dismiss: string;
}

/** In the script offered: whoever wants it reads it. A unit test checks the Traditional against the converter. */
export const offerText: Readonly<Record<Variant, OfferText>> = {
  hans: { note: '本页也有简体中文版。', accept: '改看简体中文', dismiss: '不用，谢谢' },
  hant: { note: '本頁也有繁體中文版。', accept: '改看繁體中文', dismiss: '不用，謝謝' },
};

/**
 * The script a browser asks for, from `navigator.languages`: the first Chinese entry decides. An explicit
 * script (zh-Hant, zh-Hans-HK) wins; otherwise Taiwan, Hong Kong and Macau mean Traditional and the
 * mainland, Singapore and Malaysia Simplified; a bare "zh" says nothing about the script.
 */
export function preferredVariant(languages: readonly string[]): Variant | undefined {
  const tag = languages.find((l) => /^zh\b/i.test(l)) ?? '';
  return /^zh-(hant|tw|hk|mo)\b/i.test(tag) ? 'hant' : /^zh-(hans|cn|sg|my)\b/i.test(tag) ? 'hans' : undefined;
}

/**
 * The script to offer on a page: the reader's remembered choice or, before they made one, their browser's
 * preference, when it is not the page's own. Never a redirect: a shared link shows what the sharer saw.
 */
export function variantToOffer(page: Variant, remembered: string | null, languages: readonly string[]): Variant | undefined {
  const wanted = remembered === 'hans' || remembered === 'hant' ? remembered : preferredVariant(languages);
  return wanted !== undefined && wanted !== page ? wanted : undefined;
}
