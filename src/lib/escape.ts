// Astro's own escaping, for markup written as strings (the page head, navigation and the answer pages' pieces),
// so that it reads byte for byte as what Astro's components render, and follows Astro when Astro changes.
import { toAttributeString } from 'astro/runtime/server/render/util.js';

/** Text content: & < > ' " */
export { escapeHTML as escapeText } from 'astro/runtime/server/escape.js';

/** A double-quoted attribute value: & and " */
export const escapeAttribute = (value: string): string => toAttributeString(value);
