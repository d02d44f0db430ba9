// GB2312, the Simplified Chinese national character set, as the set of its hanzi. Nearly every character that
// only Traditional script uses lies outside it, so a query's script can be told without shipping a list of
// Traditional characters: the browser decodes the set itself (every browser's TextDecoder knows GBK, which
// keeps GB2312's codes), and the site ships only the few Traditional characters that GB2312 also holds.

let hanzi: Set<string> | undefined;

/** The 6,763 hanzi of GB2312 (rows 16–87 of its 94 × 94 table). */
export function gb2312Hanzi(): ReadonlySet<string> {
  if (hanzi) return hanzi;
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const han = /\p{Script=Han}/u;
  hanzi = new Set([...new TextDecoder('gbk').decode(new Uint8Array(bytes))].filter((c) => han.test(c)));
  return hanzi;
}
