/**
 * The first sentences of a text, whole sentences only, at most `max` characters: what a forum preview or a
 * search engine shows. A first sentence longer than `max` is cut and ends with an ellipsis.
 */
export function excerpt(text: string, max = 120): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^。！？!?；;]+[。！？!?；;]*/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).length > max) break;
    out += sentence;
  }
  if (out === '' && sentences.length > 0) out = `${sentences[0]!.slice(0, max - 1)}…`;
  return out.trim();
}
