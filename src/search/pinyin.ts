// Pinyin typed with Latin letters (huabei, cui shou, huabeiyuqi) → the site's words, through the pinyin map
// that the build writes (src/search-build/pinyin-map.ts). Pure.

/** Toneless pinyin without spaces → the site's words that read so (every reading of polyphonic characters). */
export type PinyinMap = Readonly<Record<string, readonly string[]>>;

/** The longest reading of a map, once per map: no piece of a Latin run can be longer. */
const longestReading = new WeakMap<PinyinMap, number>();

function longestOf(map: PinyinMap): number {
  let longest = longestReading.get(map);
  if (longest === undefined) {
    longest = 0;
    for (const key of Object.keys(map)) longest = Math.max(longest, key.length);
    longestReading.set(map, longest);
  }
  return longest;
}

/**
 * Mandarin's syllables without tones (ü written v), as pinyin-pro reads the characters of GB2312 (a unit test
 * holds the list to it), less the interjections m, n, ng and hng that would cut any syllable.
 */
const syllables = new Set(
  ('a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci cong cou cu cuan ' +
    'cui cun cuo da dai dan dang dao de dei deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en er ' +
    'fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ' +
    'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing ' +
    'jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan ' +
    'lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao ' +
    'me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie ' +
    'nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu ' +
    'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ' +
    'ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan ' +
    'shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong ' +
    'tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan ' +
    'xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai ' +
    'zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan ' +
    'zui zun zuo').split(' '),
);

/** The syllables of the inventory, for the unit test that holds them to pinyin-pro's readings. */
export const pinyinSyllables: ReadonlySet<string> = syllables;

const longestSyllable = 6;

/**
 * Where a word may start or end in a Latin run: between the syllables of a token (letters between spaces or
 * apostrophes) cut into syllables every way it can be, and at the token's ends. Without it a word is read
 * across syllables (shuo de → s|huode, 获得). A token that is no pinyin (an English word, a typo) may be cut
 * anywhere, as it could be before.
 */
function boundariesOf(latin: string): { letters: string; at: boolean[]; typed: boolean[] } {
  const tokens = latin.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const letters = tokens.join('');
  const at: boolean[] = new Array(letters.length + 1).fill(false);
  const typed: boolean[] = new Array(letters.length + 1).fill(false);
  typed[0] = true;
  let offset = 0;
  for (const token of tokens) {
    const n = token.length;
    // fromStart[i]: syllables cover token[0..i]; toEnd[i]: they cover token[i..n].
    const fromStart: boolean[] = new Array(n + 1).fill(false);
    const toEnd: boolean[] = new Array(n + 1).fill(false);
    fromStart[0] = true;
    toEnd[n] = true;
    for (let i = 0; i < n; i++) {
      if (!fromStart[i]) continue;
      for (let j = i + 1; j <= Math.min(n, i + longestSyllable); j++) if (syllables.has(token.slice(i, j))) fromStart[j] = true;
    }
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j <= Math.min(n, i + longestSyllable); j++) if (toEnd[j] && syllables.has(token.slice(i, j))) toEnd[i] = true;
    }
    for (let i = 0; i <= n; i++) at[offset + i] = fromStart[n] ? fromStart[i]! && toEnd[i]! : true;
    offset += n;
    typed[offset] = true;
  }
  return { letters, at, typed };
}

/**
 * Splits a Latin run into as few known readings as possible (longest words win), each starting and ending
 * between syllables (boundariesOf), skipping syllables that start no known reading. Returns, per recognised
 * word, its alternatives (homophones).
 *
 * Only pieces up to the map's longest reading are tried from each letter, so the work grows with the run's
 * length times that reading's length squared, not with the cube of the run (a pasted page of letters would
 * otherwise hold the tab for half a minute). The map is the build's JSON, a plain object: own keys only, or
 * "constructor" would find Object.prototype's.
 */
export function wordsForPinyin(latin: string, map: PinyinMap): string[][] {
  const { letters, at, typed } = boundariesOf(latin);
  const n = letters.length;
  // A word read across the reader's space spans whole tokens (hua bei is 花呗): one that starts or ends inside a
  // token would take the reader's space for a cut within a word (cuishou shuo is 催收 and a syllable, not cui
  // and 收数). nextSpace[i]: the first of the reader's spaces (or the run's end) after letter i.
  const nextSpace: number[] = new Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextSpace[i] = typed[i + 1] ? i + 1 : nextSpace[i + 1]!;
  const longest = longestOf(map);
  // best[i]: fewest pieces covering letters[i..]; a skipped letter costs more than any word.
  const best: number[] = new Array(n + 1).fill(Infinity);
  const step: number[] = new Array(n + 1).fill(0);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (!at[i]) continue;
    let next = i + 1;
    while (!at[next]) next++;
    best[i] = best[next]! + 10 * (next - i);
    step[i] = -next;
    for (let j = Math.min(n, i + longest); j > i; j--) {
      if (!at[j] || best[j]! + 1 >= best[i]! || (nextSpace[i]! < j && !(typed[i] && typed[j]))) continue;
      if (Object.hasOwn(map, letters.slice(i, j))) {
        best[i] = best[j]! + 1;
        step[i] = j;
      }
    }
  }
  const words: string[][] = [];
  for (let i = 0; i < n; ) {
    const j = step[i]!;
    if (j < 0) {
      i = -j;
      continue;
    }
    words.push([...map[letters.slice(i, j)]!]);
    i = j;
  }
  return words;
}

/** The pinyin step of the planner (src/search/query.ts) on the site's map. */
export function pinyinReader(map: PinyinMap): (latin: string) => string[][] {
  return (latin) => wordsForPinyin(latin, map);
}
