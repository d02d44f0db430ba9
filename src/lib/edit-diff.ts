// Which characters an erratum added: the restored words inside its replacement, for the source box's list.

export interface DiffPart {
  text: string;
  inserted: boolean;
}

/**
 * Splits `replace` into kept and inserted runs when `find` survives inside it in order (a pure insertion, the
 * common case: 措 → 措施). Returns undefined when the erratum also removed or changed characters.
 */
export function insertions(find: string, replace: string): DiffPart[] | undefined {
  const parts: DiffPart[] = [];
  let matched = 0;
  for (const char of replace) {
    const inserted = !(matched < find.length && find[matched] === char);
    if (!inserted) matched++;
    const last = parts[parts.length - 1];
    if (last && last.inserted === inserted) last.text += char;
    else parts.push({ text: char, inserted });
  }
  return matched === find.length ? parts : undefined;
}
