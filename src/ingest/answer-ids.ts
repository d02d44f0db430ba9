// A suggested answer id for a heading: its key words in English where a short word list knows them, in toneless
// pinyin otherwise (协商还款的注意事项 → negotiate-repay-zhuyishixiang). Only a suggestion: the editor reviews every
// id before it is published, because a published id never changes.
import { pinyin } from 'pinyin-pro';
import { answerIdPattern } from '../schemas/answer-id.ts';

/** Words of this site's subject that readers of an id recognise in English. Longest match wins. */
const englishWords: Readonly<Record<string, string>> = {
  花呗: 'huabei',
  借呗: 'jiebei',
  支付宝: 'alipay',
  逾期: 'overdue',
  还款: 'repay',
  还钱: 'repay',
  协商: 'negotiate',
  分期: 'installments',
  延期: 'deferral',
  减免: 'waiver',
  催收: 'collection',
  上门: 'home-visit',
  通讯录: 'contacts',
  家人: 'family',
  朋友: 'friends',
  好友: 'friends',
  通知: 'notify',
  法务: 'legal-firm',
  律师: 'lawyer',
  起诉: 'lawsuit',
  法院: 'court',
  法律: 'law',
  责任: 'liability',
  征信: 'credit-report',
  信用: 'credit',
  利息: 'interest',
  罚息: 'penalty-interest',
  违约金: 'late-fee',
  投诉: 'complaint',
  举报: 'report',
  报警: 'police',
  证据: 'evidence',
  记录: 'records',
  客服: 'support',
  盗用: 'theft',
  被盗: 'stolen',
  身份: 'identity',
  核实: 'verify',
  债务: 'debt',
  欠款: 'debt',
  冻结: 'freeze',
  账户: 'account',
  密码: 'password',
  风险: 'risk',
  后果: 'consequences',
  影响: 'effects',
  注意事项: 'tips',
  总结: 'summary',
  结语: 'conclusion',
  引言: 'intro',
  步骤: 'steps',
  方法: 'ways',
  技巧: 'tips',
  平台: 'platform',
  银行: 'bank',
  隐私: 'privacy',
  个人信息: 'personal-info',
  维权: 'rights',
  骚扰: 'harassment',
  暴力: 'violent',
  电话: 'calls',
  短信: 'texts',
};

/** Words that carry no meaning in an id. */
const stopWords = new Set(
  '的 了 和 与 及 或 吗 呢 吧 啊 是 在 对 把 被 将 也 都 就 要 会 能 可 可以 应 应该 如何 怎么 怎样 怎么办 怎么样 什么 为什么 是否 会不会 能不能 要不要 哪些 一个 这 那 其 之 中 后 时 自己 本身 我 你 他 我们 你们 办 好'.split(' '),
);

const longestFirst = Object.keys(englishWords).sort((a, b) => b.length - a.length);
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Heading numbering that says nothing of the content: 一、 2. 第三步: (3) ①. */
const numbering = /^(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[.．、)）]|[(（]\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十\d]+[步条点章节部分][:：、]?|\s)+/u;

/** The key words of a heading, each as an id piece (English from the word list, or pinyin). */
export function idWords(heading: string): string[] {
  const text = heading.replace(/^[\s【\[（(“"]+|[\s】\]）)”"？?！!。：:]+$/gu, '').replace(numbering, '');
  const pieces: string[] = [];
  let run = '';
  const flush = () => {
    for (const { segment, isWordLike } of segmenter.segment(run)) {
      if (!isWordLike || stopWords.has(segment)) continue;
      if (/^[\p{Script=Han}]+$/u.test(segment)) pieces.push(pinyin(segment, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'v'));
      else pieces.push(segment.toLowerCase());
    }
    run = '';
  };
  for (let i = 0; i < text.length; ) {
    const word = longestFirst.find((w) => text.startsWith(w, i));
    if (word) {
      flush();
      pieces.push(englishWords[word]!);
      i += word.length;
    } else {
      run += text[i];
      i++;
    }
  }
  flush();
  return pieces.map((p) => p.replace(/[^a-z0-9-]/g, '')).filter((p) => p !== '');
}

/** A valid id for `heading` that is not in `taken` (which it is added to): the first key words, -2, -3… if needed. */
export function suggestAnswerId(heading: string, taken: Set<string>): string {
  const words = [...new Set(idWords(heading))];
  let base = '';
  for (const word of words.slice(0, 4)) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > 40) break;
    base = next;
  }
  if (!answerIdPattern.test(base)) base = `answer${base ? `-${base}` : ''}`.replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
