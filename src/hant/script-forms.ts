// Which Traditional characters each Simplified character of the site became, learnt from the conversions the
// mirror actually made. The browser uses it to look a Simplified query word up in the Traditional index: a
// word is searched in every spelling its characters take on the site (系 → 繫 / 係 / 系), so that search in
// Traditional finds what search in Simplified finds, without OpenCC's phrase table (452 KB gz) in the browser.
// Conversion keeps the number of characters (OpenCC's dictionaries and the corrections map one to one).

/**
 * Every Simplified character that changes, followed by its Traditional forms on the site (most frequent first),
 * entries separated by spaces: "与與 借借藉 系繫系係". Compact: it travels to the browser.
 */
export type ScriptForms = string;

const han = /\p{Script=Han}/u;

/** What a recorder has seen: per Simplified character, each Traditional form and how often (it crosses threads). */
export type FormCounts = [char: string, forms: [form: string, count: number][]][];

export interface FormsRecorder {
  /** Give it every conversion made (src/hant/convert.ts `observe`). */
  observe: (text: string, converted: string) => void;
  forms: () => ScriptForms;
  /** Per Han character seen in the Simplified text, its forms and how often each was seen. */
  counts: () => FormCounts;
  /** Adds what another recorder saw (the mirror's worker threads each keep one). */
  add: (counts: FormCounts) => void;
}

export function recordForms(): FormsRecorder {
  const seen = new Map<string, Map<string, number>>();
  return {
    counts: () => [...seen].map(([char, counts]) => [char, [...counts]]),
    add: (counts) => {
      for (const [char, forms] of counts) {
        const mine = seen.get(char) ?? seen.set(char, new Map()).get(char)!;
        for (const [form, n] of forms) mine.set(form, (mine.get(form) ?? 0) + n);
      }
    },
    observe: (text, converted) => {
      const from = [...text];
      const to = [...converted];
      if (from.length !== to.length) return;
      from.forEach((char, i) => {
        if (!han.test(char)) return;
        const counts = seen.get(char) ?? seen.set(char, new Map()).get(char)!;
        counts.set(to[i]!, (counts.get(to[i]!) ?? 0) + 1);
      });
    },
    forms: () => {
      const entries: string[] = [];
      for (const [char, counts] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (counts.size === 1 && counts.has(char)) continue;
        entries.push(char + [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form).join(''));
      }
      return entries.join(' ');
    },
  };
}
