// The 简/繁 switch: one plain link to this page in the other script (so it works without JavaScript). The page
// renders the link to Traditional; the mirror writes the Traditional twin's link back to Simplified with this
// same function, so both are built one way. Its text is in its own script and marked so (`lang`), and the
// page script finds it by `data-variant` (src/components/script-switch/switch.ts).
import { variants, type Variant } from '../site/variants.ts';

/** Each variant's name, in its own script. */
export const variantNames: Readonly<Record<Variant, string>> = { hans: '简体中文', hant: '繁體中文' };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The switch leading to `to` at `href` (a URL path of that variant). */
export function switchLinkHtml(to: Variant, href: string): string {
  const { hreflang } = variants[to];
  return `<a class="script-switch" href="${escapeAttribute(href)}" hreflang="${hreflang}" lang="${hreflang}" data-variant="${to}">${variantNames[to]}</a>`;
}
