// The two scripts the site is published in. Simplified is the stored text, served from the site's root;
// Traditional is converted from it at build time and served from the same paths under /zh-hant/.
// Pure (the base path is passed in), so the build, the pages and the browser share one definition; the
// browser's code imports only the constants it needs (`hantDir`, `hantLang`), which keeps the page script small.

export type Variant = 'hans' | 'hant';

/** Folder of the Traditional pages under the base path. */
export const hantDir = 'zh-hant/';
/** `<html lang>` of the Traditional pages. */
export const hantLang = 'zh-Hant';

export interface VariantFacts {
  /** `<html lang>`; a page's text in this language is what the mirror converts. */
  lang: string;
  /** `hreflang` of alternate links and of the switch. */
  hreflang: string;
  /** Open Graph `og:locale`. */
  ogLocale: string;
  /** Folder under the base path ('' for the root). */
  dir: string;
}

export const variants: Readonly<Record<Variant, VariantFacts>> = {
  hans: { lang: 'zh-CN', hreflang: 'zh-Hans', ogLocale: 'zh_CN', dir: '' },
  hant: { lang: hantLang, hreflang: hantLang, ogLocale: 'zh_TW', dir: hantDir },
};

/** The variant a document is in, from its `<html lang>` (Simplified unless it says Traditional). */
export function variantOfLang(lang: string): Variant {
  return lang.toLowerCase() === hantLang.toLowerCase() ? 'hant' : 'hans';
}

/** Normalises a base path to start and end with "/". */
export function basePath(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** The variant a URL path (with the base) belongs to. */
export function variantOfPath(path: string, base: string): Variant {
  return path.startsWith(basePath(base) + hantDir) ? 'hant' : 'hans';
}

/**
 * The same page in `to`: `/kb/topics/theft/` ↔ `/kb/zh-hant/topics/theft/`. Paths outside the base are
 * returned unchanged (they are not the site's pages).
 */
export function pathInVariant(path: string, to: Variant, base: string): string {
  const root = basePath(base);
  if (!path.startsWith(root)) return path;
  const rest = path.slice(root.length);
  const plain = rest.startsWith(hantDir) ? rest.slice(hantDir.length) : rest;
  return root + (to === 'hant' ? hantDir : '') + plain;
}
