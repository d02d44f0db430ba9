// The JSON-LD of a Traditional page: parsed, every human-readable string converted one by one, URLs of the
// site's pages moved to their Traditional twins, `inLanguage` set to Traditional, and written back the way
// src/lib/structured-data.ts writes it (safe inside <script>). Keywords (`@type`, `@context`) stay.
import { scriptSafeJson } from '../lib/structured-data.ts';
import { variants } from '../site/variants.ts';

export interface JsonLdRules {
  convert: (text: string) => string;
  /** An absolute URL → its Traditional twin (unchanged when it is not one of the site's pages). */
  link: (url: string) => string;
}

const absoluteUrl = /^https?:\/\//;

function mirrorValue(value: unknown, key: string, rules: JsonLdRules): unknown {
  if (typeof value === 'string') {
    if (key.startsWith('@')) return value;
    if (key === 'inLanguage' && value === variants.hans.lang) return variants.hant.lang;
    return absoluteUrl.test(value) ? rules.link(value) : rules.convert(value);
  }
  if (Array.isArray(value)) return value.map((item) => mirrorValue(item, key, rules));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mirrorValue(v, k, rules)]));
  }
  return value;
}

/** The text of a `<script type="application/ld+json">` for the Traditional page. */
export function mirrorJsonLd(text: string, rules: JsonLdRules): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`hant: a JSON-LD script is not valid JSON (${(error as Error).message})`);
  }
  return scriptSafeJson(mirrorValue(data, '', rules));
}
