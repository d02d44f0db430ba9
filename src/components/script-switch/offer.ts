// Whether to offer the other script, and in what words. Pure (./switch.ts decides, ./offer-bar.ts shows it).
import type { Variant } from '../../site/variants.ts';

/**
 * The words that differ between the scripts; the bar names the script offered with the header switch's text
 * (the page holds it, in that script): "本页也有" + 简体中文 + "版。", "改看" + 简体中文.
 */
export interface OfferText {
  /** Opens the note that says what is offered, which also names the bar (a complementary landmark). */
  here: string;
  dismiss: string;
}

/** In the script offered: whoever wants it reads it. A unit test checks the Traditional against the converter. */
export const offerText: Readonly<Record<Variant, OfferText>> = {
  hans: { here: '本页也有', dismiss: '不用，谢谢' },
  hant: { here: '本頁也有', dismiss: '不用，謝謝' },
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
