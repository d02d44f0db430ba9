// The real articles, end to end through the ingest pipeline: outline, errata, faithfulness to the raw text.
// Reviewed expectations are keyed by source file, never by topic, so an added article (even in the same topic) leaves
// them as they are; the checks that need no review (ids, excerpts, no chrome) run on every article there is.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toSimplified } from '../../src/ingest/script.ts';
import { ingestProject, projectRoot } from '../support/sources.ts';

const site = ingestProject();
const bySource = (file: string) => {
  const article = site.articles.find((a) => a.frontmatter.source.file === file);
  if (!article) throw new Error(`no article from content/sources/${file}`);
  return article;
};

/** Outlines reviewed by eye against the raw text (level: 2 = top section of the article). */
const outlines: Record<string, string[]> = {
  '000_6b0da57d24646c32.txt': [
    '2 花呗盗用致使花呗逾期应怎么应对',
    '2 他人盗用花呗逾期怎么解决',
    '3 一、盗用花呗逾期的法律责任',
    '3 二、他人盗用花呗逾期的解决办法',
    '2 花呗被盗用并逾期怎么应对',
    '3 花呗被盗用并逾期的应对方法',
    '4 1. 第一步:确认是不是被盗用',
    '4 2. 第二步:及时联系客服',
    '4 3. 第三步:修改密码和支付办法',
    '4 4. 第四步:申请退款或争议解决',
    '4 5. 第五步:应对逾期',
  ],
  '001_2db0f39de64bdf06.txt': ['2 引言', '2 逾期还款的后续影响', '2 通讯录曝光的风险', '2 法律保护与维权途径', '2 避免逾期的有效策略', '2 社会责任与平台监管', '2 结语'],
  '002_96d57419d6ac0364.txt': [
    '2 一、及时与支付宝客服联系',
    '2 二、协商延期还款或分期还款',
    '2 三、支付宝逾期找法务的作用',
    '3 1. 协助分期还款,减轻还款压力',
    '3 2. 修复争取撤消或减轻逾期记录作用',
    '2 四、逾期的法律结果',
    '3 1. 产生罚息',
    '3 2. 信用受损',
    '2 五、应对支付宝逾期的步骤',
    '3 1. 熟悉逾期情况及还款方法',
    '3 2. 联系支付宝客服',
    '3 3. 寻求法务支持',
    '3 4. 配合法务人员的工作',
    '2 六、总结',
  ],
  '003_9359cfa0df809533.txt': [
    '2 熟悉催收流程及政策',
    '3 催收手段及作用',
    '2 保持冷静并核实身份',
    '3 核实催收人员身份',
    '3 保护个人信息',
    '2 核实债务信息并避免多算费用',
    '3 核实债务金额',
    '3 检查利息和费用计算',
    '2 及时还款或协商应对方案',
    '3 全额还款',
    '3 分期还款或其他解决方案',
    '2 与催收人员实施理性沟通',
    '3 保持冷静和礼貌',
    '3 解释本身的情况',
    '3 提出合理的还款计划',
    '2 总结',
  ],
  '004_b405cea2de49a96a.txt': ['2 花呗逾期的结果与作用', '2 花呗逾期会通知朋友吗?', '2 花呗逾期会不会通知家人?', '2 花呗逾期会通知支付宝好友吗?', '2 怎样妥善应对花呗逾期?'],
};

/**
 * Raw lines that are not article body, reviewed by eye: the title (and subtitle), page chrome, reader comments.
 * Every other raw line must reach the MDX body, character for character.
 */
const notBody: Record<string, number[]> = {
  '000_6b0da57d24646c32.txt': [1, 38, 42, 43],
  '001_2db0f39de64bdf06.txt': [1, 3, 5, 6, 8, 10, 18, ...range(42, 54)],
  '002_96d57419d6ac0364.txt': [1, 2],
  '003_9359cfa0df809533.txt': [1],
  '004_b405cea2de49a96a.txt': [1, 2, 3, 5, 7, 21, ...range(33, 49)],
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The body of a generated MDX file as text; restored words read as what the source had in their place. */
function mdxBodyText(mdx: string, restored: 'source' | 'edited'): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?Section[^>]*>/g, '')
    // An editor's note is the editors' text beside the article's, marked as such (src/ingest/notes.ts).
    .replace(/<EditorNote [^>]*\/>/g, '')
    .replace(/<Restored original=\{("(?:[^"\\]|\\.)*")\} reason=\{"(?:[^"\\]|\\.)*"\}>(.*?)<\/Restored>/g, (_, original: string, text: string) =>
      restored === 'source' ? JSON.parse(original) : text,
    )
    .replace(/<Gap original=\{("(?:[^"\\]|\\.)*")\} reason=\{"(?:[^"\\]|\\.)*"\} \/>/g, (_, original: string) => (restored === 'source' ? JSON.parse(original) : '…'))
    .replace(/^#{2,6} (.*) \{#[a-z0-9-]+\}$/gm, '$1')
    .replace(/\*\*(.*?)\*\*/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\(.)/g, '$1');
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each(Object.keys(outlines))('%s', (file) => {
  const article = bySource(file);
  const mdx = readFileSync(`${projectRoot}content/articles/${article.slug}.mdx`, 'utf8');

  test('outline (level and heading text) is as reviewed', () => {
    expect(article.frontmatter.answers.map((a) => `${a.level} ${a.title}`)).toEqual(outlines[file]);
  });

  test('no sentence of the body is lost or added: the MDX body is the raw body plus marked edits', () => {
    const raw = readFileSync(article.path, 'utf8').split('\n');
    const keep = raw.filter((_, i) => !notBody[file]!.includes(i + 1)).join('\n').replace(/^#{1,6} /gm, '');
    const rawBody = article.frontmatter.source.script === 'hant' ? toSimplified(keep) : keep;
    expect(squash(mdxBodyText(mdx, 'source'))).toBe(squash(rawBody));
  });
});

// Checks that need no review: every article there is, under its source file's name.
describe.each(site.articles.map((a) => a.frontmatter.source.file))('%s', (file) => {
  const article = bySource(file);
  const mdx = readFileSync(`${projectRoot}content/articles/${article.slug}.mdx`, 'utf8');

  test('every heading renders with its answer id as anchor', () => {
    for (const answer of article.frontmatter.answers) expect(mdx).toMatch(new RegExp(`^#{2,6} .* \\{#${answer.id}\\}$`, 'm'));
  });

  test('no page chrome or reader comment reaches the body', () => {
    const body = mdxBodyText(mdx, 'edited');
    for (const chrome of ['门户网站', '逾期知识', '精彩评论', '最新评论', '欢迎参与讨论', '声明:', '纠错', '责任编辑', 'Copyright', 'ICP', '字体:', '头像', '来源:', '作者:', '> >']) {
      expect(body, chrome).not.toContain(chrome);
    }
    expect(body.split('\n').map((l) => l.trim())).not.toContain('分享');
    for (const comment of article.frontmatter.comments) expect(body).not.toContain(comment.text.slice(0, 20));
  });

  test('restored words are marked and counted', () => {
    const marks = mdx.match(/<Restored /g)?.length ?? 0;
    const gaps = mdx.match(/<Gap /g)?.length ?? 0;
    expect(gaps).toBe(article.frontmatter.gapCount);
    // An erratum that restores two separate pieces (手及作用 → 催收手段及作用) makes two marks for one restoration.
    expect(marks).toBeGreaterThanOrEqual(article.frontmatter.restoredCount - article.frontmatter.titleSegments.filter((s) => s.kind === 'restored').length);
  });
});

test('errata restored per article (reviewed totals)', () => {
  const reviewed: Record<string, [number, number]> = {
    '000_6b0da57d24646c32.txt': [12, 0],
    '001_2db0f39de64bdf06.txt': [15, 1],
    '002_96d57419d6ac0364.txt': [1, 1],
    '003_9359cfa0df809533.txt': [69, 0],
    '004_b405cea2de49a96a.txt': [11, 0],
  };
  for (const [file, totals] of Object.entries(reviewed)) {
    const { restoredCount, gapCount } = bySource(file).frontmatter;
    expect([restoredCount, gapCount], file).toEqual(totals);
  }
});

test('the words the filter cut are back where collection and rights are meant', () => {
  const text = (file: string) => mdxBodyText(readFileSync(`${projectRoot}content/articles/${bySource(file).slug}.mdx`, 'utf8'), 'edited');
  expect(text('003_9359cfa0df809533.txt')).toContain('核实催收人员身份');
  expect(text('003_9359cfa0df809533.txt')).toContain('上门催收是最为直接的方法');
  expect(text('003_9359cfa0df809533.txt')).toContain('客服人员会按照客户的实际情况'); // 客服人员 is not a collector
  expect(text('001_2db0f39de64bdf06.txt')).toContain('客户可依法维权。');
  expect(text('001_2db0f39de64bdf06.txt')).toContain('中国人民银行征信中心');
  expect(text('000_6b0da57d24646c32.txt')).toContain('采用相应措施来解决难题');
  expect(text('004_b405cea2de49a96a.txt')).toContain('始终将客户信息安全放在首位');
  expect(text('002_96d57419d6ac0364.txt')).toContain('避免因一次性还款而引起的…疑惑'); // *** stays a visible gap
  expect(bySource('003_9359cfa0df809533.txt').frontmatter.title).toBe('支付宝花呗借呗逾期怎么样应对上门催收');
});

test('bylines become metadata', () => {
  expect(bySource('001_2db0f39de64bdf06.txt').frontmatter.source).toMatchObject({ site: '甘肃省酒泉市综合门户网站', author: '续不手', published: '2024-11-19' });
  // "来源:孔菲" above the title and "【责任编辑:孔菲】" in the footer: 孔菲 is credited as source and editor, not author.
  expect(bySource('004_b405cea2de49a96a.txt').frontmatter.source).toMatchObject({ site: '国泰法律', author: null, origin: '孔菲', editor: '孔菲', published: '2025-03-27' });
  expect(bySource('000_6b0da57d24646c32.txt').frontmatter.source).toMatchObject({ site: null, author: null, published: null });
});

test('reader comments are structured data, unedited', () => {
  const comments = bySource('001_2db0f39de64bdf06.txt').frontmatter.comments;
  expect(comments.map((c) => c.name)).toEqual(['我桃桃渡河而来', '李思怡', '外向的孤独患者', '严丽婷', '波旬']);
  expect(comments[0]).toMatchObject({ date: '2024-11-19' });
  expect(comments[2]!.text).toContain('2 爆通讯录的实方式'); // as the reader wrote it, filter gaps included
  expect(bySource('004_b405cea2de49a96a.txt').frontmatter.comments).toHaveLength(5);
  expect(bySource('000_6b0da57d24646c32.txt').frontmatter.comments).toEqual([]);
});

test('the Traditional source reads in Simplified: converting again changes nothing', () => {
  const article = bySource('002_96d57419d6ac0364.txt');
  expect(article.frontmatter.source.script).toBe('hant');
  const mdx = readFileSync(`${projectRoot}content/articles/${article.slug}.mdx`, 'utf8');
  expect(toSimplified(mdx)).toBe(mdx);
  expect(mdx).toContain('随着互联网金融的快速发展');
  expect(mdx).toContain('使用者');
});

test('answer ids are unique across the site and the registry lists them all', () => {
  const ids = site.articles.flatMap((a) => a.frontmatter.answers.map((x) => x.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.keys(site.permalinks).sort()).toEqual([...ids].sort());
});

test('excerpts are the answer’s first whole sentences, at most 120 characters', () => {
  for (const a of site.articles.flatMap((x) => x.frontmatter.answers)) {
    expect(a.excerpt.length, a.id).toBeGreaterThan(10);
    expect(a.excerpt.length, a.id).toBeLessThanOrEqual(120);
  }
  expect(bySource('004_b405cea2de49a96a.txt').frontmatter.answers.find((a) => a.id === 'notify-family')!.excerpt).toMatch(/^与通知朋友的情况类似花呗逾期也不会直接通知你的家人。/);
});
