// Escaping for HTML written as strings, byte for byte as Astro escapes what it renders, so that markup written by
// a build step (src/answer-pages/) and by Astro components reads the same.

/** Text content: & < > ' " (Astro's escapeHTML). */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);
}

/** A double-quoted attribute value: & and " (Astro's attribute escaping). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
