// The reader's script: the page's, and the one they chose (localStorage, no cookie), shared by the switch and
// the offer bar. Storage may be blocked: then the switch still works and only forgets.
import { stored } from '../../lib/stored.ts';
import { hantLang, type Variant } from '../../site/variants.ts';

const storageKey = 'huabei-kb:variant';

/** The variant of the page being read (the mirror sets <html lang>). */
export const pageVariant: Variant = document.documentElement.lang === hantLang ? 'hant' : 'hans';

export const rememberedVariant = (): string | null => stored(storageKey);

export function rememberVariant(variant: string | undefined): void {
  try {
    if (variant) localStorage.setItem(storageKey, variant);
  } catch {
    // Blocked: see above.
  }
}
